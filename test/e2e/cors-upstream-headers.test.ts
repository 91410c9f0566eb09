/**
 * CORS headers replace the upstream's (ingress-nginx's more_set_headers), live: a backend that sends
 * its own Access-Control-* headers. A request the policy matches gets exactly one of each, ours; one
 * it does not match keeps the upstream's untouched.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { compile, type TargetName } from '../../src/index.js';
import { send, skipReason, startProxy, type ProxyKind } from '../harness/index.js';
import { writeFiles } from './run-table.js';

const INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: cors
  namespace: default
  annotations:
    nginx.ingress.kubernetes.io/enable-cors: "true"
    nginx.ingress.kubernetes.io/cors-allow-origin: "https://ok.test"
    nginx.ingress.kubernetes.io/cors-max-age: "7"
spec:
  rules:
  - host: cors.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: app, port: {number: 80}}}}
`;

/** A backend answering 200 with its own CORS headers. */
async function corsBackend(): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': 'https://upstream.test', 'access-control-max-age': '99' });
    res.end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const values = (h: string | string[] | undefined): string[] => (h === undefined ? [] : ([] as string[]).concat(h).flatMap((v) => v.split(/,\s*/)));

for (const target of ['nginx', 'haproxy', 'envoy', 'caddy'] as TargetName[]) {
  test(`CORS headers replace the upstream's on ${target}, and leave them alone when the origin does not match`, { skip: skipReason(target as ProxyKind) }, async () => {
    const app = await corsBackend();
    try {
      const proxy = await startProxy({
        kind: target as ProxyKind,
        build: (ports, dir) => {
          const r = compile([{ path: 'ing.yaml', text: INGRESS }], { target, listenHttp: `127.0.0.1:${ports.http}`, listenHttps: `127.0.0.1:${ports.https}`, backends: [`default/app:80=127.0.0.1:${app.port}`] });
          assert.ok(r.ok, JSON.stringify(r.diagnostics));
          writeFiles(dir, r.files);
        },
      });
      try {
        const ours = await send({ port: proxy.ports.http, host: 'cors.test', path: '/', headers: { Origin: 'https://ok.test' } });
        assert.equal(ours.status, 200);
        assert.deepEqual(values(ours.headers['access-control-allow-origin']), ['https://ok.test']);
        assert.deepEqual(values(ours.headers['access-control-max-age']), ['7']);
        const theirs = await send({ port: proxy.ports.http, host: 'cors.test', path: '/', headers: { Origin: 'https://other.test' } });
        assert.equal(theirs.status, 200);
        assert.deepEqual(values(theirs.headers['access-control-allow-origin']), ['https://upstream.test']);
        assert.deepEqual(values(theirs.headers['access-control-max-age']), ['99']);
        assert.equal(theirs.headers['access-control-allow-methods'], undefined);
      } finally {
        await proxy.stop();
      }
    } finally {
      await app.close();
    }
  });
}
