/**
 * enable-access-log: "false" (ingress-nginx: `access_log off;` in the location), live: a request to
 * the quiet route writes no access-log line, one to the other route of the same output does.
 * nginx writes access.log in its directory; HAProxy logs to stderr and Caddy its access log to stdout (the
 * harness's proxy.log).
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
  if (kind === 'haproxy' || kind === 'caddy') return p.logs();
  try {
    return readFileSync(join(p.runDir, 'access.log'), 'utf8');
  } catch {
    return '';
  }
};

for (const kind of ['nginx', 'haproxy', 'caddy'] as const) {
  test(`enable-access-log "false" silences only its routes on ${kind}`, { skip: skipReason(kind) }, async () => {
    const echo = await startEcho('echo');
    try {
      const proxy = await startProxy({
        kind,
        build: (ports, dir) => {
          const r = compile([{ path: 'ing.yaml', text: INGRESSES }], { target: kind, listenHttp: `127.0.0.1:${ports.http}`, listenHttps: `127.0.0.1:${ports.https}`, backends: [`default/echo:80=127.0.0.1:${echo.port}`] });
          assert.ok(r.ok, JSON.stringify(r.diagnostics));
          writeFiles(dir, r.files);
        },
      });
      try {
        // The quiet request first: once the loud one's line is there, a quiet line would be too.
        assert.equal((await send({ port: proxy.ports.http, host: 'log.test', path: '/quiet-path/a' })).status, 200);
        assert.equal((await send({ port: proxy.ports.http, host: 'log.test', path: '/loud-path/b' })).status, 200);
        let text = '';
        for (let i = 0; i < 200 && !text.includes('/loud-path/b'); i++) {
          await new Promise((r) => setTimeout(r, 50));
          text = logText(kind, proxy);
        }
        assert.ok(text.includes('/loud-path/b'), `no access-log line for the logged route:\n${text}`);
        assert.ok(!text.includes('/quiet-path'), `the quiet route was logged:\n${text}`);
      } finally {
        await proxy.stop();
      }
    } finally {
      await echo.close();
    }
  });
}
