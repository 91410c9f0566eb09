/**
 * The injection fuzzer's fixed-seed sample for `npm test` (the big run is `npm run fuzz`):
 * a few hundred generated manifests, every target, the oracle on every accepted output and the
 * real proxy validators on a small deterministic sample. Deterministic: fixed seeds only.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compile, type TargetName } from '../../src/index.js';
import { skipReason, type ProxyKind } from '../harness/proxies.js';
import { buildCase, caseModel } from './generators.js';
import { knownIssue } from './known-issues.js';
import { editEnvoyAsYaml } from '../helpers/envoy-edit.js';
import { checkCaddy, ORACLES } from './oracles.js';
import { FUZZ_TARGETS, realValidate, runCase, shapeOf } from './runner.js';
import { parseNginx } from './tokenizers.js';

const SEED = 20260401;
const RUNS = 300;

test(`fuzz: ${RUNS} generated manifests × ${FUZZ_TARGETS.length} targets are rejected with located errors or compile to exactly the IR`, () => {
  const counts = new Map<TargetName, { rejected: number; accepted: number; known: number }>(FUZZ_TARGETS.map((t) => [t, { rejected: 0, accepted: 0, known: 0 }]));
  fc.assert(
    fc.property(caseModel, (m) => {
      const c = buildCase(m);
      for (const target of FUZZ_TARGETS) {
        const v = runCase(c, target);
        const n = counts.get(target)!;
        if (v.kind === 'failure') {
          if (knownIssue(v.detail)) {
            n.known++;
            continue;
          }
          throw new Error(`${target}: ${v.detail}\nmutations: ${c.mutations.join(' ; ')}`);
        }
        n[v.kind]++;
      }
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: false },
  );
  for (const [t, n] of counts) {
    // The generators must keep exercising the emitters, not only the validators. (Kubernetes' YAML 1.1
    // rules, IC2090, now refuse about a third of the generated cases: unquoted y/n/on/off and numbers.)
    assert.ok(n.accepted >= RUNS / 12, `${t}: only ${n.accepted} accepted cases`);
    assert.ok(n.rejected >= RUNS / 4, `${t}: only ${n.rejected} rejected cases`);
  }
});

const PROXIES: [TargetName, ProxyKind][] = [
  ['nginx', 'nginx'],
  ['haproxy', 'haproxy'],
  ['envoy', 'envoy'],
  ['caddy', 'caddy'],
];

for (const [target, kind] of PROXIES) {
  test(`fuzz: a sample of accepted ${target} outputs passes ${kind}'s own validator`, { skip: skipReason(kind) }, async () => {
    const shapes = new Set<string>();
    const sample = fc.sample(caseModel, { seed: SEED + 1, numRuns: 120 });
    let validated = 0;
    for (const m of sample) {
      if (validated >= 6) break;
      const v = runCase(buildCase(m), target);
      if (v.kind !== 'accepted') continue;
      const shape = shapeOf(target, v.result.ir!);
      if (shapes.has(shape)) continue;
      shapes.add(shape);
      const res = await realValidate(target, v.result);
      if (!res.ok && knownIssue(res.output)) continue;
      assert.ok(res.ok, `${kind} refused:\n${res.output}`);
      validated++;
    }
    assert.ok(validated >= 3, `validated ${validated} outputs`);
  });
}

// ---------------------------------------------------------------- the oracle catches injections

const CAFE = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: cafe }
spec:
  rules:
    - host: cafe.example.com
      http:
        paths:
          - { path: /tea, pathType: Prefix, backend: { service: { name: tea, port: { number: 80 } } } }
          - { path: /coffee, pathType: Exact, backend: { service: { name: coffee, port: { number: 80 } } } }
    - host: "*.example.com"
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: tea, port: { number: 80 } } } }
`;

function tampered(target: TargetName, edit: (path: string, content: string) => string, text = CAFE): string[] {
  const r = compile([{ path: 'cafe.yaml', text }], { target });
  assert.ok(r.ok && r.ir);
  const oracle = ORACLES[target];
  assert.deepEqual(oracle(r.ir, r.files), [], `${target}: the untouched output passes`);
  return oracle(r.ir, r.files.map((f) => ({ ...f, content: edit(f.path, f.content) })));
}

test('oracle: an injected nginx directive, location, server_name or comment is caught', () => {
  const cases: [string, (c: string) => string][] = [
    ['directive', (c) => c.replace('location = "/coffee" {', 'location = "/coffee" {\n alias /etc/;')],
    ['location', (c) => c.replace('location = "/coffee" {', 'location /x { return 200; }\n        location = "/coffee" {')],
    ['server_name', (c) => c.replace('server_name "cafe.example.com";', 'server_name "cafe.example.com" evil.com;')],
    ['comment', (c) => c.replace('location = "/coffee" {', '# cafe.example.com\n        location = "/coffee" {')],
    ['quote break', (c) => c.replace('"/coffee"', '"/coffee";"')],
    ['depth check removed', (c) => c.replace(/\n *if \(\$ingressc_host_parent [^\n]*\n[^\n]*\n *\}/, '')],
    ['depth check suffix', (c) => c.replace('!= "example.com")', '!= "evil.com")')],
    ['depth check answer', (c) => c.replace(/(if \(\$ingressc_host_parent[^{]*\{\n *)return 404;/, '$1return 200;')],
    ['host-parent map', (c) => c.replace('$1; default ""; }', '$1; default "example.com"; }')],
  ];
  for (const [what, edit] of cases) assert.notDeepEqual(tampered('nginx', (p, c) => (p === 'nginx.conf' ? edit(c) : c)), [], what);
  assert.equal(parseNginx('a "b\\"c" d;').tree[0]!.args[0], 'b"c');
});

test('fuzz: the sample draws permanent-redirect paths, absolute and relative, that every proxy target accepts', () => {
  const seen = new Map<string, number>();
  for (const m of fc.sample(caseModel, { seed: SEED, numRuns: RUNS })) {
    const c = buildCase(m);
    for (const target of ['nginx', 'haproxy', 'envoy', 'caddy', 'traefik'] as const) {
      const v = runCase(c, target);
      if (v.kind !== 'accepted') continue;
      for (const vh of v.result.ir!.vhosts)
        for (const r of [...vh.exact, ...vh.prefix, ...(vh.ordered ?? [])])
          for (const f of r.filters ?? []) if (f.type === 'RequestRedirect' && f.location?.startsWith('/')) seen.set(`${target} ${f.relative ? 'relative' : 'absolute'}`, (seen.get(`${target} ${f.relative ? 'relative' : 'absolute'}`) ?? 0) + 1);
    }
  }
  for (const target of ['nginx', 'haproxy', 'envoy', 'caddy', 'traefik'])
    for (const kind of ['absolute', 'relative']) assert.ok((seen.get(`${target} ${kind}`) ?? 0) > 0, `${target}: no accepted ${kind} path redirect in the sample`);
});

test('oracle: a redirect to a path written without the request host, or made relative, is caught', () => {
  const text = (relative: boolean): string =>
    CAFE.replace('metadata: { name: cafe }', `metadata:\n  name: cafe\n  annotations:\n    nginx.ingress.kubernetes.io/permanent-redirect: /new\n    nginx.ingress.kubernetes.io/relative-redirects: "${relative}"`);
  const on = (file: string, f: (c: string) => string) => (p: string, c: string) => (p === file ? f(c) : c);
  assert.notDeepEqual(tampered('nginx', on('nginx.conf', (c) => c.replaceAll('"$scheme://$host/new"', '"/new"')), text(false)), []);
  assert.notDeepEqual(tampered('nginx', on('nginx.conf', (c) => c.replaceAll('absolute_redirect off;', '')), text(true)), []);
  assert.notDeepEqual(tampered('haproxy', on('haproxy.cfg', (c) => c.replaceAll("'%[ssl_fc,iif(https,http)]://%[var(txn.host)]/new'", "'/new'")), text(false)), []);
  assert.notDeepEqual(tampered('haproxy', on('haproxy.cfg', (c) => c.replaceAll("location '/new'", "location '%[ssl_fc,iif(https,http)]://%[var(txn.host)]/new'")), text(true)), []);
  assert.notDeepEqual(tampered('traefik', on('traefik.yaml', (c) => c.replace('replacement: HTTP://${1}/new', 'replacement: /new')), text(false)), []);
});

test('oracle: Traefik routers that split a route by client address (deny-list, limit-whitelist) are read back', () => {
  const text = CAFE.replace(
    'metadata: { name: cafe }',
    'metadata:\n  name: cafe\n  annotations:\n    nginx.ingress.kubernetes.io/denylist-source-range: "10.1.0.0/16"\n    nginx.ingress.kubernetes.io/limit-rpm: "10"\n    nginx.ingress.kubernetes.io/limit-whitelist: "10.2.0.0/16"',
  );
  const edit = (f: (c: string) => string) => (p: string, c: string) => (p === 'traefik.yaml' ? f(c) : c);
  // A deny router that no longer asks for the client address, a refusal that admits everyone, an exempt router that still limits.
  assert.notDeepEqual(tampered('traefik', edit((c) => c.replace(' && ClientIP("10.1.0.0/16")', '')), text), []);
  assert.notDeepEqual(tampered('traefik', edit((c) => c.replace(/- 255\.255\.255\.255\/32\n(\s+)rejectStatusCode: 403/, '- 0.0.0.0/0\n$1rejectStatusCode: 403')), text), []);
  assert.notDeepEqual(tampered('traefik', edit((c) => c.replace(/(ClientIP\("10\.2\.0\.0\/16"\)\n(\s+)priority: [0-9]+\n)/, '$1$2middlewares: [ingressc-limit-1-rpm]\n')), text), []);
});

test('oracle: Traefik services that carry a route\'s timeouts are read back', () => {
  const text = CAFE.replace('metadata: { name: cafe }', 'metadata:\n  name: cafe\n  annotations:\n    nginx.ingress.kubernetes.io/proxy-read-timeout: "30"\n    nginx.ingress.kubernetes.io/proxy-connect-timeout: "5"');
  const edit = (f: (c: string) => string) => (p: string, c: string) => (p === 'traefik.yaml' ? f(c) : c);
  assert.notDeepEqual(tampered('traefik', edit((c) => c.replace('responseHeaderTimeout: 30s', 'responseHeaderTimeout: 300s')), text), []);
  assert.notDeepEqual(tampered('traefik', edit((c) => c.replace(/\n {8}serversTransport: ingressc-timeouts-1/g, '')), text), []);
});

test('oracle: an extra HAProxy map entry, keyword or comment is caught', () => {
  assert.notDeepEqual(tampered('haproxy', (p, c) => (p === 'exact.map' ? `${c}evil.com/ be_x\n` : c)), []);
  assert.notDeepEqual(tampered('haproxy', (p, c) => (p === 'prefix.map' ? c.replace(' be_', '  # be_') : c)), []);
  assert.notDeepEqual(tampered('haproxy', (p, c) => (p === 'haproxy.cfg' ? c.replace('frontend ingress', 'frontend ingress\n    tcp-request content reject') : c)), []);
  assert.notDeepEqual(tampered('haproxy', (p, c) => (p === 'haproxy.cfg' ? c.replace('frontend ingress', 'frontend ingress\n    # cafe.example.com') : c)), []);
});

test('oracle: an extra Envoy domain, route or cluster and a Traefik matcher are caught', () => {
  assert.notDeepEqual(tampered('envoy', (p, c) => (p === 'envoy.json' ? editEnvoyAsYaml(c, (y) => y.replace(/(\n( *)- "cafe\.example\.com")/, '$1\n$2- "evil.com"')) : c)), []);
  assert.notDeepEqual(tampered('envoy', (p, c) => (p === 'envoy.json' ? editEnvoyAsYaml(c, (y) => y.replace('path: "/coffee"', 'prefix: "/coffee"')) : c)), []);
  assert.notDeepEqual(tampered('traefik', (p, c) => (p === 'traefik.yaml' ? c.replace('Path("/coffee")', 'Path("/coffee") || Host("evil.com")') : c)), []);
  assert.notDeepEqual(tampered('traefik', (p, c) => (p === 'traefik.yaml' ? c.replace('Path("/coffee")', 'PathPrefix("/coffee")') : c)), []);
});

test('oracle: a changed Gateway API match, an unknown field, a broken CEL rule or an injected comment is caught', () => {
  const routes = (edit: (c: string) => string) => (p: string, c: string) => (p === 'httproutes.yaml' ? edit(c) : c);
  assert.notDeepEqual(tampered('gateway-api', routes((c) => c.replace('value: "/coffee"', 'value: "/coffees"'))), []);
  assert.notDeepEqual(tampered('gateway-api', routes((c) => c.replace('type: "Exact"', 'type: "PathPrefix"'))), []);
  assert.notDeepEqual(tampered('gateway-api', routes((c) => c.replace('      backendRefs:', '      backendRef:'))), []);
  assert.notDeepEqual(tampered('gateway-api', routes((c) => c.replace('value: "/coffee"', 'value: "/cof//fee"'))), []); // CEL: must not contain '//'
  assert.notDeepEqual(tampered('gateway-api', routes((c) => c.replace('---\n', '---\n# injected\n'))), []);
});

test('oracle: an extra Caddy host, matcher, handler, duplicate key or admin endpoint is caught', () => {
  const edits: [string, (c: string) => string][] = [
    ['host', (c) => c.replace('"cafe.example.com",', '"cafe.example.com", "evil.com",')],
    ['exact becomes prefix', (c) => c.replace('"^/coffee$"', '"^/coffee(/[\\\\s\\\\S]*)?$"')],
    ['matcher', (c) => c.replace('"path_regexp": {', '"expression": "true", "path_regexp": {')],
    ['handler', (c) => c.replace('"handler": "static_response"', '"handler": "file_server"')],
    ['duplicate key', (c) => c.replace('"status_code": 404', '"status_code": 404, "status_code": 200')],
    ['admin', (c) => c.replace('"disabled": true', '"listen": "0.0.0.0:2019"')],
    ['automatic https', (c) => c.replace('"disable": true', '"disable": false')],
    ['upstream', (c) => c.replace('"dial": "tea.default.svc.cluster.local:80"', '"dial": "evil.com:80"')],
    ['invoke', (c) => c.replace('"name": "default_tea_80"', '"name": "default_coffee_80"')],
  ];
  for (const [what, edit] of edits) {
    const edited = tampered('caddy', (p, c) => (p === 'caddy.json' ? edit(c) : c));
    assert.notDeepEqual(edited, [], what);
  }
});

test('oracle: a Caddy host group that lists a name none of its children has, or lacks one, is caught', () => {
  const rules = Array.from({ length: 120 }, (_, i) => `    - host: h${i}.test\n      http:\n        paths:\n          - { path: /, pathType: Prefix, backend: { service: { name: tea, port: { number: 80 } } } }\n`).join('');
  const r = compile([{ path: 'many.yaml', text: `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: many }\nspec:\n  rules:\n${rules}` }], { target: 'caddy' });
  assert.ok(r.ok && r.ir);
  assert.deepEqual(checkCaddy(r.ir, r.files), []);
  const edit = (change: (hosts: string[]) => void): string[] => {
    const c = JSON.parse(r.files[0]!.content);
    change(c.apps.http.servers.http.routes.find((x: { match?: { host?: string[] }[] }) => x.match?.[0]?.host).match[0].host);
    return checkCaddy(r.ir!, [{ ...r.files[0]!, content: `${JSON.stringify(c, null, 2)}\n` }]);
  };
  assert.ok(edit((h) => h.push('evil.test')).some((p) => /host group/.test(p)));
  assert.ok(edit((h) => h.splice(h.indexOf('h0.test'), 1)).some((p) => /host group/.test(p)));
  const wild = compile([{ path: 'w.yaml', text: `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: w }\nspec:\n  rules:\n${['a', 'b'].map((l) => `    - host: "*.${l}.w.test"\n      http:\n        paths:\n          - { path: /, pathType: Prefix, backend: { service: { name: tea, port: { number: 80 } } } }\n`).join('')}` }], { target: 'caddy' });
  assert.ok(wild.ok && wild.ir);
  assert.deepEqual(checkCaddy(wild.ir, wild.files), []);
  const text = wild.files[0]!.content;
  const tamper = (from: string, to: string): string[] => checkCaddy(wild.ir!, [{ ...wild.files[0]!, content: text.replace(from, to) }]);
  assert.ok(tamper('"*.*.w.test",', '"*.*.x.test",').some((p) => /does not cover/.test(p)));
  const c = JSON.parse(text);
  c.apps.http.servers.http.routes.find((x: { match?: { host?: string[] }[] }) => x.match?.[0]?.host).terminal = true;
  assert.ok(checkCaddy(wild.ir, [{ ...wild.files[0]!, content: `${JSON.stringify(c, null, 2)}\n` }]).some((p) => /wildcard group .* is terminal/.test(p)));
});
