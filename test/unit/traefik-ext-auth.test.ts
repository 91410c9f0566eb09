import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { TraefikModel, type AuthReply, type AuthRequest, type EvalRequest } from '../traefik/evaluate.js';
import { readOutput } from '../traefik/output.js';
import { evaluatedReply } from '../traefik/reply.js';
import { traefikValidator } from '../traefik/strict-schema.js';

/**
 * auth-url on Traefik (src/emit/traefik/ext-auth.ts) through the evaluator's forwardAuth
 * (test/traefik/forward-auth.ts): what the auth service receives, what a 2xx copies, what a
 * refusal hands the client, and the keys that fail closed.
 */
const ingress = (annotations: Record<string, string>): string =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ext\n  namespace: default\n  annotations:\n${Object.entries(annotations)
    .map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: ${JSON.stringify(v)}\n`)
    .join('')}spec:\n  ingressClassName: nginx\n  rules:\n  - host: ext.test\n    http:\n      paths:\n      - {path: /, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}\n`;

function model(annotations: Record<string, string>): TraefikModel {
  const r = compile([{ path: 'in.yaml', text: ingress(annotations) }], { target: 'traefik' });
  assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
  const out = readOutput(r.files);
  assert.deepEqual(traefikValidator()(out.dynamic), []);
  return new TraefikModel(out.dynamic);
}

/** Evaluates one request against a scripted auth service; returns the outcome and what the auth service received. */
async function ask(m: TraefikModel, req: EvalRequest, reply: AuthReply): Promise<{ o: Awaited<ReturnType<TraefikModel['routeAsync']>>; seen: AuthRequest[] }> {
  const seen: AuthRequest[] = [];
  const o = await m.routeAsync(req, async (r) => {
    seen.push(r);
    return reply;
  });
  return { o, seen };
}

const forged = { 'X-Original-URL': 'http://ext.test/admin', 'X-Original-Method': 'GET', 'X-Auth-Request-Redirect': '/evil', 'X-Forwarded-Uri': '/admin', Foo: 'client' };

test('the auth service gets GET to exactly the auth URL, the client headers, Traefik\'s X-Forwarded-*, and no forged X-Original-*', async () => {
  const m = model({ 'auth-url': 'https://10.0.0.9:8443/check?x=1', 'auth-request-redirect': '/back' });
  const { o, seen } = await ask(m, { host: 'ext.test', path: '/app?q=1', method: 'POST', headers: { ...forged, Connection: 'Foo' } }, { status: 200, headers: {} });
  assert.equal(o.kind, 'proxied');
  assert.equal(seen.length, 1);
  const r = seen[0]!;
  assert.equal(r.method, 'GET');
  assert.equal(r.url, 'https://10.0.0.9:8443/check?x=1');
  assert.equal(r.headers['x-original-url'], undefined);
  assert.equal(r.headers['x-original-method'], undefined);
  assert.deepEqual(r.headers['x-auth-request-redirect'], ['/back']);
  assert.deepEqual(r.headers['x-sent-from'], ['nginx-ingress-controller']);
  assert.deepEqual(r.headers['x-forwarded-uri'], ['/app?q=1']);
  assert.deepEqual(r.headers['x-forwarded-method'], ['POST']);
  assert.deepEqual(r.headers['x-forwarded-host'], ['ext.test']);
  // "Connection: Foo" makes Foo a hop-by-hop header: not forwarded.
  assert.equal(r.headers.foo, undefined);
  // The backend sees neither the headers meant for the auth service nor the forged ones.
  const backend = evaluatedReply({ ...forged }, o).json!.headers;
  assert.equal(backend['x-sent-from'], undefined);
  assert.equal(backend['x-auth-request-redirect'], undefined);
  assert.equal(backend['x-original-url'], undefined);
});

test('a 2xx admits and copies auth-response-headers over the client\'s (an absent one removes it)', async () => {
  const m = model({ 'auth-url': 'http://10.0.0.9/check', 'auth-response-headers': 'X-User, Foo' });
  const { o } = await ask(m, { host: 'ext.test', path: '/', headers: { Foo: 'client', 'X-User': 'mallory' } }, { status: 204, headers: { 'x-user': ['alice'], 'set-cookie': ['s=1'] } });
  assert.equal(o.kind, 'proxied');
  const seen = evaluatedReply({ Foo: 'client', 'X-User': 'mallory' }, o);
  assert.equal(seen.json!.headers['x-user'], 'alice');
  assert.equal(seen.json!.headers.foo, undefined);
  // Traefik passes auth cookies only for names in addAuthCookiesToResponse (support row partial).
  assert.equal(seen.headers['set-cookie'], undefined);
});

test('any other answer is the client\'s, with the auth service\'s headers; an unreachable auth service is 500', async () => {
  const m = model({ 'auth-url': 'http://10.0.0.9/check' });
  for (const status of [401, 403, 404, 302, 503]) {
    const { o } = await ask(m, { host: 'ext.test', path: '/' }, { status, headers: { 'www-authenticate': ['Basic realm="x"'], location: ['/login'] } });
    assert.equal(o.status, status);
    assert.equal(o.responseHeaders?.['Www-Authenticate'], 'Basic realm="x"');
    assert.equal(o.responseHeaders?.Location, 'http://10.0.0.9/login');
  }
  assert.equal((await ask(m, { host: 'ext.test', path: '/' }, { status: 0, headers: {} })).o.status, 500);
  // The synchronous evaluation cannot ask: it says so rather than admitting.
  assert.throws(() => m.route({ host: 'ext.test', path: '/' }), /routeAsync/);
});

test('basic authentication runs before the auth service (nginx: auth_basic, then auth_request)', async () => {
  const users = `apiVersion: v1\nkind: Secret\nmetadata: {name: users, namespace: default}\nstringData: {auth: "foo:{SHA}Ys23Ag/5IOWqZCw9QGaVDdHwH00="}\n`;
  const r = compile([{ path: 'in.yaml', text: ingress({ 'auth-url': 'http://10.0.0.9/check', 'auth-type': 'basic', 'auth-secret': 'users' }) }, { path: 's.yaml', text: users }], { target: 'traefik' });
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  const m = new TraefikModel(readOutput(r.files).dynamic);
  const { o, seen } = await ask(m, { host: 'ext.test', path: '/' }, { status: 200, headers: {} });
  assert.equal(o.status, 401);
  assert.equal(seen.length, 0);
});

test('auth-signin, auth-always-set-cookie and a non-GET auth-method fail closed on Traefik, located', () => {
  const cases: [Record<string, string>, string, string][] = [
    [{ 'auth-url': 'http://10.0.0.9/check', 'auth-signin': 'http://$host/start' }, 'IC2101', 'auth-signin'],
    [{ 'auth-url': 'http://10.0.0.9/check', 'auth-always-set-cookie': 'true' }, 'IC2101', 'auth-always-set-cookie'],
    [{ 'auth-url': 'http://10.0.0.9/check', 'auth-method': 'POST' }, 'IC3071', 'auth-method'],
  ];
  for (const [annotations, code, key] of cases) {
    const r = compile([{ path: 'in.yaml', text: ingress(annotations) }], { target: 'traefik' });
    assert.equal(r.ok, false, key);
    const d = r.diagnostics.find((x) => x.code === code);
    assert.ok(d?.loc && d.loc.line > 0, `${key}: ${JSON.stringify(r.diagnostics)}`);
    assert.match(`${d.field ?? ''} ${d.message}`, new RegExp(key));
  }
});
