import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { TraefikModel, type EvalRequest, type Outcome } from '../traefik/evaluate.js';
import { readOutput } from '../traefik/output.js';
import { traefikValidator } from '../traefik/strict-schema.js';

/**
 * CORS on Traefik (src/emit/traefik/cors.ts) through the evaluator: the answers ingress-nginx gives
 * (nginx.tmpl "CORS"), and the one difference the support row names (a browser preflight from a
 * listed origin gets Traefik's own 200).
 */
function model(annotations: Record<string, string>, extra = ''): TraefikModel {
  const ann = Object.entries(annotations).map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: "${v}"\n`).join('');
  const text = `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: cors\n  namespace: default\n  annotations:\n${ann}spec:\n  rules:\n  - host: cors.test\n    http:\n      paths:\n      - path: /\n        pathType: Prefix\n        backend:\n          service:\n            name: echo\n            port:\n              number: 80\n${extra}`;
  const r = compile([{ path: 'in.yaml', text }], { target: 'traefik' });
  assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
  const out = readOutput(r.files);
  assert.deepEqual(traefikValidator()(out.dynamic), []);
  return new TraefikModel(out.dynamic);
}

const req = (method: string, headers: Record<string, string> = {}): EvalRequest => ({ host: 'cors.test', path: '/x', method, headers });
const cors = (o: Outcome): Record<string, string> => Object.fromEntries(Object.entries(o.responseHeaders ?? {}).filter(([k]) => k.startsWith('Access-Control-')));
const DEFAULT_METHODS = 'GET, PUT, POST, DELETE, PATCH, OPTIONS';
const DEFAULT_HEADERS = 'DNT,Keep-Alive,User-Agent,X-Requested-With,If-Modified-Since,Cache-Control,Content-Type,Range,Authorization';

test('"*" (the default): every response carries the headers; every OPTIONS gets 204 without the backend', () => {
  const m = model({ 'enable-cors': 'true' });
  const want = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true', 'Access-Control-Allow-Methods': DEFAULT_METHODS, 'Access-Control-Allow-Headers': DEFAULT_HEADERS, 'Access-Control-Max-Age': '1728000' };
  const get = m.route(req('GET', { Origin: 'https://evil.test' }));
  assert.equal(get.kind, 'proxied');
  assert.deepEqual(cors(get), want);
  // Credentials with "*": the Allow-Origin stays "*" (Traefik's own "*" would echo the origin).
  for (const h of [{}, { Origin: 'https://a.test' }, { Origin: 'https://a.test', 'Access-Control-Request-Method': 'PUT' }] as Record<string, string>[]) {
    const o = m.route(req('OPTIONS', h));
    assert.equal(o.status, 204, JSON.stringify(h));
    assert.deepEqual(cors(o), want);
  }
});

test('an origin list: matching origins get the headers (origin echoed), others nothing; OPTIONS answered 204, a browser preflight 200', () => {
  const m = model({ 'enable-cors': 'true', 'cors-allow-origin': 'https://a.test, http://*.b.test:8080', 'cors-allow-credentials': 'false', 'cors-expose-headers': 'X-One, X-Two', 'cors-max-age': '600' });
  const headers = { 'Access-Control-Allow-Methods': DEFAULT_METHODS, 'Access-Control-Allow-Headers': DEFAULT_HEADERS, 'Access-Control-Expose-Headers': 'X-One, X-Two', 'Access-Control-Max-Age': '600' };
  for (const origin of ['https://a.test', 'HTTPS://A.TEST', 'http://x.b.test:8080']) {
    const o = m.route(req('GET', { Origin: origin }));
    assert.equal(o.kind, 'proxied');
    assert.deepEqual(cors(o), { ...headers, 'Access-Control-Allow-Origin': origin }, origin);
    const opt = m.route(req('OPTIONS', { Origin: origin }));
    assert.equal(opt.status, 204);
    assert.deepEqual(cors(opt), { ...headers, 'Access-Control-Allow-Origin': origin });
    const pre = m.route(req('OPTIONS', { Origin: origin, 'Access-Control-Request-Method': 'PUT' }));
    assert.equal(pre.status, 200);
    assert.deepEqual(cors(pre), { ...headers, 'Access-Control-Allow-Origin': origin });
  }
  for (const origin of ['https://c.test', 'http://x.y.b.test:8080', 'http://x.b.test']) {
    for (const method of ['GET', 'OPTIONS']) {
      const o = m.route(req(method, { Origin: origin, 'Access-Control-Request-Method': 'PUT' }));
      assert.equal(o.kind, 'proxied', `${method} ${origin}`);
      assert.deepEqual(cors(o), {}, origin);
    }
  }
  assert.deepEqual(cors(m.route(req('GET'))), {});
});

test('the preflight answer comes before the source-range check (ingress-nginx: rewrite phase)', () => {
  const m = model({ 'enable-cors': 'true', 'allowlist-source-range': '10.0.0.0/8' });
  assert.equal(m.route(req('OPTIONS')).status, 204);
  assert.equal(m.route(req('GET')).status, 403);
});

test('CORS with a canary fails closed on Traefik (IC4303)', () => {
  const ing = (name: string, ann: Record<string, string>): string =>
    `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\n  namespace: default\n  annotations:\n${Object.entries(ann).map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: "${v}"\n`).join('')}spec:\n  rules:\n  - host: cors.test\n    http:\n      paths:\n      - path: /\n        pathType: Prefix\n        backend:\n          service:\n            name: ${name}\n            port:\n              number: 80\n`;
  const r = compile([{ path: 'a.yaml', text: ing('main', { 'enable-cors': 'true' }) }, { path: 'b.yaml', text: ing('canary', { canary: 'true', 'canary-by-header': 'X-C', 'enable-cors': 'true' }) }], { target: 'traefik' });
  assert.equal(r.ok, false);
  assert.ok(r.diagnostics.some((d) => d.code === 'IC4303'), JSON.stringify(r.diagnostics.map((d) => d.code)));
});
