/** Source-range annotations: the CIDR grammar (as ingress-nginx's net.ParseIPNets), located errors, the alias rule. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile } from '../../src/index.js';
import { parseSourceRange } from '../../src/providers/ingress-nginx/source-range.js';

const ing = (annotations: Record<string, string>, defaultBackend = false): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: app
  annotations:
${Object.entries(annotations).map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: ${JSON.stringify(v)}\n`).join('')}spec:
${defaultBackend ? '  defaultBackend: {service: {name: dflt, port: {number: 80}}}\n' : ''}  rules:
  - host: a.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
`;
const run = (text: string, target: 'nginx' | 'haproxy' | 'envoy' | 'traefik' = 'nginx') => compile([{ path: 'in.yaml', text }], { target });

describe('parseSourceRange', () => {
  test('normalises as the controller: trimmed, network masked, single addresses as /32 and /128, sorted, unique', () => {
    assert.deepEqual(parseSourceRange(' 18.0.0.1/8 ,56.0.0.1, 10.1.2.3/32,18.9.9.9/8'), { cidrs: ['10.1.2.3/32', '18.0.0.0/8', '56.0.0.1/32'] });
    assert.deepEqual(parseSourceRange('2001:DB8:0:0:1::1/64, ::1, 0.0.0.0/0'), { cidrs: ['0.0.0.0/0', '2001:db8::/64', '::1/128'] });
    assert.deepEqual(parseSourceRange('2001:db8:0:1:0:0:0:0/128'), { cidrs: ['2001:db8:0:1::/128'] });
    assert.deepEqual(parseSourceRange('::ffff:10.0.0.1/120'), { cidrs: ['::ffff:a00:0/120'] });
  });

  test('one bad entry rejects the whole value, naming the entry', () => {
    for (const bad of ['', '10.0.0.0/8,', 'a.b.c.d', '10.0.0.0/33', '10.0.0.0/08', '010.0.0.1', '10.0.0.0/ 8', '10.0.0.0/8 1.1.1.1', 'fe80::1%eth0', '::/129', '10.0.0.0/8;deny all', '1.2.3.4/-1'])
      assert.ok('error' in parseSourceRange(bad), bad);
    const r = parseSourceRange('10.0.0.0/8, 300.1.1.1');
    assert.ok('error' in r && r.error.startsWith('"300.1.1.1" is not an IP address or CIDR'), JSON.stringify(r));
  });
});

describe('source-range annotations in a compile', () => {
  test('an invalid list is IC2140, located at the annotation, on every target', () => {
    for (const target of ['nginx', 'haproxy', 'envoy', 'traefik'] as const) {
      const r = run(ing({ 'allowlist-source-range': '10.0.0.0/8, nope' }), target);
      assert.equal(r.ok, false);
      const d = r.diagnostics.find((x) => x.code === 'IC2140');
      assert.deepEqual([d?.loc?.line, d?.loc?.col, d?.field], [6, 5, 'metadata.annotations["nginx.ingress.kubernetes.io/allowlist-source-range"]']);
      assert.match(d!.message, /"nope" is not an IP address or CIDR/);
    }
  });

  test('the IR carries the normalised lists on the Ingress\'s routes; the alias is ignored with a warning when allowlist is set', () => {
    const r = run(ing({ 'allowlist-source-range': '10.0.0.1/8', 'denylist-source-range': '10.1.0.0/16', 'whitelist-source-range': '192.168.0.0/16' }));
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.deepEqual(r.ir!.vhosts[0]!.prefix[0]!.policies, { sourceAllow: ['10.0.0.0/8'], sourceDeny: ['10.1.0.0/16'] });
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC2141').map((d) => d.loc?.line), [8]);
    const alias = run(ing({ 'whitelist-source-range': '192.168.0.0/16' }));
    assert.deepEqual(alias.ir!.vhosts[0]!.prefix[0]!.policies, { sourceAllow: ['192.168.0.0/16'] });
  });

  test('a restricted Ingress\'s defaultBackend is refused (IC3070): its fallback would be open', () => {
    const r = run(ing({ 'allowlist-source-range': '10.0.0.0/8' }, true));
    assert.equal(r.ok, false);
    assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), ['IC3070']);
  });

  test('each target writes the lists through its own checks: nginx quoted, HAProxy pattern files, Envoy RBAC, Traefik ipAllowList', () => {
    const text = ing({ 'allowlist-source-range': '10.0.0.0/8, 2001:db8::/32', 'denylist-source-range': '10.1.0.0/16' });
    const file = (target: 'nginx' | 'haproxy' | 'envoy', path: string) => run(text, target).files.find((f) => f.path === path)!.content;
    assert.match(file('nginx', 'nginx.conf'), /deny "10\.1\.0\.0\/16";\n\s+allow "10\.0\.0\.0\/8";\n\s+allow "2001:db8::\/32";\n\s+deny all;\n\s+(set \S+ "web\.default\.svc\.cluster\.local:80";\n\s+)?proxy_pass/);
    assert.equal(file('haproxy', 'acl/p1.allow.lst'), '10.0.0.0/8\n2001:db8::/32\n');
    assert.match(file('haproxy', 'haproxy.cfg'), /backend p1\.be_default_web_80\n(?:\s+(?:retries|option|retry-on|http-request disable-l7-retry) .*\n)*\s+http-request deny deny_status 403 if \{ src -f acl\/p1\.deny\.lst \}\n\s+http-request deny deny_status 403 unless \{ src -f acl\/p1\.allow\.lst \}\n/);
    assert.match(file('envoy', 'envoy.json'), /"remote_ip": \{\n\s+"address_prefix": "2001:db8::",\n\s+"prefix_len": 32/);
    const t = run(ing({ 'allowlist-source-range': '::1, 10.0.0.0/8' }), 'traefik').files.find((f) => f.path === 'traefik.yaml')!.content;
    assert.match(t, /ingressc-allow-1:\n\s+ipAllowList:\n\s+sourceRange:\n\s+- 10\.0\.0\.0\/8\n\s+- "::1\/128"\n\s+rejectStatusCode: 403/);
  });
});
