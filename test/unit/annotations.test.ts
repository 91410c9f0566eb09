/**
 * The ingress-nginx annotation provider and the fail-closed rule (src/providers/, lower/annotation-support.ts):
 * every access-control annotation is enforced or compile fails, located at the annotation.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, type TargetName } from '../../src/index.js';
import { TARGETS } from '../../src/options.js';
import { NGINX_ANNOTATIONS } from '../../src/providers/ingress-nginx/keys.js';
import { supportOf, unsupportedWhy } from '../../src/providers/ingress-nginx/support.js';
import { WHY_NOT } from '../../src/providers/ingress-nginx/support-rows/why-not.js';
import { parseGoBool } from '../../src/providers/ingress-nginx/parse-bool.js';
import { runCli } from '../helpers/cli.js';

/** Ingress "app" (host a.test, "/" and "/admin") with annotations on lines 6.. (one per line, col 5). */
const ingress = (annotations: Record<string, string>, extra = ''): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: app
  annotations:
${Object.entries(annotations).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}\n`).join('')}spec:${extra}
  rules:
  - host: a.test
    http:
      paths:
      - path: /admin
        pathType: Prefix
        backend:
          service:
            name: admin
            port:
              number: 80
`;
const PUBLIC = `---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: public
spec:
  rules:
  - host: a.test
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: web
            port:
              number: 80
`;
// An explicit resolver: compile's IC5021 (which resolver cluster names go to) is not what these tests are about.
const run = (text: string, target: TargetName, skip: string[] = []) => compile([{ path: 'in.yaml', text }], { target, skipAnnotations: skip, resolver: '10.96.0.10' });
const codes = (r: ReturnType<typeof run>) => r.diagnostics.map((d) => d.code);

const ACCESS = NGINX_ANNOTATIONS.filter((a) => a.kind === 'access');
/** A valid value of each access key whose grammar is not a CIDR list (the families' own). */
const VALID: Readonly<Record<string, string>> = {
  'auth-type': 'basic',
  'auth-secret': 'users',
  'auth-secret-type': 'auth-file',
  'auth-realm': 'Protected',
  'auth-url': 'http://auth.example:9000/check',
  'auth-method': 'GET',
  'auth-signin': 'https://$host/oauth2/start',
  'auth-signin-redirect-param': 'rd',
  'auth-response-headers': 'X-User',
  'auth-request-redirect': '/welcome',
  'auth-proxy-set-headers': 'default/auth-headers',
  satisfy: 'any',
  'auth-tls-error-page': 'https://example.com/error',
  'auth-tls-match-cn': 'CN=client',
  'auth-tls-secret': 'default/ca',
  'auth-tls-verify-client': 'on',
  'auth-tls-verify-depth': '1',
  'limit-burst-multiplier': '1',
  'limit-connections': '1',
  'limit-rate': '1',
  'limit-rate-after': '1',
  'limit-rpm': '1',
  'limit-rps': '1',
};
const valueFor = (bool: true | undefined, key: string) => (bool ? 'true' : VALID[key] ?? '10.0.0.0/8');

