import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { parseRedirectUrl } from '../../src/emit/gateway-api/redirects.js';
import { modelOf } from '../gateway-api/output.js';
import { validateStream } from '../gateway-api/crd-validator.js';

const A = 'nginx.ingress.kubernetes.io/';

test('parseRedirectUrl: only URLs a RequestRedirect writes back verbatim', () => {
  assert.deepEqual(parseRedirectUrl('https://new.example.com:8443/landing/'), { scheme: 'https', hostname: 'new.example.com', port: 8443, path: '/landing/' });
  assert.deepEqual(parseRedirectUrl('http://a.example/x'), { scheme: 'http', hostname: 'a.example', path: '/x' });
  for (const bad of ['http://bare.example.com', 'HTTPS://a.example/x', 'https://A.example/x', 'https://a.example:443/x', 'http://a.example:80/x', 'http://a.example:443/x', 'https://a.example/x?q=1', 'https://a.example/x#f', 'ftp://a.example/x', 'https://a.example:70000/x', 'https://a.example/$request_uri'])
    assert.ok('problem' in parseRedirectUrl(bad), bad);
});

const ing = (name: string, annotations: Record<string, string>, paths: string[], tls = false): string =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\n  namespace: default\n  annotations:\n${Object.entries(annotations).map(([k, v]) => `    ${A}${k}: ${JSON.stringify(v)}`).join('\n') || '    x: "y"'}\nspec:\n  ingressClassName: nginx\n${tls ? '  tls:\n    - hosts: [s.example]\n      secretName: s\n' : ''}  rules:\n    - host: s.example\n      http:\n        paths:\n${paths.map((p) => `          - path: ${p}\n            pathType: Prefix\n            backend: { service: { name: echo, port: { number: 80 } } }`).join('\n')}\n`;

test('permanent-redirect: a RequestRedirect rule (scheme, hostname, port, ReplaceFullPath); a URL without path is IC3071 at the annotation', () => {
  const ok = compile([{ path: 'r.yaml', text: ing('r', { 'permanent-redirect': 'https://n.example:8443/to/', 'permanent-redirect-code': '303' }, ['/a']) }], { target: 'gateway-api', backends: ['default/echo:80=127.0.0.1:9'] });
  assert.ok(ok.ok, JSON.stringify(ok.diagnostics));
  for (const f of ok.files) assert.deepEqual(validateStream(f.content).problems, []);
  const o = modelOf(ok).route({ host: 's.example', path: '/a/b' }, 80);
  assert.deepEqual(o.kind === 'redirect' && [o.status, o.location], [303, 'https://n.example:8443/to/']);
  const bad = compile([{ path: 'r.yaml', text: ing('r', { 'permanent-redirect': 'https://n.example' }, ['/a']) }], { target: 'gateway-api', backends: ['default/echo:80=127.0.0.1:9'] });
  assert.equal(bad.ok, false);
  const d = bad.diagnostics.find((x) => x.code === 'IC3071');
  assert.ok(d?.loc?.line === 7, JSON.stringify(bad.diagnostics));
  const code = compile([{ path: 'r.yaml', text: ing('r', { 'permanent-redirect': 'https://n.example/x', 'permanent-redirect-code': '305' }, ['/a']) }], { target: 'gateway-api', backends: ['default/echo:80=127.0.0.1:9'] });
  // 300, 304–306 are refused by the provider already (IC2200): nginx sends no Location with them.
  assert.ok(code.diagnostics.some((x) => x.code === 'IC2200'));
});

test('ssl-redirect per location: the HTTP listener redirects only the paths whose Ingress redirects', () => {
  const r = compile(
    [
      { path: 'a.yaml', text: ing('secure', {}, ['/secure'], true) },
      { path: 'b.yaml', text: ing('open', { 'ssl-redirect': 'false' }, ['/open']) },
    ],
    { target: 'gateway-api', backends: ['default/echo:80=127.0.0.1:9'] },
  );
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  for (const f of r.files) assert.deepEqual(validateStream(f.content).problems, []);
  const m = modelOf(r);
  const open = m.route({ host: 's.example', path: '/open' }, 80);
  assert.equal(open.kind, 'proxied');
  const secure = m.route({ host: 's.example', path: '/secure/x' }, 80);
  assert.deepEqual(secure.kind === 'redirect' && [secure.status, secure.location], [308, 'https://s.example/secure/x']);
  const other = m.route({ host: 's.example', path: '/elsewhere' }, 80);
  assert.equal(other.kind, 'redirect', 'the fallback follows the host\'s first Ingress (secure, which redirects)');
  assert.equal(m.route({ host: 's.example', path: '/secure/x', https: true }, 443).kind, 'proxied');
});

test('IC4509: the HTTPS redirect keeps the final "/" ingress-nginx drops: a warning at the redirecting path, none with preserve-trailing-slash', () => {
  const opts = { target: 'gateway-api' as const, backends: ['default/echo:80=127.0.0.1:9'] };
  const kept = compile([{ path: 'a.yaml', text: ing('secure', {}, ['/secure'], true) }], opts);
  assert.ok(kept.ok, JSON.stringify(kept.diagnostics));
  const w = kept.diagnostics.filter((x) => x.code === 'IC4509');
  assert.equal(w.length, 1, JSON.stringify(kept.diagnostics));
  assert.equal(w[0]!.severity, 'warning');
  assert.equal(w[0]!.loc?.file, 'a.yaml');
  assert.ok(w[0]!.loc?.line !== undefined);
  // What it reports is what the output does: the Location keeps the "/".
  const o = modelOf(kept).route({ host: 's.example', path: '/secure/x/' }, 80);
  assert.deepEqual(o.kind === 'redirect' && o.location, 'https://s.example/secure/x/');
  const forced = compile([{ path: 'a.yaml', text: ing('f', { 'force-ssl-redirect': 'true' }, ['/a']) }, { path: 'b.yaml', text: ing('p', {}, ['/b']) }], opts);
  assert.ok(forced.diagnostics.some((x) => x.code === 'IC4509' && x.loc?.file === 'a.yaml'), JSON.stringify(forced.diagnostics));
  const preserved = compile([{ path: 'a.yaml', text: ing('secure', { 'preserve-trailing-slash': 'true' }, ['/secure'], true) }], opts);
  assert.ok(preserved.ok);
  assert.deepEqual(preserved.diagnostics.filter((x) => x.code === 'IC4509'), []);
  const plain = compile([{ path: 'a.yaml', text: ing('plain', {}, ['/x']) }], opts);
  assert.deepEqual(plain.diagnostics.filter((x) => x.code === 'IC4509'), []);
});
