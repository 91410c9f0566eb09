/**
 * The load-balancing family under hostile values (fixed seed): upstream-hash-by built from real
 * variables, text and near-misses (quotes, ";", "%[", "{placeholder}", spaces, newlines, unknown
 * variables), load-balance and subset values. Every case either fails with located errors, or
 * compiles for nginx, HAProxy, Envoy and Caddy to an output whose balancing is the IR's (the hash
 * key's names appear where the target writes them, nothing else does) and, for a sample, passes
 * the proxy's own validator.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compile, type TargetName } from '../../src/index.js';
import { skipReason, type ProxyKind } from '../harness/proxies.js';
import { payload } from './generators.js';
import { realValidate } from './runner.js';

const SEED = 20261207;
const TARGETS: TargetName[] = ['nginx', 'haproxy', 'envoy', 'caddy'];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('$request_uri', '${request_uri}', '$remote_addr', '$binary_remote_addr', '$host', '$http_x_user', '$cookie_sid', '$arg_id', '${arg_page}', '-text', 'v1', '_') },
  { weight: 2, arbitrary: fc.constantFrom('$uri', '$scheme', '$http_', '$', '${', '}', '${host', '$host}', '"', "'", ';', ' ', '\n', '%[src]', '{http.request.uri}', '\\', '#', '$http_x"y', '$arg_a;b', 'é') },
  { weight: 1, arbitrary: payload },
);
const hashBy = fc.array(token, { minLength: 1, maxLength: 4 }).map((ts) => ts.join(''));

interface Case {
  hashBy?: string | undefined;
  lb?: string | undefined;
  subset?: string | undefined;
}
const cases: fc.Arbitrary<Case> = fc.record({
  hashBy: fc.option(hashBy, { nil: undefined }),
  lb: fc.option(fc.oneof(fc.constantFrom('round_robin', 'ewma', 'chash', 'EWMA', ' ewma', ''), payload), { nil: undefined }),
  subset: fc.option(fc.constantFrom('true', 'false', 'yes', '3'), { nil: undefined }),
});

const manifest = (c: Case): string => {
  const ann: [string, string][] = [
    ...(c.hashBy !== undefined ? [['upstream-hash-by', c.hashBy] as [string, string]] : []),
    ...(c.lb !== undefined ? [['load-balance', c.lb] as [string, string]] : []),
    ...(c.subset !== undefined ? [['upstream-hash-by-subset', c.subset] as [string, string]] : []),
  ];
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: t
  namespace: default
  annotations:
    x: "y"
${ann.map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: ${JSON.stringify(v)}\n`).join('')}spec:
  rules:
  - host: t.test
    http:
      paths:
      - {path: /a, pathType: Prefix, backend: {service: {name: app, port: {number: 80}}}}
`;
};

const build = (text: string, target: TargetName) => compile([{ path: 'ing.yaml', text }], { target, backends: ['default/app:80=127.0.0.1:9,127.0.0.1:10,127.0.0.1:11'] });

/** Where each target writes a key part's name (header, cookie, parameter). */
const NAME_IN: Record<string, (n: string) => string> = { nginx: (n) => n.toLowerCase().replace(/-/g, '_'), haproxy: (n) => n, envoy: (n) => n, caddy: (n) => n };

test('load-balancing fuzz: hostile hash keys and algorithms are refused with located diagnostics or emitted as the IR says', () => {
  let hashed = 0;
  let refused = 0;
  fc.assert(
    fc.property(cases, (c) => {
      const text = manifest(c);
      for (const target of TARGETS) {
        const r = build(text, target);
        for (const d of r.diagnostics.filter((x) => x.severity !== 'info' && x.code !== 'IC4505')) assert.ok(d.loc, `${target}: unlocated ${d.code} ${d.message}`);
        if (!r.ok) {
          refused++;
          continue;
        }
        const out = r.files.map((f) => f.content).join('\n');
        const b = r.ir!.upstreams[0]!.balance;
        if (b?.algorithm !== 'hash') continue;
        hashed++;
        for (const p of b.key) {
          const name = 'header' in p ? p.header : 'cookie' in p ? p.cookie : 'query' in p ? p.query : 'text' in p ? p.text : undefined;
          if (name === undefined) continue;
          assert.match(name, /^[A-Za-z0-9_-]+$/, `${target}: key part ${JSON.stringify(p)}`);
          if (!('text' in p) && (target !== 'caddy' || !('cookie' in p))) assert.ok(out.includes(NAME_IN[target]!(name)), `${target}: ${name} missing`);
        }
      }
    }),
    { seed: SEED, numRuns: 120 },
  );
  assert.ok(hashed > 40 && refused > 40, `hashed ${hashed}, refused ${refused}`);
});

for (const target of TARGETS) {
  test(`load-balancing fuzz: a sample of accepted ${target} outputs passes the proxy's validator`, { skip: skipReason(target as ProxyKind) }, async () => {
    const sample = fc.sample(cases, { seed: SEED + 1, numRuns: 60 });
    let validated = 0;
    for (const c of sample) {
      const r = build(manifest(c), target);
      if (!r.ok || !r.ir!.upstreams[0]!.balance) continue;
      const v = await realValidate(target, r);
      assert.ok(v.ok, `${target} refused:\n${v.output}\n---\n${manifest(c)}`);
      if (++validated >= 5) break;
    }
    assert.ok(validated >= 3, `only ${validated} accepted cases to validate`);
  });
}
