/**
 * ssl-passthrough, live on each target (ingress-nginx annotations.md "SSL Passthrough"; the
 * backend of the host's "/" path receives the TLS connection undecrypted): a TLS handshake with the
 * passthrough host's SNI reaches the HTTPS echo backend itself (its certificate, verified against
 * the backend's own CA, and the SNI as the client sent it), whatever the path; another TLS host on
 * the same port is still terminated by the proxy with the Ingress's certificate and routed by path;
 * an unknown SNI gets the default certificate and a 404 as without passthrough; plain HTTP to the
 * passthrough host is routed by path as before.
 * The cases of ingress2gateway's provider_ingressnginx_test.go TestIngressNGINXSSLPassthrough:
 * t.Run("basic ssl passthrough creates TLSRoute"), t.Run("mixed termination: passthrough host and
 * normal HTTPS host on same gateway") and t.Run("multiple passthrough hosts on same gateway"), each
 * an HTTPS request trusting only the backend's own CA. (ingress-nginx's own e2e suite for the
 * controller flag, test/e2e/settings/ssl_passthrough.go, is not in the ported peer suites; the
 * conformance step vocabulary has no TLS-terminating backend, so the cases live here.)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { makeBackendCa, send, signLeaf, startEcho, startProxy, type ProxyKind } from '../harness/index.js';
import { passthroughSkipReason } from '../harness/nginx-stream.js';
import { startHttpsEcho } from '../harness/tls-echo.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';
import { writeFiles } from './run-table.js';

const INGRESSES = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: pt
  namespace: default
  annotations: {nginx.ingress.kubernetes.io/ssl-passthrough: "true"}
spec:
  rules:
  - host: pt.test
    http:
      paths:
      - {path: /other, pathType: Prefix, backend: {service: {name: other, port: {number: 80}}}}
      - {path: /, pathType: Prefix, backend: {service: {name: tls-echo, port: {number: 443}}}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: pt2
  namespace: default
  annotations: {nginx.ingress.kubernetes.io/ssl-passthrough: "true"}
spec:
  rules:
  - host: pt2.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: tls-echo2, port: {number: 443}}}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  namespace: default
spec:
  tls:
  - {hosts: [web.test], secretName: web-tls}
  rules:
  - host: web.test
    http:
      paths:
      - {path: /app, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
---
${tlsSecretYaml('web-tls', { hosts: ['web.test'] })}`;

export const PASSTHROUGH_TARGETS: readonly ProxyKind[] = ['envoy', 'haproxy', 'nginx'];

for (const kind of PASSTHROUGH_TARGETS) {
  test(`ssl-passthrough on ${kind}: the passthrough SNI reaches the backend's TLS, other hosts terminate at the proxy`, { skip: passthroughSkipReason(kind) }, async () => {
    const ca = makeBackendCa('passthrough-backend-ca');
    const tlsEcho = await startHttpsEcho('tls-echo', signLeaf(ca, ['pt.test']));
    const tlsEcho2 = await startHttpsEcho('tls-echo2', signLeaf(ca, ['pt2.test']));
    const web = await startEcho('web');
    const other = await startEcho('other');
    try {
      const proxy = await startProxy({
        kind,
        build: (ports, dir) => {
          const r = compile([{ path: 'ing.yaml', text: INGRESSES }], {
            target: kind,
            listenHttp: `127.0.0.1:${ports.http}`,
            listenHttps: `127.0.0.1:${ports.https}`,
            backends: [`default/tls-echo:443=127.0.0.1:${tlsEcho.port}`, `default/tls-echo2:443=127.0.0.1:${tlsEcho2.port}`, `default/web:80=127.0.0.1:${web.port}`, `default/other:80=127.0.0.1:${other.port}`],
          });
          assert.ok(r.ok, JSON.stringify(r.diagnostics));
          assert.ok(r.diagnostics.some((d) => d.code === 'IC3190'), 'the passthrough is stated (info)');
          writeFiles(dir, r.files);
        },
      });
      try {
        // The passthrough host: the backend's own certificate, verified against the backend's CA
        // (a proxy-terminated handshake would fail verification), the SNI seen by the backend, and
        // every path (here one another route of the host claims for plain HTTP) goes to it.
        const pt = await send({ port: proxy.ports.https, host: 'pt.test', path: '/other/x', tls: { ca: ca.cert } });
        assert.equal(pt.status, 200, pt.body);
        assert.equal(pt.peerCN, 'pt.test');
        assert.equal(pt.json?.service, 'tls-echo');
        assert.equal(pt.json?.sni, 'pt.test');
        assert.equal(pt.json?.path, '/other/x');

        // A second passthrough host on the same port: its own backend and certificate.
        const pt2 = await send({ port: proxy.ports.https, host: 'pt2.test', path: '/', tls: { ca: ca.cert } });
        assert.equal(pt2.status, 200, pt2.body);
        assert.equal(pt2.peerCN, 'pt2.test');
        assert.equal(pt2.json?.service, 'tls-echo2');

        // Another TLS host on the same port: the Ingress's certificate, routed by path.
        // From 127.0.0.7: the terminating side still sees the client's address (an internal hop
        // must carry it, e.g. with the PROXY protocol).
        const w = await send({ port: proxy.ports.https, host: 'web.test', path: '/app/a', tls: {}, localAddress: '127.0.0.7' });
        assert.equal(w.status, 200, w.body);
        assert.equal(w.peerCN, 'web.test');
        assert.equal(w.json?.service, 'web');
        assert.match(String(w.json?.headers?.['x-forwarded-for']), /(^|, )127\.0\.0\.7$/);
        assert.equal((await send({ port: proxy.ports.https, host: 'web.test', path: '/nothing', tls: {} })).status, 404);

        // An unknown SNI: terminated at the proxy (its default certificate), no host matches: 404.
        const u = await send({ port: proxy.ports.https, host: 'unknown.test', path: '/', tls: {} });
        assert.equal(u.peerCN, 'web.test');
        assert.equal(u.status, 404);

        // Plain HTTP to the passthrough host is routed by path as before.
        const plain = await send({ port: proxy.ports.http, host: 'pt.test', path: '/other/y' });
        assert.equal(plain.status, 200);
        assert.equal(plain.json?.service, 'other');
      } finally {
        await proxy.stop();
      }
    } finally {
      await Promise.all([tlsEcho.close(), tlsEcho2.close(), web.close(), other.close()]);
    }
  });
}
