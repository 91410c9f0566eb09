import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { compile, type SourceFile } from '../../src/index.js';
import { repoRoot } from '../harness/proxies.js';
import { TraefikModel, type EvalRequest } from '../traefik/evaluate.js';
import { readOutput } from '../traefik/output.js';
import { traefikValidator } from '../traefik/strict-schema.js';

/**
 * The redirects of the conformance scenarios Traefik fails only because it answers GET with 301
 * where ingress-nginx answers 308 (test/conformance/known-failures.ts): the same requests with
 * POST get 308 from Traefik, so the Location and the per-location decision are checked here.
 */
const CERT = readFileSync(join(repoRoot(), 'fixtures/cafe/cafe-secret.yaml'), 'utf8');

function ing(name: string, host: string, paths: string[], annotations: Record<string, string> = {}, tls: string[] = []): string {
  const ann = Object.entries(annotations).map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: "${v}"\n`).join('');
  const t = tls.length ? `  tls:\n  - hosts: [${tls.map((h) => `"${h}"`).join(', ')}]\n    secretName: cafe-secret\n` : '';
  const ps = paths.map((p) => `      - path: ${p}\n        pathType: Prefix\n        backend:\n          service:\n            name: echo\n            port:\n              number: 80\n`).join('');
  return `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\n  namespace: default\n${ann ? `  annotations:\n${ann}` : ''}spec:\n${t}  rules:\n  - host: ${host}\n    http:\n      paths:\n${ps}`;
}

function model(...docs: string[]): TraefikModel {
  const sources: SourceFile[] = [...docs, CERT].map((text, i) => ({ path: `in${i}.yaml`, text }));
  const r = compile(sources, { target: 'traefik' });
  assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
  const out = readOutput(r.files);
  assert.deepEqual(traefikValidator()(out.dynamic), []);
  return new TraefikModel(out.dynamic);
}

const answer = (m: TraefikModel, req: EvalRequest): string => {
  const o = m.route(req);
  return o.kind === 'redirect' ? `${o.status} ${o.location}` : o.kind === 'proxied' ? `proxied ${o.forwardedPath}` : String(o.status);
};

test('the HTTPS redirect drops the final "/" of the request URI (sslredirect.feature #3, #4)', () => {
  const m = model(ing('tls', 'tls.bar.com', ['/'], {}, ['tls.bar.com']));
  for (const [path, loc] of [['/', 'https://tls.bar.com'], ['/foo/', 'https://tls.bar.com/foo'], ['/foo', 'https://tls.bar.com/foo'], ['/foo/?a=b/', 'https://tls.bar.com/foo/?a=b']]) {
    assert.equal(answer(m, { host: 'tls.bar.com', path: path!, method: 'POST' }), `308 ${loc}`, path);
    assert.equal(answer(m, { host: 'tls.bar.com', path: path! }), `301 ${loc}`, path);
  }
  assert.equal(answer(m, { host: 'tls.bar.com.', path: '/x', method: 'POST' }), '308 https://tls.bar.com/x');
  assert.equal(answer(m, { host: 'tls.bar.com', path: '/foo', https: true }), 'proxied /foo');
});

test('preserve-trailing-slash keeps it; force-ssl-redirect without a certificate (sslredirect.feature #1, #2)', () => {
  const m = model(ing('keep', 'keep.bar.com', ['/'], { 'preserve-trailing-slash': 'true' }, ['keep.bar.com']), ing('force', 'force.bar.com', ['/'], { 'force-ssl-redirect': 'true' }));
  assert.equal(answer(m, { host: 'keep.bar.com', path: '/', method: 'POST' }), '308 https://keep.bar.com/');
  assert.equal(answer(m, { host: 'force.bar.com', path: '/', method: 'POST' }), '308 https://force.bar.com');
});

test('ssl-redirect and force-ssl-redirect are per location (sslredirect.feature #5, #6)', () => {
  const m = model(
    ing('secure', 'shared.bar.com', ['/secure'], {}, ['shared.bar.com']),
    ing('open', 'shared.bar.com', ['/open'], { 'ssl-redirect': 'false' }),
    ing('forced', 'mixed.bar.com', ['/forced'], { 'force-ssl-redirect': 'true', 'preserve-trailing-slash': 'true' }),
    ing('plain', 'mixed.bar.com', ['/plain']),
  );
  assert.equal(answer(m, { host: 'shared.bar.com', path: '/open' }), 'proxied /open');
  assert.equal(answer(m, { host: 'shared.bar.com', path: '/secure/x/', method: 'POST' }), '308 https://shared.bar.com/secure/x');
  assert.equal(answer(m, { host: 'shared.bar.com', path: '/open', https: true }), 'proxied /open');
  assert.equal(answer(m, { host: 'mixed.bar.com', path: '/forced/', method: 'POST' }), '308 https://mixed.bar.com/forced/');
  assert.equal(answer(m, { host: 'mixed.bar.com', path: '/plain' }), 'proxied /plain');
});

test('a location redirect answers before the HTTPS redirect (sslredirect.feature #7)', () => {
  const m = model(ing('moved', 'moved.bar.com', ['/'], { 'permanent-redirect': 'https://elsewhere.example.com/' }, ['moved.bar.com']));
  assert.equal(answer(m, { host: 'moved.bar.com', path: '/x' }), '301 https://elsewhere.example.com/');
  assert.equal(answer(m, { host: 'moved.bar.com', path: '/x', https: true }), '301 https://elsewhere.example.com/');
});

test('from-to-www-redirect: scheme and listener port of the request, final "/" dropped (fromtowwwredirect.feature #1-4)', () => {
  const m = model(ing('www', 'site.test', ['/'], { 'from-to-www-redirect': 'true' }, ['site.test', 'www.site.test']));
  assert.equal(answer(m, { host: 'www.site.test', path: '/a/b/', method: 'POST' }), '308 http://site.test:80/a/b');
  assert.equal(answer(m, { host: 'www.site.test', path: '/', https: true, method: 'POST' }), '308 https://site.test:443');
  assert.equal(answer(m, { host: 'www.site.test', path: '/' }), '301 http://site.test:80');
  assert.equal(answer(m, { host: 'site.test', path: '/a', https: true }), 'proxied /a');
});

test('app-root: 302 to GET, 307 to other methods, the query dropped', () => {
  const m = model(ing('root', 'root.test', ['/'], { 'app-root': '/app' }));
  assert.equal(answer(m, { host: 'root.test', path: '/?x=1' }), '302 http://root.test/app');
  assert.equal(answer(m, { host: 'Root.test:8080', path: '/', method: 'POST' }), '307 http://Root.test:8080/app');
  assert.equal(answer(m, { host: 'root.test', path: '/x' }), 'proxied /x');
});

test('permanent-redirect to a path: this entry point\'s scheme and the host without port; relative-redirects keeps the path (relativeredirects.feature)', () => {
  const abs = model(ing('abs', 'abs.test', ['/'], { 'permanent-redirect': '/' }, ['abs.test']), ing('q', 'q.test', ['/old'], { 'permanent-redirect': '/new?a=1' }));
  // A request for exactly the Location still redirects: the capital scheme makes the URL differ for Traefik.
  assert.equal(answer(abs, { host: 'abs.test', path: '/' }), '301 http://abs.test/');
  assert.equal(answer(abs, { host: 'abs.test', path: '/', https: true, method: 'POST' }), '308 https://abs.test/');
  assert.equal(answer(abs, { host: 'q.test:8080', path: '/old/x?b=2' }), '301 http://q.test/new?a=1');
  const rel = model(ing('rel', 'rel.test', ['/old'], { 'permanent-redirect': '/new', 'relative-redirects': 'true' }));
  assert.equal(answer(rel, { host: 'rel.test:8080', path: '/old' }), '301 /new');
});