describe('fail closed: access-control annotations', () => {
  test('every access-control key is enforced by a target or fails compile there, located at the key', () => {
    // The external-auth cache and keepalive keys are tuning (keys.ts).
    assert.ok(ACCESS.length >= 32, `access keys: ${ACCESS.length}`);
    for (const a of ACCESS) {
      const key = `nginx.ingress.kubernetes.io/${a.key}`;
      for (const target of TARGETS) {
        const r = run(ingress({ [key]: valueFor(a.bool, a.key) }) + PUBLIC, target);
        if (supportOf(a.key, target)) continue; // enforced: proven by that target's live tests
        assert.equal(r.ok, false, `${key} on ${target} must fail`);
        assert.equal(r.files.length, 0);
        const d = r.diagnostics.find((x) => x.code === 'IC2101');
        assert.ok(d, `${key} on ${target}: IC2101`);
        assert.deepEqual([d.loc?.file, d.loc?.line, d.loc?.col, d.target], ['in.yaml', 6, 5, target]);
        assert.match(d.message, new RegExp(`restricts who may reach the routes of default/app, and ingressc cannot enforce it on ${target}`));
      }
    }
  });

  test('the CLI exits 1 and names file:line:col, the annotation and the way out', () => {
    const r = runCli(['compile', '-', '--target', 'traefik'], { input: ingress({ 'nginx.ingress.kubernetes.io/limit-rate': '1024' }) });
    assert.equal(r.code, 1);
    assert.match(r.err, /<stdin>:6:5: error IC2101 \[traefik\] annotation nginx\.ingress\.kubernetes\.io\/limit-rate \(bandwidth\)/);
    assert.match(r.err, /--skip-annotation/);
    assert.equal(r.out, '');
  });

  test('--skip-annotation KEY leaves the protected Ingress\'s routes out; other Ingresses compile', () => {
    // An access key no target enforces (ModSecurity).
    const key = 'nginx.ingress.kubernetes.io/enable-modsecurity';
    for (const target of TARGETS) {
      const r = run(ingress({ [key]: 'true' }) + PUBLIC, target, [key]);
      assert.ok(r.ok, `${target}: ${JSON.stringify(r.diagnostics)}`);
      assert.ok(codes(r).includes('IC2108'));
      const routes = r.ir!.vhosts.flatMap((v) => [...v.exact, ...v.prefix]);
      assert.deepEqual(routes.map((x) => `${x.ingress} ${x.path}`), ['default/public /'], target);
      // caddy.json's own top-level "admin" key (the admin endpoint, off) is not the withheld Service.
      const text = (f: { content: string }) => (target === 'caddy' ? f.content.replace(/^ {2}"admin": \{"disabled": true, "config": \{"persist": false\}\},$/m, '') : f.content);
      assert.ok(!r.files.some((f) => text(f).includes('admin')), `${target}: no trace of the withheld backend`);
    }
  });

  test('another controller\'s access control (nginx.org/basic-auth-secret) is an error, not silence', () => {
    const r = run(ingress({ 'nginx.org/basic-auth-secret': 'htpasswd', 'alb.ingress.kubernetes.io/inbound-cidrs': '10.0.0.0/8' }), 'nginx');
    assert.equal(r.ok, false);
    const ds = r.diagnostics.filter((d) => d.code === 'IC2107');
    assert.deepEqual(ds.map((d) => d.loc?.line), [6, 7]);
    assert.match(ds[0]!.message, /^nginx\.org\/basic-auth-secret restricts access for NGINX Inc\. kubernetes-ingress \(nginx\.org\); ingressc does not interpret it/);
    assert.match(ds[1]!.message, /restricts access for AWS Load Balancer Controller/);
  });

  test('an Ingress of another class is not compiled, so its annotations do not fail the compile', () => {
    const r = compile([{ path: 'in.yaml', text: ingress({ 'nginx.ingress.kubernetes.io/auth-url': 'http://x/' }, '\n  ingressClassName: other') + PUBLIC.replace('spec:\n', 'spec:\n  ingressClassName: mine\n') }], { ingressClass: 'mine' });
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
  });
});

