import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { compile, type CompileResult } from '../../src/index.js';
import { dnsName } from '../../src/emit/gateway-api/names.js';
import { validateStream } from '../gateway-api/crd-validator.js';
import { checkGatewayApi } from '../gateway-api/oracle.js';
import { certificateCN, modelOf, readObjects } from '../gateway-api/output.js';
import { runCli } from '../helpers/cli.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';

const ing = (name: string, spec: string, ns = 'default') => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\n  namespace: ${ns}\nspec:\n${spec}`;
const path = (p: string, type: string, svc: string, port = 'number: 80') => `      - path: ${p}\n        pathType: ${type}\n        backend:\n          service:\n            name: ${svc}\n            port:\n              ${port}\n`;
const rule = (host: string | undefined, paths: string) => `  - ${host ? `host: "${host}"\n    ` : ''}http:\n      paths:\n${paths}`;

function gw(sources: { path: string; text: string }[], opts: Record<string, unknown> = {}): CompileResult {
  const r = compile(sources, { target: 'gateway-api', ...opts });
  assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
  for (const f of r.files) assert.deepEqual(validateStream(f.content).problems, [], f.path);
  return r;
}
const objects = (r: CompileResult) => readObjects(r.files) as unknown as { kind: string; metadata: { name: string; namespace: string }; spec: Record<string, any> }[];

test('*.example.com and example.com get distinct listeners and routes, and route apart', () => {
  const text = ing('a', `  tls:\n  - hosts: ["example.com", "*.example.com"]\n    secretName: s\n  rules:\n${rule('example.com', path('/', 'Prefix', 'apex'))}${rule('*.example.com', path('/', 'Prefix', 'wild'))}`);
  const r = gw([{ path: 'a.yaml', text }, { path: 's.yaml', text: tlsSecretYaml('s', { hosts: ['example.com', '*.example.com'] }) }]);
  const o = objects(r);
  const listeners = o.find((x) => x.kind === 'Gateway')!.spec.listeners.map((l: { name: string }) => l.name);
  assert.deepEqual(listeners, ['http', 'https', 'https.h.example.com', 'https.w.example.com']);
  const routes = o.filter((x) => x.kind === 'HTTPRoute').map((x) => x.metadata.name).sort();
  assert.deepEqual(routes, ['ingressc.h.example.com', 'ingressc.redirect.h.example.com', 'ingressc.redirect.w.example.com', 'ingressc.w.example.com']);
  const m = modelOf(r);
  const apex = m.route({ host: 'example.com', path: '/', https: true }, 443);
  const sub = m.route({ host: 'a.example.com', path: '/', https: true }, 443);
  assert.equal(apex.kind === 'proxied' && apex.backend.name, 'apex');
  assert.equal(sub.kind === 'proxied' && sub.backend.name, 'wild');
  assert.equal(apex.listener, 'https.h.example.com');
  assert.equal(sub.listener, 'https.w.example.com');
  const redirect = m.route({ host: 'example.com:80', path: '/x?y=1' }, 80);
  assert.deepEqual([redirect.kind, redirect.status, redirect.kind === 'redirect' && redirect.location], ['redirect', 308, 'https://example.com/x?y=1']);
});

test('past 64 listeners: ListenerSets attached to the Gateway, routes and certificates still right', () => {
  const hosts = Array.from({ length: 70 }, (_, i) => `h${String(i).padStart(2, '0')}.test`);
  const text = ing('many', `  tls:\n${hosts.map((h) => `  - hosts: ["${h}"]\n    secretName: s-${h.slice(0, 3)}\n`).join('')}  rules:\n${hosts.map((h) => rule(h, path('/', 'Prefix', `svc-${h.slice(0, 3)}`))).join('')}`);
  const secrets = hosts.map((h, i) => ({ path: `s${i}.yaml`, text: tlsSecretYaml(`s-${h.slice(0, 3)}`, { hosts: [h] }) }));
  const r = gw([{ path: 'many.yaml', text }, ...secrets]);
  const o = objects(r);
  const g = o.find((x) => x.kind === 'Gateway')!;
  assert.equal(g.spec.listeners.length, 64);
  assert.deepEqual(g.spec.allowedListeners, { namespaces: { from: 'Same' } });
  const sets = o.filter((x) => x.kind === 'ListenerSet');
  assert.equal(sets.length, 1);
  assert.equal(sets[0]!.spec.listeners.length, 72 - 64);
  const m = modelOf(r);
  for (const h of hosts) {
    const a = m.route({ host: h, path: '/x', https: true }, 443);
    assert.equal(a.kind === 'proxied' && a.backend.name, `svc-${h.slice(0, 3)}`, h);
    assert.equal(certificateCN(r, a.certificate), h, `${h}: certificate`);
  }
});

test('a host with more paths than one HTTPRoute holds continues in further routes, same answers', () => {
  const paths = Array.from({ length: 150 }, (_, i) => path(`/p${i}`, i % 3 ? 'Prefix' : 'Exact', `s${i % 20}`)).join('');
  const r = gw([{ path: 'big.yaml', text: ing('big', `  rules:\n${rule('big.test', paths)}`) }]);
  const routes = objects(r).filter((x) => x.kind === 'HTTPRoute');
  assert.ok(routes.length >= 2, `${routes.length} routes`);
  assert.ok(routes.some((x) => x.metadata.name === 'ingressc.h002.big.test'));
  const m = modelOf(r);
  for (let i = 0; i < 150; i++) {
    const a = m.route({ host: 'big.test', path: `/p${i}${i % 3 ? '/sub' : ''}` }, 80);
    assert.equal(a.kind === 'proxied' && a.backend.name, `s${i % 20}`, `/p${i}`);
  }
  assert.equal(m.route({ host: 'big.test', path: '/p0/sub' }, 80).status, 404); // Exact only
});

test('continuation routes are named in rule order (routes of one hostname tie-break by name), for every host kind', () => {
  // 200 Services: 200 rules, 13 routes of 16 rules; "p10" must not sort before "p2".
  const paths = Array.from({ length: 200 }, (_, i) => path(`/p${i}`, 'Prefix', `s${i}`)).join('');
  for (const host of ['big.test', '*.big.test', undefined]) {
    const r = gw([{ path: 'big.yaml', text: ing('big', `  rules:\n${rule(host, paths)}`) }]);
    const names = objects(r).filter((x) => x.kind === 'HTTPRoute').map((x) => x.metadata.name);
    assert.equal(names.length, 13, names.join());
    assert.deepEqual([...names].sort(), names, `${host}: ${names.join()}`);
    assert.equal(new Set(names).size, names.length);
    assert.ok(names[12]!.includes('013'), names[12]);
  }
});

test('names stay valid and distinct for long hosts', () => {
  const long = `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(55)}.test`;
  const long2 = `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(55)}.tesu`;
  assert.ok(long.length <= 253);
  const r = gw([{ path: 'l.yaml', text: ing('l', `  rules:\n${rule(long, path('/', 'Prefix', 'a'))}${rule(long2, path('/', 'Prefix', 'b'))}`) }]);
  const names = objects(r).filter((x) => x.kind === 'HTTPRoute').map((x) => x.metadata.name);
  assert.equal(new Set(names).size, 2);
  for (const n of names) assert.ok(n.length <= 253, n);
  assert.notEqual(dnsName('x', long), dnsName('x', long2));
});

test('--gateway in another namespace: ReferenceGrants for the Secret (from the Gateway) and the Services (from HTTPRoutes)', () => {
  const text = ing('a', `  tls:\n  - hosts: ["a.test"]\n    secretName: s\n  rules:\n${rule('a.test', path('/', 'Prefix', 'web'))}`, 'shop');
  const r = gw([{ path: 'a.yaml', text }, { path: 's.yaml', text: tlsSecretYaml('s', { namespace: 'shop', hosts: ['a.test'] }) }], { gateway: 'edge/public', gatewayClass: 'eg' });
  const o = objects(r);
  const g = o.find((x) => x.kind === 'Gateway')!;
  assert.deepEqual([g.metadata, g.spec.gatewayClassName], [{ name: 'public', namespace: 'edge' }, 'eg']);
  assert.deepEqual(g.spec.listeners[1].tls.certificateRefs, [{ name: 's', namespace: 'shop' }]);
  const grants = o.filter((x) => x.kind === 'ReferenceGrant').map((x) => [x.metadata.namespace, x.metadata.name, x.spec.from.map((f: { kind: string }) => f.kind).join(), x.spec.to.map((t: { kind: string; name: string }) => `${t.kind}/${t.name}`).join()]);
  assert.deepEqual(grants, [
    ['shop', 'secrets.edge.public', 'Gateway', 'Secret/s'],
    ['shop', 'services.edge.public', 'HTTPRoute', 'Service/web'],
  ]);
  for (const x of o.filter((y) => y.kind === 'HTTPRoute')) assert.equal(x.metadata.namespace, 'edge');
  assert.deepEqual(r.files.map((f) => f.path), ['gateway.yaml', 'httproutes.yaml', 'referencegrants.yaml']);
});

test('backendRefs carry the Service port number; a port name no Service resolves is IC4501 at the backend', () => {
  const text = ing('nn', `  rules:\n${rule('n.test', path('/', 'Prefix', 'web', 'name: http'))}`);
  const svc = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: default\nspec:\n  ports:\n  - name: http\n    port: 8080\n';
  const ok = gw([{ path: 'n.yaml', text }, { path: 'svc.yaml', text: svc }]);
  assert.match(ok.files.find((f) => f.path === 'httproutes.yaml')!.content, /port: 8080/);
  const bad = compile([{ path: 'n.yaml', text }], { target: 'gateway-api', backends: ['default/web:http=10.0.0.1:80'] });
  assert.equal(bad.ok, false);
  const d = bad.diagnostics.find((x) => x.code === 'IC4501')!;
  assert.ok(d?.loc && d.loc.file === 'n.yaml' && d.loc.line > 0, JSON.stringify(bad.diagnostics));
});

test('the redirect keeps a non-standard HTTPS port and leaves 443 implicit', () => {
  const text = ing('t', `  tls:\n  - hosts: ["t.test"]\n    secretName: s\n  rules:\n${rule('t.test', path('/', 'Prefix', 'web'))}`);
  const src = [{ path: 't.yaml', text }, { path: 's.yaml', text: tlsSecretYaml('s', { hosts: ['t.test'] }) }];
  const redirect = (r: CompileResult) => objects(r).find((x) => x.metadata.name.includes('.redirect.'))!.spec.rules[0].filters[0].requestRedirect;
  assert.deepEqual(redirect(gw(src)), { scheme: 'https', statusCode: 308 });
  assert.deepEqual(redirect(gw(src, { listenHttps: '0.0.0.0:8443' })), { scheme: 'https', port: 8443, statusCode: 308 });
  assert.equal(objects(gw(src, { sslRedirect: false })).some((x) => x.metadata.name.includes('.redirect.')), false);
});

test('byte-stable: the same output for inputs in another order, and warnings name the widened wildcard and the implementation-dependent 404', () => {
  const a = { path: 'a.yaml', text: ing('a', `  rules:\n${rule('*.w.test', path('/', 'Prefix', 'wild'))}`) };
  const b = { path: 'b.yaml', text: ing('b', `  rules:\n${rule('x.test', path('/only', 'Exact', 'only'))}${rule(undefined, path('/', 'Prefix', 'def'))}`) };
  const r1 = gw([a, b]);
  const r2 = gw([b, a]);
  assert.deepEqual(r1.files, r2.files);
  assert.equal(r1.stdout, r2.stdout);
  const codes = r1.diagnostics.map((d) => `${d.code} ${d.loc?.file ?? ''}`);
  assert.ok(codes.includes('IC4502 a.yaml'), codes.join());
  assert.ok(codes.includes('IC4503 b.yaml'), codes.join());
  // What IC4503 warns about: the two hostname models differ exactly there.
  const strict = modelOf(r1).route({ host: 'x.test', path: '/other' }, 80);
  const literal = modelOf(r1, { fallThrough: true }).route({ host: 'x.test', path: '/other' }, 80);
  assert.equal(strict.status, 404);
  assert.equal(literal.kind === 'proxied' && literal.backend.name, 'def');
});

test('CLI: one valid YAML stream on stdout, one file per kind with --out, and diff', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingressc-gw-'));
  try {
    const out = runCli(['compile', 'fixtures/cafe/', '--target', 'gateway-api', '--gateway', 'infra/edge']);
    assert.equal(out.code, 0, out.err);
    assert.deepEqual(validateStream(out.out).problems, []);
    const kinds = parseAllDocuments(out.out).map((d) => (d.toJS() as { kind: string }).kind);
    assert.deepEqual([...new Set(kinds)], ['Gateway', 'HTTPRoute', 'ReferenceGrant']);
    const w = runCli(['compile', 'fixtures/cafe/', '--target', 'gateway-api', '--out', join(dir, 'out')]);
    assert.equal(w.code, 0, w.err);
    assert.deepEqual(readdirSync(join(dir, 'out')).filter((f) => f !== '.ingressc').sort(), ['gateway.yaml', 'httproutes.yaml']);
    const old = join(dir, 'old.yaml');
    const neu = join(dir, 'new.yaml');
    writeFileSync(old, ing('d', `  rules:\n${rule('d.test', path('/a', 'Prefix', 'web'))}`));
    writeFileSync(neu, ing('d', `  rules:\n${rule('d.test', path('/b', 'Prefix', 'web'))}`));
    const d = runCli(['diff', old, neu, '--target', 'gateway-api']);
    assert.equal(d.code, 1, d.err);
    assert.match(d.out, /\+ d\.test\/b \(Prefix\)/);
    assert.match(d.out, /^-\s+value: "\/a"$/m);
    assert.match(d.out, /^\+\s+value: "\/b"$/m);
    assert.equal(runCli(['compile', 'fixtures/cafe/', '--target', 'gateway-api', '--gateway', 'Bad/x']).code, 2);
    void readFileSync;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the fuzz oracle tells redirect routes by their filter, not by name (a host may be called redirect.*)', () => {
  const text = ing('r', `  tls:\n  - hosts: ["redirect.test"]\n    secretName: s\n  rules:\n${rule('redirect.test', path('/a', 'Exact', 'web'))}`);
  const r = gw([{ path: 'r.yaml', text }, { path: 's.yaml', text: tlsSecretYaml('s', { hosts: ['redirect.test'] }) }]);
  assert.deepEqual(checkGatewayApi(r.ir!, r.files), []);
  assert.ok(objects(r).some((x) => x.metadata.name === 'ingressc.redirect.h.redirect.test'));
});

test('an ExternalName Service is named in backendRefs with IC4511 (the spec: implementations SHOULD NOT follow it), once per Service', () => {
  const svc = (name: string, spec: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: default\nspec:\n${spec}`;
  const text = ing('a', `  rules:\n${rule('a.test', path('/', 'Prefix', 'ext') + path('/grpc', 'Prefix', 'ext', 'number: 81') + path('/in', 'Prefix', 'inside'))}`);
  const r = gw([{ path: 'a.yaml', text }, { path: 's.yaml', text: `${svc('ext', '  type: ExternalName\n  externalName: api.example.com\n')}---\n${svc('inside', '  ports:\n  - port: 80\n')}` }]);
  const warned = r.diagnostics.filter((d) => d.code === 'IC4511');
  assert.deepEqual(warned.map((d) => [d.severity, d.message.split(':')[0]]), [['warning', 'Service default/ext is type ExternalName']]);
  assert.ok(warned[0]!.loc, 'located');
  const refs = objects(r).filter((o) => o.kind === 'HTTPRoute').flatMap((o) => o.spec.rules.flatMap((x: { backendRefs?: { name: string }[] }) => (x.backendRefs ?? []).map((b) => b.name)));
  assert.deepEqual([...new Set(refs)].sort(), ['ext', 'inside']);
  // The other targets proxy to the name itself: no such warning there.
  for (const target of ['nginx', 'envoy'] as const) assert.ok(!compile([{ path: 'a.yaml', text }, { path: 's.yaml', text: svc('ext', '  type: ExternalName\n  externalName: api.example.com\n') + '---\n' + svc('inside', '  ports:\n  - port: 80\n') }], { target }).diagnostics.some((d) => d.code === 'IC4511'));
});
