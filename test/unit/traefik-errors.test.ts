import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { TraefikModel } from '../traefik/evaluate.js';
import { readOutput } from '../traefik/output.js';
import { traefikValidator } from '../traefik/strict-schema.js';

/**
 * custom-http-errors on Traefik (src/emit/traefik/errors.ts) through the evaluator's errors
 * middleware: which answers are replaced, by what, with which status.
 */
const manifests = (annotations: Record<string, string>, extra = ''): string =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: e\n  namespace: default\n  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [`nginx.ingress.kubernetes.io/${k}`, v])))}\nspec:\n  ingressClassName: nginx\n  rules:\n  - host: e.test\n    http:\n      paths:\n      - {path: /, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}\n${extra}`;
const pages = `---\napiVersion: v1\nkind: Service\nmetadata: {name: pages, namespace: default}\nspec: {ports: [{port: 80}]}\n`;

function model(annotations: Record<string, string>, opts: { defaultBackend?: string; extra?: string } = {}): TraefikModel {
  const backends = ['default/echo:80=127.0.0.1:8080', 'default/pages:80=127.0.0.1:8081'];
  const r = compile([{ path: 'a.yaml', text: manifests(annotations, opts.extra ?? pages) }], { target: 'traefik', backends, ...(opts.defaultBackend ? { defaultBackend: opts.defaultBackend } : {}) });
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  const out = readOutput(r.files);
  assert.deepEqual(traefikValidator()(out.dynamic), []);
  // The echo answers /status/NNN with NNN.
  return new TraefikModel(out.dynamic, { upstreamStatus: (p) => Number(/\/status\/([0-9]{3})$/.exec(p.path.split('?')[0]!)?.[1] ?? 200) });
}

test('a listed status of the upstream is replaced by the default-backend Service\'s page, sent with the original status', () => {
  const m = model({ 'custom-http-errors': '404,503', 'default-backend': 'pages' });
  const o = m.route({ host: 'e.test', path: '/status/404?q=1', method: 'POST' });
  assert.equal(o.kind, 'errorPage');
  if (o.kind !== 'errorPage') return;
  assert.equal(o.status, 404);
  assert.equal(o.service, 'default_pages_80');
  assert.equal(o.forwardedPath, '/');
  // Other statuses pass through.
  assert.equal(m.route({ host: 'e.test', path: '/status/500' }).kind, 'proxied');
});

test('without an error Service the listed statuses become ingress-nginx\'s 404', () => {
  const m = model({ 'custom-http-errors': '500' });
  assert.deepEqual(m.route({ host: 'e.test', path: '/status/500' }), { kind: 'status', status: 404, router: 'host_e.test_prefix_0_http', reason: 'errors' });
});

test('the proxy\'s own refusal (source range 403) is taken too: the errors middleware is outermost', () => {
  const m = model({ 'custom-http-errors': '403', 'default-backend': 'pages', 'whitelist-source-range': '10.0.0.0/8' });
  const o = m.route({ host: 'e.test', path: '/x', clientIp: '127.0.0.1' });
  assert.equal(o.kind, 'errorPage');
  assert.equal(o.status, 403);
});

test('disable-proxy-intercept-errors "true" fails closed on Traefik (IC3071, located); "false" compiles', () => {
  const r = compile([{ path: 'a.yaml', text: manifests({ 'custom-http-errors': '404', 'disable-proxy-intercept-errors': 'true' }) }], { target: 'traefik' });
  assert.equal(r.ok, false);
  const d = r.diagnostics.find((x) => x.code === 'IC3071');
  assert.ok(d?.loc && d.loc.line > 0, JSON.stringify(r.diagnostics));
  model({ 'custom-http-errors': '404', 'disable-proxy-intercept-errors': 'false' });
});