describe('routing and tuning annotations', () => {
  test('a routing annotation no target honours yet is an error; skipped, it is a warning and routes stay', () => {
    const text = ingress({ 'nginx.ingress.kubernetes.io/fastcgi-index': 'index.php' });
    for (const target of TARGETS) {
      const r = run(text, target);
      assert.equal(r.ok, false);
      assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC2102').map((d) => [d.loc?.line, d.loc?.col]), [[6, 5]]);
      const s = run(text, target, ['nginx.ingress.kubernetes.io/fastcgi-index']);
      assert.ok(s.ok);
      assert.ok(codes(s).includes('IC2109'));
      assert.equal(s.ir!.vhosts[0]!.prefix.length, 1);
    }
  });

  test('a tuning annotation warns once per key and target, however many Ingresses use it', () => {
    // Envoy has no per-write timeout: proxy-send-timeout stays a warning there.
    const key = 'nginx.ingress.kubernetes.io/proxy-send-timeout';
    const text = ingress({ [key]: '30' }) + PUBLIC.replace('name: public', 'name: two\n  annotations:\n    ' + key + ': "40"').replace('path: /', 'path: /two') + PUBLIC.replace('name: public', 'name: three\n  annotations:\n    ' + key + ': "50"').replace('path: /', 'path: /three');
    const r = run(text, 'envoy');
    assert.ok(r.ok);
    const ds = r.diagnostics.filter((d) => d.code === 'IC2103');
    assert.equal(ds.length, 1);
    assert.match(ds[0]!.message, /not applied on envoy \(here and in 2 more places\)/);
  });

  test('a switch set to off changes nothing, so every target accepts it; set to on, a target without a row fails', () => {
    const off = { 'nginx.ingress.kubernetes.io/ssl-passthrough': 'false', 'nginx.ingress.kubernetes.io/enable-cors': 'False', 'nginx.ingress.kubernetes.io/use-regex': '0' };
    for (const target of TARGETS) {
      const r = run(ingress(off) + PUBLIC, target);
      assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), [], target);
      for (const [key, name] of [['nginx.ingress.kubernetes.io/ssl-passthrough', 'ssl-passthrough'], ['nginx.ingress.kubernetes.io/enable-cors', 'enable-cors']] as const) {
        if (supportOf(name, target)) continue;
        const on = run(ingress({ ...off, [key]: 'true' }) + PUBLIC, target);
        assert.ok(on.diagnostics.some((d) => d.code === 'IC2102' && d.message.includes(key)), `${key}: "true" on ${target}`);
      }
    }
  });

  test('where the matrix says why a target has no row, the diagnostic says it too; every such note names a registry key', () => {
    const r = run(ingress({ 'nginx.ingress.kubernetes.io/limit-rps': '5' }) + PUBLIC, 'caddy');
    const d = r.diagnostics.find((x) => x.code === 'IC2101');
    assert.match(d?.message ?? '', /cannot enforce it on caddy: Caddy's standard build has no rate or connection limit handler .*; the output would serve them to everyone/);
    const keys = new Set(NGINX_ANNOTATIONS.map((a) => a.key));
    assert.deepEqual(Object.keys(WHY_NOT).filter((k) => !keys.has(k)), []);
    for (const [key, whys] of Object.entries(WHY_NOT))
      for (const t of Object.keys(whys) as TargetName[]) if (!supportOf(key, t)) assert.equal(unsupportedWhy(key, t), whys[t] ?? unsupportedWhy(key, t), `${key} ${t}`);
  });

  test('unused --skip-annotation is reported', () => {
    assert.ok(codes(run(PUBLIC, 'nginx', ['nginx.ingress.kubernetes.io/auth-url'])).includes('IC2110'));
  });
});

