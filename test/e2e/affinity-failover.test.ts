/**
 * session-cookie-change-on-failure, live: a cookie naming an endpoint that refuses connections.
 * "true" (HAProxy): another endpoint serves the request and the response sets a new cookie naming
 * it. "false" (the default, every target with affinity): the request fails (5xx) rather than move.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile, type TargetName } from '../../src/index.js';
import { endpointToken } from '../../src/emit/affinity-token.js';
import { supportOf } from '../../src/providers/ingress-nginx/support.js';
import { freePort, send, skipReason, startEcho, startProxy, type ProxyKind } from '../harness/index.js';
import { writeFiles } from './run-table.js';

const ingress = (changeOnFailure: boolean): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: sticky
  namespace: default
  annotations:
    nginx.ingress.kubernetes.io/affinity: cookie
    nginx.ingress.kubernetes.io/session-cookie-name: STICKY
    nginx.ingress.kubernetes.io/session-cookie-change-on-failure: "${changeOnFailure}"
spec:
  rules:
  - host: sticky.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}
`;

const cases: [TargetName, boolean][] = [
  ['nginx', false],
  ['haproxy', false],
  ['haproxy', true],
  ['envoy', false],
  ['caddy', false],
];

for (const [target, change] of cases) {
  test(`change-on-failure ${change} on ${target}: a cookie naming a dead endpoint`, { skip: skipReason(target as ProxyKind) }, async () => {
    assert.ok(supportOf('session-cookie-change-on-failure', target), `${target} has no row for session-cookie-change-on-failure`);
    const echo = await startEcho('echo');
    const dead = await freePort(); // nothing listens there
    try {
      const proxy = await startProxy({
        kind: target as ProxyKind,
        build: (ports, dir) => {
          const r = compile([{ path: 'ing.yaml', text: ingress(change) }], {
            target,
            listenHttp: `127.0.0.1:${ports.http}`,
            listenHttps: `127.0.0.1:${ports.https}`,
            backends: [`default/echo:80=127.0.0.1:${echo.port},127.0.0.1:${dead}`],
          });
          assert.ok(r.ok, JSON.stringify(r.diagnostics));
          writeFiles(dir, r.files);
        },
      });
      try {
        if (target === 'envoy') {
          // Envoy's cookie is a hash on its ring, not a token per endpoint: find one the ring puts on
          // the dead endpoint by asking for cookies until a request fails.
          let failed = false;
          for (let i = 0; i < 40 && !failed; i++) {
            const r = await send({ port: proxy.ports.http, host: 'sticky.test', path: '/', headers: { Cookie: `STICKY=probe${i}` } });
            if (r.status >= 500) failed = true;
            else assert.equal(r.status, 200);
          }
          assert.ok(failed, 'no cookie value ever landed on the dead endpoint');
          return;
        }
        const r = await send({ port: proxy.ports.http, host: 'sticky.test', path: '/', headers: { Cookie: `STICKY=${endpointToken({ kind: 'ip', host: '127.0.0.1', port: dead })}` } });
        if (!change) {
          assert.ok(r.status >= 500, `expected a 5xx, got ${r.status}`);
          return;
        }
        assert.equal(r.status, 200);
        const set = ([] as string[]).concat(r.headers['set-cookie'] ?? []);
        assert.ok(set.some((c) => c.startsWith(`STICKY=${endpointToken({ kind: 'ip', host: '127.0.0.1', port: echo.port })}`)), `expected a new cookie naming the live endpoint, got ${JSON.stringify(set)}`);
      } finally {
        await proxy.stop();
      }
    } finally {
      await echo.close();
    }
  });
}

/**
 * A Service reached by its DNS name (no EndpointSlices): nothing to pin (IC3141 warns), but nginx
 * still sets the cookie once, as for one endpoint, and not again while the client sends it back.
 */
test('nginx: affinity to one DNS name sets the cookie once', { skip: skipReason('nginx') }, async () => {
  const { startDns } = await import('../harness/dns.js');
  const echo = await startEcho('dns-svc');
  const dns = await startDns();
  try {
    const text = ingress(false).replace('number: 80', `number: ${echo.port}`).replace('name: echo', 'name: web');
    const proxy = await startProxy({
      kind: 'nginx',
      build: (ports, dir) => {
        const r = compile([{ path: 'ing.yaml', text }], { target: 'nginx', listenHttp: `127.0.0.1:${ports.http}`, listenHttps: `127.0.0.1:${ports.https}`, resolver: `127.0.0.1:${dns.port}` });
        assert.ok(r.ok, JSON.stringify(r.diagnostics));
        assert.ok(r.diagnostics.some((d) => d.code === 'IC3141'));
        writeFiles(dir, r.files);
      },
    });
    try {
      const first = await send({ port: proxy.ports.http, host: 'sticky.test', path: '/' });
      assert.equal(first.status, 200, proxy.logs());
      const set = ([] as string[]).concat(first.headers['set-cookie'] ?? []);
      const pair = set.map((c) => c.split(';', 1)[0]!).find((c) => c.startsWith('STICKY='));
      assert.ok(pair && pair.length > 'STICKY='.length, JSON.stringify(set));
      assert.ok(set[0]!.includes('; Path=/; HttpOnly'), set[0]);
      const again = await send({ port: proxy.ports.http, host: 'sticky.test', path: '/', headers: { Cookie: pair } });
      assert.equal(again.status, 200);
      assert.equal(again.headers['set-cookie'], undefined);
    } finally {
      await proxy.stop();
    }
  } finally {
    await dns.close();
    await echo.close();
  }
});
