/**
 * The controller ConfigMap's use-gzip with its gzip-* knobs, live: a listed type (parameters or
 * not) or text/html of at least gzip-min-length bytes is sent gzip-compressed with Vary:
 * Accept-Encoding to a client that accepts gzip, and decodes to the upstream's body; a short
 * body, another type, another status than 200/403/404, no Accept-Encoding, or a User-Agent that
 * gzip-disable finds is sent as it is; without use-gzip nothing is compressed. Where a proxy
 * differs (the support cells: HAProxy has no minimum length, gzip-disable is nginx's and Caddy's,
 * Caddy compares types as sent, HAProxy and Caddy send Vary with compressed responses only), its
 * probe runs on the others only.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TargetName } from '../../src/index.js';
import { skipReason, startEcho, startProxy, upgradedBy, upgradeRequest, type ProxyKind } from '../harness/index.js';
import { buildCase, LIVE, runProbes, type Case, type Probe } from './configmap-live.js';
import { writeFiles } from './run-table.js';

const CASE: Case = {
  data: { 'use-gzip': 'true', 'gzip-level': '6', 'gzip-min-length': '300', 'gzip-types': 'text/plain application/json', 'gzip-disable': 'oldbrowser/[0-9]' },
  ingresses: [{ name: 'app', host: 'app.cm.test' }],
};

const AE = { 'Accept-Encoding': 'gzip' };
const zipped = (n: number): Pick<Probe, 'responseHeaders' | 'responseHeaderMatch' | 'decodedLength'> => ({ responseHeaders: { 'Content-Encoding': 'gzip' }, responseHeaderMatch: { Vary: /accept-encoding/i }, decodedLength: n });
const plain = (n: number): Pick<Probe, 'responseHeaders' | 'decodedLength'> => ({ responseHeaders: { 'Content-Encoding': undefined }, decodedLength: n });
const EVERY: readonly TargetName[] = LIVE;
const but = (...not: TargetName[]): readonly TargetName[] => EVERY.filter((t) => !not.includes(t));

const PROBES: Probe[] = [
  { what: 'a listed type above the minimum', host: 'app.cm.test', path: '/?bytes=1000', headers: AE, expect: 200, ...zipped(1000) },
  { what: 'with parameters', host: 'app.cm.test', path: '/?bytes=1000&type=application/json;%20charset=utf-8', headers: AE, expect: 200, ...zipped(1000) },
  { what: 'text/html, never listed, always', host: 'app.cm.test', path: '/?bytes=1000&type=text/html', headers: AE, expect: 200, ...zipped(1000) },
  { what: 'a User-Agent gzip-disable does not find', host: 'app.cm.test', path: '/?bytes=1000', headers: { ...AE, 'User-Agent': 'NewBrowser/5.0' }, expect: 200, ...zipped(1000) },
  { what: 'below the minimum', host: 'app.cm.test', path: '/?bytes=200', headers: AE, expect: 200, ...plain(200), only: but('haproxy') },
  { what: 'below the minimum without Content-Length (nginx compresses what it cannot measure)', host: 'app.cm.test', path: '/?bytes=200&chunked=1', headers: AE, expect: 200, ...zipped(200), only: but('caddy') },
  { what: 'a type not listed', host: 'app.cm.test', path: '/?bytes=1000&type=image/png', headers: AE, expect: 200, ...plain(1000) },
  { what: 'a type a listed one begins', host: 'app.cm.test', path: '/?bytes=1000&type=text/plainx', headers: AE, expect: 200, ...plain(1000), only: but('haproxy') },
  { what: 'a status other than 200, 403 and 404', host: 'app.cm.test', path: '/?bytes=1000&status=500', headers: AE, expect: 500, by: 'echo', ...plain(1000) },
  { what: 'a 404 of the upstream', host: 'app.cm.test', path: '/?bytes=1000&status=404', headers: AE, expect: 404, by: 'echo', ...zipped(1000), only: but('haproxy') },
  { what: 'no Accept-Encoding', host: 'app.cm.test', path: '/?bytes=1000', expect: 200, ...plain(1000) },
  { what: 'no Accept-Encoding: still Vary (for caches)', host: 'app.cm.test', path: '/?bytes=1000', expect: 200, responseHeaderMatch: { Vary: /accept-encoding/i }, only: but('haproxy', 'caddy') },
  { what: 'gzip refused (q=0)', host: 'app.cm.test', path: '/?bytes=1000', headers: { 'Accept-Encoding': 'gzip;q=0' }, expect: 200, ...plain(1000) },
  { what: 'a listed type in capitals', host: 'app.cm.test', path: '/?bytes=1000&type=Text/Plain', headers: AE, expect: 200, ...zipped(1000), only: but('caddy') },
  { what: 'a User-Agent gzip-disable finds (case-insensitively)', host: 'app.cm.test', path: '/?bytes=1000', headers: { ...AE, 'User-Agent': 'Mozilla/5.0 OldBrowser/7' }, expect: 200, ...plain(1000), only: ['nginx', 'caddy'] },
];

for (const kind of LIVE)
  test(`${kind}: ConfigMap use-gzip, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    assert.deepEqual(await runProbes(kind, (ports, echo) => buildCase(CASE, kind, ports, echo), PROBES), []);
  });

for (const kind of LIVE)
  test(`${kind}: gzip-* without use-gzip compress nothing, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    const c: Case = { data: { 'gzip-level': '9', 'gzip-min-length': '1', 'gzip-types': '*' }, ingresses: CASE.ingresses };
    const probes: Probe[] = [{ what: 'a compressible answer', host: 'app.cm.test', path: '/?bytes=1000', headers: AE, expect: 200, ...plain(1000) }];
    assert.deepEqual(await runProbes(kind, (ports, echo) => buildCase(c, kind, ports, echo), probes), []);
  });

test('gzip-types "*": every type, live', async () => {
  const c: Case = { data: { 'use-gzip': 'true', 'gzip-types': '*' }, ingresses: CASE.ingresses };
  const probes: Probe[] = [{ what: 'any type', host: 'app.cm.test', path: '/?bytes=1000&type=image/png', headers: AE, expect: 200, ...zipped(1000) }];
  for (const kind of LIVE) {
    if (skipReason(kind as ProxyKind)) continue;
    assert.deepEqual(await runProbes(kind, (ports, echo) => buildCase(c, kind, ports, echo), probes), [], kind);
  }
});

// A browser's WebSocket handshake accepts gzip too: the 101 and the tunnel stay uncompressed.
for (const kind of LIVE)
  test(`${kind}: with use-gzip (every type, any length) a WebSocket upgrade still round-trips, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    const c: Case = { data: { 'use-gzip': 'true', 'gzip-min-length': '0', 'gzip-types': '*' }, ingresses: CASE.ingresses };
    const echo = await startEcho('echo');
    try {
      const proxy = await startProxy({
        kind: kind as ProxyKind,
        build: (ports, dir) => {
          const r = buildCase(c, kind, ports, echo.port);
          assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
          writeFiles(dir, r.files);
        },
      });
      try {
        const r = await upgradeRequest({ port: proxy.ports.http, host: 'app.cm.test', path: '/ws', headers: AE });
        assert.equal(upgradedBy(r), 'echo', `${r.status} ${JSON.stringify(r.headers)} ${JSON.stringify(r.reply)}`);
        assert.equal(r.headers['content-encoding'], undefined);
      } finally {
        await proxy.stop();
      }
    } finally {
      await echo.close();
    }
  });

// enable-brotli: Envoy only (its brotli library; the other proxies have none: IC3152). br is taken
// whenever the client accepts it and the response is brotli's, else gzip where it is gzip's.
test('envoy: ConfigMap enable-brotli beside use-gzip, live', { skip: skipReason('envoy') }, async () => {
  const c: Case = {
    data: { 'use-gzip': 'true', 'gzip-types': 'text/plain text/css', 'enable-brotli': 'true', 'brotli-types': 'text/css application/json', 'brotli-level': '5', 'brotli-min-length': '300' },
    ingresses: CASE.ingresses,
  };
  const p = (what: string, path: string, ae: string | undefined, enc: 'br' | 'gzip' | undefined): Probe => ({
    what,
    host: 'app.cm.test',
    path,
    ...(ae ? { headers: { 'Accept-Encoding': ae } } : {}),
    expect: 200,
    responseHeaders: { 'Content-Encoding': enc },
    ...(enc ? { responseHeaderMatch: { Vary: /accept-encoding/i } } : {}),
    decodedLength: Number(/bytes=([0-9]+)/.exec(path)![1]),
  });
  const probes: Probe[] = [
    p('a type of both, both accepted', '/?bytes=1000&type=text/css', 'gzip, br', 'br'),
    p("a type of brotli's only", '/?bytes=1000&type=application/json', 'gzip, br', 'br'),
    p("a type of gzip's only", '/?bytes=1000&type=text/plain', 'gzip, br', 'gzip'),
    p('text/html, never listed', '/?bytes=1000&type=text/html', 'br', 'br'),
    p('br not accepted', '/?bytes=1000&type=text/css', 'gzip', 'gzip'),
    p('br refused (q=0)', '/?bytes=1000&type=text/css', 'br;q=0, gzip', 'gzip'),
    p('below brotli-min-length', '/?bytes=200&type=text/css', 'br', undefined),
    p('no Accept-Encoding', '/?bytes=1000&type=text/css', undefined, undefined),
  ];
  assert.deepEqual(await runProbes('envoy', (ports, echo) => buildCase(c, 'envoy', ports, echo), probes), []);
});
