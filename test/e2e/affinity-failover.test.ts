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
