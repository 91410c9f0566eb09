/** proxy-body-size and client-body-buffer-size: the nginx size grammar, located errors, each target's output. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, type TargetName } from '../../src/index.js';
import { parseNginxSize } from '../../src/providers/ingress-nginx/size.js';

const ing = (annotations: Record<string, string>): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: app
  annotations:
${Object.entries(annotations).map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: ${JSON.stringify(v)}\n`).join('')}spec:
  rules:
  - host: a.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
`;
const run = (text: string, target: TargetName = 'nginx') => compile([{ path: 'in.yaml', text }], { target });
const file = (text: string, target: TargetName, path: string) => run(text, target).files.find((f) => f.path === path)!.content;

describe('nginx sizes', () => {
  test('digits with an optional k/m/g (any case), 1024-based; 0 is unlimited', () => {
    assert.deepEqual(['0', '1000', '1k', '1K', '8m', '2G'].map((s) => parseNginxSize(s, { offset: true })), [{ bytes: 0 }, { bytes: 1000 }, { bytes: 1024 }, { bytes: 1024 }, { bytes: 8 * 1024 * 1024 }, { bytes: 2 * 1024 ** 3 }]);
    for (const bad of ['15r', '10b', '', ' 1m', '1m ', '1.5m', '-1', '1mb', '0x10', '1e3', '1m;', '9999999999999999'])
      assert.ok('error' in parseNginxSize(bad, { offset: true }), bad);
    assert.ok('error' in parseNginxSize('1g') && 'bytes' in parseNginxSize('1m'));
  });
});

describe('body size in a compile', () => {
  test('proxy.go "should not set proxy client-max-body-size to incorrect value": 15r is IC2142, located, on every target', () => {
    for (const target of ['nginx', 'haproxy', 'envoy', 'traefik'] as const) {
      const r = run(ing({ 'proxy-body-size': '15r' }), target);
      assert.equal(r.ok, false);
      const d = r.diagnostics.find((x) => x.code === 'IC2142');
      assert.deepEqual([d?.loc?.line, d?.loc?.col], [6, 5]);
      assert.match(d!.message, /expected an nginx size/);
    }
  });

  test('each target writes the limit; "0" writes none outside nginx; client-body-buffer-size is nginx-only tuning', () => {
    const t = ing({ 'proxy-body-size': '8m', 'client-body-buffer-size': '1K' });
    assert.match(file(t, 'nginx', 'nginx.conf'), /client_max_body_size 8388608;\n\s+client_body_buffer_size "1K";\n\s+(set \S+ "web\.default\.svc\.cluster\.local:80";\n\s+)?proxy_pass/);
    assert.match(file(t, 'haproxy', 'haproxy.cfg'), /http-request deny deny_status 413 if \{ req\.hdr_val\(content-length\) gt 8388608 \}/);
    const envoy = file(t, 'envoy', 'envoy.json');
    assert.match(envoy, /"name": "envoy\.filters\.http\.buffer",\n\s+"disabled": true/);
    assert.match(envoy, /BufferPerRoute",\n\s+"buffer": \{\n\s+"max_request_bytes": 8388608/);
    assert.match(file(t, 'traefik', 'traefik.yaml'), /ingressc-body-1:\n\s+buffering:\n\s+maxRequestBodyBytes: 8388608/);
    for (const target of ['haproxy', 'envoy', 'traefik'] as const) {
      const r = run(t, target);
      assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC2103').map((d) => d.message.includes('client-body-buffer-size')), [true], target);
    }
    const zero = ing({ 'proxy-body-size': '0' });
    assert.match(file(zero, 'nginx', 'nginx.conf'), /client_max_body_size 0;/);
    assert.doesNotMatch(file(zero, 'haproxy', 'haproxy.cfg'), /413/);
    assert.doesNotMatch(file(zero, 'envoy', 'envoy.json'), /buffer/);
    assert.doesNotMatch(file(zero, 'traefik', 'traefik.yaml'), /buffering/);
  });

  test('Envoy refuses a limit its uint32 cannot hold: IC3071 located at the annotation, not an emitter error', () => {
    const r = run(ing({ 'proxy-body-size': '5g' }), 'envoy');
    assert.equal(r.ok, false);
    const d = r.diagnostics.find((x) => x.code === 'IC3071');
    assert.deepEqual([d?.loc?.line, d?.loc?.col], [6, 5]);
    assert.match(d!.message, /envoy cannot express this value \(Envoy's buffer filter holds at most 4294967295 bytes\)/);
    assert.ok(!r.diagnostics.some((x) => x.code.startsWith('IC4')));
    assert.ok(run(ing({ 'proxy-body-size': '4095m' }), 'envoy').ok);
  });

  test('client-body-buffer-size takes k or m only (nginx refuses "1g" for a buffer size)', () => {
    assert.equal(run(ing({ 'client-body-buffer-size': '1g' })).diagnostics.find((d) => d.code === 'IC2142')?.loc?.line, 6);
    assert.ok(run(ing({ 'client-body-buffer-size': '1m' })).ok);
    assert.ok(run(ing({ 'proxy-body-size': '1g' })).ok);
  });

  // ingress-nginx leaves the value out of nginx.conf and serves the route; ingressc refuses the value
  // where it is written instead of dropping it silently (as for proxy-body-size "15r" above).
  test('clientbodybuffersize.go "should not set client_body_buffer_size to invalid 1b": IC2142, located, on every target', () => {
    for (const target of ['nginx', 'haproxy', 'envoy', 'traefik', 'caddy', 'gateway-api'] as const) {
      const r = run(ing({ 'client-body-buffer-size': '1b' }), target);
      assert.equal(r.ok, false, target);
      const d = r.diagnostics.find((x) => x.code === 'IC2142');
      assert.deepEqual([d?.loc?.line, d?.loc?.col], [6, 5], target);
      assert.match(d!.message, /client-body-buffer-size/);
    }
  });
});