describe('reading annotations', () => {
  test('unknown, stale and other controllers\' keys are located warnings; cert-manager and friends pass', () => {
    const r = run(
      ingress({
        'nginx.ingress.kubernetes.io/rewrite-targett': '/',
        'nginx.ingress.kubernetes.io/secure-backends': 'true',
        'traefik.ingress.kubernetes.io/router.priority': '10',
        'cert-manager.io/cluster-issuer': 'letsencrypt',
        'ingressc.dev/whatever': 'x',
      }),
      'nginx',
    );
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const found = r.diagnostics.map((d) => `${d.code}@${d.loc?.line}`).sort();
    assert.deepEqual(found, ['IC2104@10', 'IC2104@6', 'IC2105@7', 'IC2106@8']);
  });

  test('booleans as ingress-nginx parses them (Go ParseBool)', () => {
    for (const t of ['1', 't', 'T', 'TRUE', 'true', 'True']) assert.equal(parseGoBool(t), true, t);
    for (const f of ['0', 'f', 'F', 'FALSE', 'false', 'False']) assert.equal(parseGoBool(f), false, f);
    for (const bad of ['yes', 'on', ' true', 'tRUE', '', 'constructor', '__proto__']) assert.equal(parseGoBool(bad), undefined, bad);
    const tls = '\n  tls:\n  - hosts: [a.test]\n    secretName: s';
    const redirects = (v: string) => run(ingress({ 'nginx.ingress.kubernetes.io/ssl-redirect': v }, tls), 'nginx').ir?.vhosts[0]?.tls?.sslRedirect;
    assert.equal(redirects('False'), false);
    assert.equal(redirects('0'), false);
    assert.equal(redirects('T'), true);
    const bad = run(ingress({ 'nginx.ingress.kubernetes.io/ssl-redirect': 'no' }), 'nginx');
    assert.equal(bad.ok, false);
    assert.match(bad.diagnostics.find((d) => d.code === 'IC2081')!.message, /expected a boolean \(1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False\), found "no"/);
  });

  test('annotations are still checked on an Ingress that fails its schema', () => {
    const r = run(ingress({ 'nginx.ingress.kubernetes.io/server-snippet': 'x', 'nginx.ingress.kubernetes.io/unknown-key': 'y' }).replace('  rules:', '  bogus: 1\n  rules:'), 'nginx');
    assert.deepEqual([...new Set(codes(r))].sort(), ['IC2001', 'IC2080', 'IC2104']);
  });

  test('the registry is sorted, unique, and every kind is one the support rule knows', () => {
    const keys = NGINX_ANNOTATIONS.map((a) => a.key);
    assert.deepEqual(keys, [...new Set(keys)].sort());
    for (const a of NGINX_ANNOTATIONS) assert.ok(['access', 'routing', 'tuning', 'snippet'].includes(a.kind));
  });
});

describe('ingressc annotations (the support matrix)', () => {
  test('json: one row per registry key, cells say what compile does; --target narrows; table has a header', () => {
    const r = runCli(['annotations', '--target', 'nginx', '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const doc = JSON.parse(r.out) as { targets: string[]; annotations: { annotation: string; kind: string; targets: Record<string, { level: string; otherwise?: string }> }[] };
    assert.deepEqual(doc.targets, ['nginx']);
    assert.equal(doc.annotations.length, NGINX_ANNOTATIONS.length);
    const row = (k: string) => doc.annotations.find((a) => a.annotation === `nginx.ingress.kubernetes.io/${k}`)!;
    assert.deepEqual(row('auth-proxy-set-headers').targets, { nginx: { level: 'supported' } });
    assert.deepEqual({ ...row('enable-modsecurity').targets.nginx, note: undefined }, { level: 'unsupported', otherwise: 'error', note: undefined });
    assert.deepEqual(row('modsecurity-transaction-id').targets, { nginx: { level: 'unsupported', otherwise: 'warning', note: WHY_NOT['modsecurity-transaction-id']!.nginx } });
    assert.deepEqual(row('proxy-body-size').targets, { nginx: { level: 'supported' } });
    assert.deepEqual(row('proxy-read-timeout').targets, { nginx: { level: 'supported' } });
    assert.deepEqual(row('server-snippet').targets, { nginx: { level: 'unsupported', otherwise: 'refused', note: unsupportedWhy('server-snippet', 'nginx') } });
    assert.match(unsupportedWhy('server-snippet', 'nginx') ?? '', /never copies raw nginx text/);
    assert.equal(row('ssl-redirect').targets.nginx!.level, 'supported');
    const t = runCli(['annotations']);
    assert.match(t.out, /^ANNOTATION\s+KIND\s+CADDY\s+ENVOY\s+GATEWAY-API\s+HAPROXY\s+NGINX\s+TRAEFIK\n/);
    assert.equal(runCli(['annotations', '--format', 'xml']).code, 2);
  });
});
