/**
 * enable-access-log: "false" (ingress-nginx: `access_log off;` in the location), live: a request to
 * the quiet route writes no access-log line, one to the other route of the same output does.
 * nginx writes access.log in its directory; HAProxy logs to stderr, Caddy and Envoy their access logs to
 * stdout (the harness's proxy.log). The proxy's own answers on a quiet route are not logged either
 * (nginx's access_log off covers every answer of its location): a 403 of a source range, a 413 of
 * the body limit, a permanent-redirect and the host's HTTPS redirect of the quiet path, while a
 * loud route's redirects on the same hosts are logged.
 * Ports ingress-nginx v1.15.1 e2e-annotations/log.go It("set access_log off"), whose nginx.conf
 * check becomes the log line that is not written.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { send, skipReason, startEcho, startProxy, type ProxyKind, type RunningProxy } from '../harness/index.js';
import { writeFiles } from './run-table.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';

const INGRESSES = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: quiet
  namespace: default
  annotations: {nginx.ingress.kubernetes.io/enable-access-log: "false"}
spec:
  rules:
  - host: log.test
    http:
      paths:
      - {path: /quiet-path, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: quiet-denied
  namespace: default
  annotations: {nginx.ingress.kubernetes.io/enable-access-log: "false", nginx.ingress.kubernetes.io/whitelist-source-range: "192.0.2.0/24"}
spec:
  rules:
  - host: log.test
    http:
      paths:
      - {path: /quiet-denied, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: quiet-small
  namespace: default
  annotations: {nginx.ingress.kubernetes.io/enable-access-log: "false", nginx.ingress.kubernetes.io/proxy-body-size: "1k"}
spec:
  rules:
  - host: log.test
    http:
      paths:
      - {path: /quiet-small, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: quiet-moved
  namespace: default
  annotations: {nginx.ingress.kubernetes.io/enable-access-log: "false", nginx.ingress.kubernetes.io/permanent-redirect: "https://elsewhere.test/"}
spec:
  rules:
  - host: log.test
    http:
      paths:
      - {path: /quiet-moved, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: loud-moved
  namespace: default
  annotations: {nginx.ingress.kubernetes.io/permanent-redirect: "https://elsewhere.test/"}
spec:
  rules:
  - host: log.test
    http:
      paths:
      - {path: /loud-moved, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: loud
  namespace: default
  annotations: {nginx.ingress.kubernetes.io/enable-access-log: "true"}
spec:
  rules:
  - host: log.test
    http:
      paths:
      - {path: /loud-path, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}
`;

const logText = (kind: ProxyKind, p: RunningProxy): string => {
  if (kind !== 'nginx') return p.logs();
  try {
    return readFileSync(join(p.runDir, 'access.log'), 'utf8');
  } catch {
    return '';
  }
};

/**
 * A quiet route of a TLS host (ssl-redirect by default), beside a loud one: plain HTTP gets the
 * HTTPS redirect, logged for the loud route and for a path of no route.
 */
const TLS_INGRESS = `---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: quiet-tls
  namespace: default
  annotations: {nginx.ingress.kubernetes.io/enable-access-log: "false"}
spec:
  tls: [{hosts: [tls.test], secretName: tls-test}]
  rules:
  - host: tls.test
    http:
      paths:
      - {path: /quiet-tls, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: loud-tls
  namespace: default
spec:
  tls: [{hosts: [tls.test], secretName: tls-test}]
  rules:
  - host: tls.test
    http:
      paths:
      - {path: /loud-tls, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}
---
${tlsSecretYaml('tls-test', { hosts: ['tls.test'] })}`;

type Quiet = { path: string; status: number; post?: string; host?: string; headers?: Record<string, string> };

/**
 * Sends the quiet requests, then the loud one; resolves to the log text once the loud line is there
 * (a quiet line, written before it, would be there too).
 */
