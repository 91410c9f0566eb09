// IC3072: a policy not yet proven on string-prefix and regex routes (lower/lower.ts ON_EVERY_ROUTE_KIND)
// is refused there rather than emitted open; the proven ones (source ranges, body size) are accepted.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { BAR_HASHES, secretYaml } from '../conformance/ingress-nginx/auth-cases.js';

const ingress = (annotations: Record<string, string>, path: string, pathType: string): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: a, namespace: default, annotations: ${JSON.stringify(annotations)}}
spec:
  ingressClassName: nginx
  rules:
  - host: a.test
    http: {paths: [{path: ${JSON.stringify(path)}, pathType: ${pathType}, backend: {service: {name: s, port: {number: 80}}}}]}
`;
const A = 'nginx.ingress.kubernetes.io/';
const users = secretYaml('users', { auth: `foo:${BAR_HASHES.apr1}\n` });
const run = (annotations: Record<string, string>, path: string, pathType: string) =>
  compile([{ path: 'a.yaml', text: ingress(annotations, path, pathType) }, { path: 'users.yaml', text: users }], { target: 'nginx', backends: ['default/s:80=127.0.0.1:9'] });

test('basic authentication on a regex route and on a string-prefix route is refused (IC3072), located at the path', () => {
  for (const [path, pathType, extra] of [
    ['/api/v[0-9]+', 'ImplementationSpecific', { [`${A}use-regex`]: 'true' }],
    ['/adm', 'ImplementationSpecific', {}],
  ] as const) {
    const r = run({ [`${A}auth-type`]: 'basic', [`${A}auth-secret`]: 'users', ...extra }, path, pathType);
    assert.equal(r.ok, false, path);
    const d = r.diagnostics.find((x) => x.code === 'IC3072');
    assert.ok(d, `${path}: ${JSON.stringify(r.diagnostics.map((x) => x.code))}`);
    assert.equal(d.loc?.line, 8);
    assert.match(d.message, /basicAuth/);
  }
});

test('the same authentication on a Prefix route compiles; source ranges on a regex route compile', () => {
  assert.ok(run({ [`${A}auth-type`]: 'basic', [`${A}auth-secret`]: 'users' }, '/adm', 'Prefix').ok);
  const r = run({ [`${A}use-regex`]: 'true', [`${A}whitelist-source-range`]: '10.0.0.0/8' }, '/api/v[0-9]+', 'ImplementationSpecific');
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
});
