/**
 * ssl-ciphers, live (one proxy start per target): a TLS 1.2 client offering only a suite the
 * host's list keeps out is refused, one offering a listed suite gets it; a host without the
 * annotation, and a handshake naming no host, keep the ConfigMap's list (ingress-nginx's default,
 * written out with any ConfigMap: a suite outside it is refused too); TLS 1.3 is not affected.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tls from 'node:tls';
import { send, skipReason, startEcho, startProxy, type ProxyKind } from '../harness/index.js';
import { buildCase, LIVE, type Case } from './configmap-live.js';
import { writeFiles } from './run-table.js';

const CIPHERS = 'ciphers.cm.test';
const PLAIN = 'plain.cm.test';
const CASE: Case = {
  data: { 'proxy-body-size': '1m' },
  tlsHosts: [CIPHERS, PLAIN],
  ingresses: [
    { name: 'ciphers', host: CIPHERS, tls: true, annotations: { 'ssl-ciphers': 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-CHACHA20-POLY1305' } },
    { name: 'plain', host: PLAIN, tls: true },
  ],
};

/** The suite a handshake agrees on (OpenSSL's name; the version for TLS 1.3), or "refused". */
function handshake(port: number, servername: string, version: 'TLSv1.2' | 'TLSv1.3', ciphers?: string): Promise<string> {
  return new Promise((resolve) => {
    const s = tls.connect({ host: '127.0.0.1', port, servername, rejectUnauthorized: false, minVersion: version, maxVersion: version, ALPNProtocols: ['http/1.1'], ...(ciphers ? { ciphers } : {}) });
    const done = (r: string): void => {
      s.destroy();
      resolve(r);
    };
    s.setTimeout(15_000, () => done('timeout'));
    s.once('secureConnect', () => done(version === 'TLSv1.3' ? (s.getProtocol() ?? 'none') : s.getCipher().name));
    s.once('error', () => done('refused'));
  });
}

const PROBES: { sni: string; version: 'TLSv1.2' | 'TLSv1.3'; ciphers?: string; expect: string }[] = [
  { sni: CIPHERS, version: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384', expect: 'refused' },
  { sni: CIPHERS, version: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256', expect: 'ECDHE-ECDSA-AES128-GCM-SHA256' },
  { sni: CIPHERS, version: 'TLSv1.3', expect: 'TLSv1.3' },
  { sni: PLAIN, version: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384', expect: 'ECDHE-ECDSA-AES256-GCM-SHA384' },
  { sni: PLAIN, version: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES128-SHA', expect: 'refused' },
  { sni: 'other.cm.test', version: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384', expect: 'ECDHE-ECDSA-AES256-GCM-SHA384' },
];

for (const kind of LIVE)
  test(`${kind}: ssl-ciphers per host and the ConfigMap's default list, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    const echo = await startEcho('echo');
    const got: string[] = [];
    try {
      const proxy = await startProxy({
        kind: kind as ProxyKind,
        build: (ports, dir) => {
          const r = buildCase(CASE, kind, ports, echo.port);
          assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
          writeFiles(dir, r.files);
        },
      });
      try {
        for (const p of PROBES) {
          const r = await handshake(proxy.ports.https, p.sni, p.version, p.ciphers);
          if (r !== p.expect) got.push(`${p.sni} ${p.version} ${p.ciphers ?? ''}: ${r}, expected ${p.expect}`);
        }
        const r = await send({ port: proxy.ports.https, host: CIPHERS, path: '/', tls: { servername: CIPHERS }, timeoutMs: 15_000 });
        if (r.status !== 200) got.push(`GET https://${CIPHERS}/: ${r.status}`);
      } finally {
        await proxy.stop();
      }
    } finally {
      await echo.close();
    }
    assert.deepEqual(got, []);
  });
