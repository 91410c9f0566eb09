/**
 * The controller ConfigMap's ssl-protocols, live: the HTTPS listener accepts exactly the listed TLS
 * versions (ingress-nginx's ssl_protocols; default "TLSv1.2 TLSv1.3", written out whenever a
 * ConfigMap is given). A list with an older version is a warning (IC3152) and keeps the default.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tls from 'node:tls';
import type { TargetName } from '../../src/index.js';
import { skipReason, startEcho, startProxy, type ProxyKind } from '../harness/index.js';
import { buildCase, LIVE, type Case } from './configmap-live.js';
import { writeFiles } from './run-table.js';

const caseOf = (data: Record<string, string>): Case => ({ data, tlsHosts: ['tls.cm.test'], ingresses: [{ name: 'tls', host: 'tls.cm.test', tls: true }] });

/** Which of TLSv1.2 and TLSv1.3 the listener completes a handshake with. */
function handshake(port: number, version: 'TLSv1.2' | 'TLSv1.3'): Promise<boolean> {
  return new Promise((resolve) => {
    const s = tls.connect({ host: '127.0.0.1', port, servername: 'tls.cm.test', rejectUnauthorized: false, minVersion: version, maxVersion: version, ALPNProtocols: ['http/1.1'] });
    const done = (ok: boolean): void => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(15_000, () => done(false));
    s.once('secureConnect', () => done(s.getProtocol() === version));
    s.once('error', () => done(false));
  });
}

const CASES: { name: string; data: Record<string, string>; accepts: { 'TLSv1.2': boolean; 'TLSv1.3': boolean } }[] = [
  { name: 'default (no key)', data: { 'proxy-body-size': '1m' }, accepts: { 'TLSv1.2': true, 'TLSv1.3': true } },
  { name: '"TLSv1.3"', data: { 'ssl-protocols': 'TLSv1.3' }, accepts: { 'TLSv1.2': false, 'TLSv1.3': true } },
  { name: '"TLSv1.2"', data: { 'ssl-protocols': 'TLSv1.2' }, accepts: { 'TLSv1.2': true, 'TLSv1.3': false } },
];

for (const kind of LIVE)
  test(`${kind}: ConfigMap ssl-protocols, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    const echo = await startEcho('echo');
    const got: string[] = [];
    try {
      for (const c of CASES) {
        const proxy = await startProxy({
          kind: kind as ProxyKind,
          build: (ports, dir) => {
            const r = buildCase(caseOf(c.data), kind, ports, echo.port);
            assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
            writeFiles(dir, r.files);
          },
        });
        try {
          for (const v of ['TLSv1.2', 'TLSv1.3'] as const) {
            const ok = await handshake(proxy.ports.https, v);
            if (ok !== c.accepts[v]) got.push(`${c.name}: ${v} ${ok ? 'accepted' : 'refused'}`);
          }
        } finally {
          await proxy.stop();
        }
      }
    } finally {
      await echo.close();
    }
    assert.deepEqual(got, []);
  });

test('older versions: a warning at the key, and the IR keeps TLSv1.2 and TLSv1.3; Traefik and Gateway API warn', () => {
  const r = buildCase(caseOf({ 'ssl-protocols': 'TLSv1 TLSv1.2' }), 'nginx', { http: 8080, https: 8443 }, 9);
  assert.ok(r.ok);
  assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC3152').map((d) => d.loc?.line), [5]);
  assert.deepEqual(r.ir!.tlsVersions, ['TLSv1.2', 'TLSv1.3']);
  assert.deepEqual(buildCase(caseOf({ 'ssl-protocols': 'TLSv1.3 TLSv1.2' }), 'haproxy', { http: 8080, https: 8443 }, 9).ir!.tlsVersions, ['TLSv1.2', 'TLSv1.3']);
  for (const target of ['traefik', 'gateway-api'] as TargetName[]) {
    const t = buildCase(caseOf({ 'ssl-protocols': 'TLSv1.3' }), target, { http: 8080, https: 8443 }, 9);
    assert.ok(t.ok, target);
    assert.deepEqual(t.diagnostics.filter((d) => d.code === 'IC3152').map((d) => d.loc?.line), [5], target);
  }
});