async function logAfter(kind: ProxyKind, quiet: readonly Quiet[], extra = '', configMap?: Record<string, string>): Promise<string> {
  const controllerConfig = configMap && { path: 'cm.yaml', text: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ingress-nginx-controller, namespace: ingress-nginx}\ndata: ${JSON.stringify(configMap)}\n` };
  const echo = await startEcho('echo');
  try {
    const proxy = await startProxy({
      kind,
      build: (ports, dir) => {
        const r = compile([{ path: 'ing.yaml', text: INGRESSES + extra }], { target: kind, listenHttp: `127.0.0.1:${ports.http}`, listenHttps: `127.0.0.1:${ports.https}`, backends: [`default/echo:80=127.0.0.1:${echo.port}`], ...(controllerConfig ? { controllerConfig } : {}) });
        assert.ok(r.ok, JSON.stringify(r.diagnostics));
        writeFiles(dir, r.files);
      },
    });
    try {
      for (const q of quiet) {
        const reply = await send({ port: proxy.ports.http, host: q.host ?? 'log.test', path: q.path, ...(q.headers ? { headers: q.headers } : {}), ...(q.post !== undefined ? { method: 'POST', body: q.post } : {}) });
        assert.equal(reply.status, q.status, q.path);
      }
      assert.equal((await send({ port: proxy.ports.http, host: 'log.test', path: '/loud-path/b' })).status, 200);
      let text = '';
      for (let i = 0; i < 200 && !text.includes('/loud-path/b'); i++) {
        await new Promise((r) => setTimeout(r, 50));
        text = logText(kind, proxy);
      }
      assert.ok(text.includes('/loud-path/b'), `no access-log line for the logged route:\n${text}`);
      return text;
    } finally {
      await proxy.stop();
    }
  } finally {
    await echo.close();
  }
}

for (const kind of ['nginx', 'haproxy', 'envoy', 'caddy'] as const) {
  test(`enable-access-log "false" silences only its routes on ${kind}, their 403 and 413 too`, { skip: skipReason(kind) }, async () => {
    const text = await logAfter(kind, [
      { path: '/quiet-path/a', status: 200 },
      { path: '/quiet-denied/a', status: 403 },
      { path: '/quiet-small/a', status: 413, post: 'x'.repeat(2048) },
    ]);
    assert.ok(!text.includes('/quiet-'), `a quiet route was logged:\n${text}`);
  });
  // ingress-nginx's `return` sits in the location, with its access_log off.
  test(`enable-access-log "false" silences the route's permanent-redirect on ${kind}`, { skip: skipReason(kind) }, async () => {
    const text = await logAfter(kind, [{ path: '/quiet-moved/a', status: 301 }]);
    assert.ok(!text.includes('/quiet-'), `a quiet route was logged:\n${text}`);
  });
  // ingress-nginx's ssl-redirect is in the location too (lua_ingress redirect_to_https, rewrite phase).
  test(`enable-access-log "false" silences the HTTPS redirect of its path on ${kind}`, { skip: skipReason(kind) }, async () => {
    const text = await logAfter(kind, [{ path: '/quiet-tls/a', status: 308, host: 'tls.test' }, { path: '/loud-tls/a', status: 308, host: 'tls.test' }], TLS_INGRESS);
    assert.ok(!text.includes('/quiet-'), `a quiet route was logged:\n${text}`);
    // The host's other route is logged, its redirect too.
    assert.ok(text.includes('/loud-tls/a'), `the redirect of a route that is not quiet was not logged:\n${text}`);
  });
  // use-forwarded-headers: the redirect answers on the client's X-Forwarded-Proto, still in the location.
  test(`use-forwarded-headers: the X-Forwarded-Proto redirect of a quiet path is unlogged, a loud one's logged on ${kind}`, { skip: skipReason(kind) }, async () => {
    const http = { 'X-Forwarded-Proto': 'http' };
    const text = await logAfter(kind, [{ path: '/quiet-tls/a', status: 308, host: 'tls.test', headers: http }, { path: '/loud-tls/a', status: 308, host: 'tls.test', headers: http }], TLS_INGRESS, { 'use-forwarded-headers': 'true' });
    assert.ok(!text.includes('/quiet-'), `a quiet route was logged:\n${text}`);
    assert.ok(text.includes('/loud-tls/a'), `the redirect of a route that is not quiet was not logged:\n${text}`);
  });
  // The silence is the quiet route's, not its host's: a loud route's permanent-redirect beside quiet
  // ones is logged, and so is the HTTPS redirect of a path of no route on a host with a quiet route.
  test(`a loud route's redirect and the HTTPS redirect of no route are logged beside quiet routes on ${kind}`, { skip: skipReason(kind) }, async () => {
    const text = await logAfter(kind, [
      { path: '/loud-moved/a', status: 301 },
      { path: '/no-route/a', status: 308, host: 'tls.test' },
    ], TLS_INGRESS);
    for (const p of ['/loud-moved/a', '/no-route/a']) assert.ok(text.includes(p), `${p} was not logged:\n${text}`);
  });
}
