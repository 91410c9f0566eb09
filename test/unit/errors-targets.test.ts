/** custom-http-errors on HAProxy, Envoy and Caddy: the emitted shape and the fuzz oracle's read-back (tampering is caught). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, type TargetName } from '../../src/index.js';
import { ORACLES } from '../fuzz/oracles.js';

const A = 'nginx.ingress.kubernetes.io/';
const ing = (annotations: Record<string, string>): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: app
  namespace: default
  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [A + k, v])))}
spec:
  rules:
  - host: a.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
      - {path: /gone, pathType: Prefix, backend: {service: {name: gone, port: {number: 80}}}}
---
apiVersion: v1
kind: Service
metadata: {name: gone, namespace: default}
spec: {ports: [{port: 80}]}
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: gone-1, namespace: default, labels: {kubernetes.io/service-name: gone}}
addressType: IPv4
ports: [{port: 80}]
endpoints: [{addresses: [10.0.0.9], conditions: {ready: false}}]
`;
const build = (target: TargetName, annotations: Record<string, string>) =>
  compile([{ path: 'in.yaml', text: ing(annotations) }], { target, backends: ['default/web:80=127.0.0.1:9001', 'default/pages:80=127.0.0.1:9002'], defaultBackend: 'default/pages:80' });

/** The oracle's findings after replacing `from` by `to` in the output (the replacement must apply). */
function tampered(target: TargetName, r: ReturnType<typeof build>, from: string, to: string): string[] {
  const files = r.files.map((f) => ({ ...f, content: f.content.split(from).join(to) }));
  assert.ok(files.some((f, i) => f.content !== r.files[i]!.content), `${JSON.stringify(from)} is in the output`);
  return ORACLES[target](r.ir!, files);
}

describe('Caddy error pages', () => {
  const r = build('caddy', { 'custom-http-errors': '404,503' });
  test('compiles, and the oracle reads the output back', () => {
    assert.equal(r.ok, true, r.diagnostics.map((d) => d.message).join('\n'));
    assert.deepEqual(ORACLES.caddy(r.ir!, r.files), []);
  });
  test('the route\'s own 503 (no endpoints) is an error for the page, the upstream\'s statuses go through handle_response', () => {
    const c = r.files[0]!.content;
    assert.match(c, /"handler": "error", "status_code": "503"/);
    assert.match(c, /"handle_response": \[\s*\{\s*"match": \{"status_code": \[404, 503\]\}/);
    assert.match(c, /"default_pages_80\.errors"/);
  });
  test('disable-proxy-intercept-errors: no handle_response', () => {
    const d = build('caddy', { 'custom-http-errors': '404,503', 'disable-proxy-intercept-errors': 'true' });
    assert.doesNotMatch(d.files[0]!.content, /handle_response/);
    assert.deepEqual(ORACLES.caddy(d.ir!, d.files), []);
  });
  test('the oracle catches a changed code, context header, original URI or page path', () => {
    assert.notDeepEqual(tampered('caddy', r, '"404", "503"', '"404"'), []);
    assert.notDeepEqual(tampered('caddy', r, '"X-Service-Name": ["web"]', '"X-Service-Name": ["webs"]'), []);
    assert.notDeepEqual(tampered('caddy', r, '{http.request.orig_uri}', '{http.request.uri}'), []);
    assert.notDeepEqual(tampered('caddy', r, '"uri": "/"', '"uri": "/x"'), []);
    assert.notDeepEqual(tampered('caddy', r, '"status_code": [404, 503]', '"status_code": [404]'), []);
  });
});

describe('Envoy error pages', () => {
  const r = build('envoy', { 'custom-http-errors': '404,503' });
  test('compiles, and the oracle reads the output back', () => {
    assert.equal(r.ok, true, r.diagnostics.map((d) => d.message).join('\n'));
    assert.deepEqual(ORACLES.envoy(r.ir!, r.files), []);
  });
  test('custom_response per route, the marker route first in the vhost, the page-status filter', () => {
    const c = r.files[0]!.content;
    assert.match(c, /envoy\.filters\.http\.custom_response/);
    assert.match(c, /"name": "ingressc\.page-status"/);
    assert.match(c, /\{\s+"match": \{\s+"prefix": "\/",\s+"headers": \[\s+\{\s+"name": "x-ingressc-error-page"/);
  });
  test('disable-proxy-intercept-errors "true" is refused (IC3071): Envoy cannot tell its own answers from the upstream\'s', () => {
    const d = build('envoy', { 'custom-http-errors': '404', 'disable-proxy-intercept-errors': 'true' });
    assert.ok(d.diagnostics.some((x) => x.code === 'IC3071'));
  });
  test('the oracle catches a changed code, context header, marker, page cluster or page-status script', () => {
    assert.notDeepEqual(tampered('envoy', r, '"exact": "503"', '"exact": "502"'), []);
    assert.notDeepEqual(tampered('envoy', r, '"value": "web"', '"value": "webs"'), []);
    assert.notDeepEqual(tampered('envoy', r, '"exact": "default_pages_80"', '"exact": "default_web_80"'), []);
    assert.notDeepEqual(tampered('envoy', r, '"cluster": "default_pages_80"', '"cluster": "default_web_80"'), []);
    assert.notDeepEqual(tampered('envoy', r, '[1-5]%d%d', '%d+'), []);
  });
});
