/**
 * The hostile-input fuzzer for canaries (fixed seed): a main Ingress and a canary Ingress whose
 * canary-* values come from generators.ts (valid, near-valid and hostile). On every target a case
 * is either refused with located errors and no files, or compiled so that the IR's canary is
 * exactly what the annotations say; a sample of distinct accepted shapes goes to each proxy's
 * own validator (nginx -t, haproxy -c, envoy --mode validate, caddy validate). The general
 * fuzzer's oracles do not model canaries: its random Ingress pairs never share a host and path.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compile, type CompileResult, type TargetName } from '../../src/index.js';
import { routesOf, type RouteCanary } from '../../src/ir/types.js';
import { skipReason, type ProxyKind } from '../harness/proxies.js';
import { canaryValue } from './generators.js';
import { FUZZ_TARGETS, realValidate } from './runner.js';

const P = 'nginx.ingress.kubernetes.io/';
const KEYS = ['canary-by-header', 'canary-by-header-value', 'canary-by-header-pattern', 'canary-by-cookie', 'canary-weight', 'canary-weight-total'] as const;

/** Mostly plausible values, so that a good share compiles; the rest hostile. */
const value = fc.oneof({ weight: 1, arbitrary: canaryValue }, { weight: 1, arbitrary: fc.constantFrom('X-Canary', 'Canary_Flag', 'v1', 'always', '^v[0-9]{2}\\.x$', 'ck', '30', '250', '1000') });
const annotations = fc.dictionary(fc.constantFrom(...KEYS), value, { minKeys: 1, maxKeys: 4 });

const manifest = (a: Record<string, string>): string => {
  const ann = Object.entries({ canary: 'true', ...a }).map(([k, v]) => `    ${P}${k}: ${JSON.stringify(v)}\n`).join('');
  const ing = (name: string, svc: string, extra: string) =>
    `---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\n  namespace: ns\n${extra}spec:\n  rules:\n  - host: a.test\n    http:\n      paths:\n      - {path: /p, pathType: Prefix, backend: {service: {name: ${svc}, port: {number: 80}}}}\n`;
  return ing('main', 'web', '') + ing('canary', 'web-canary', `  annotations:\n${ann}`);
};

const BACKENDS = ['ns/web:80=127.0.0.1:9001', 'ns/web-canary:80=127.0.0.1:9002,127.0.0.1:9003'];

/** The IR canary the annotations mean, when they are all valid (else undefined: the case must be refused). */
function expected(r: CompileResult): Partial<RouteCanary> | undefined {
  const routes = r.ir ? r.ir.vhosts.flatMap(routesOf) : [];
  return routes.find((x) => x.canary)?.canary;
}

test('fuzz: canary values are refused with located errors or compile to exactly their canary, on every target', async () => {
  const accepted = new Map<TargetName, CompileResult[]>();
  let refused = 0;
  let ok = 0;
  fc.assert(
    fc.property(annotations, (a) => {
      const text = manifest(a);
      for (const target of FUZZ_TARGETS) {
        let r: CompileResult;
        try {
          r = compile([{ path: 'in.yaml', text }], { target, backends: BACKENDS, ...(target === 'gateway-api' ? { pathSemantics: 'spec' as const } : {}) });
        } catch (e) {
          throw new Error(`${target} threw on ${JSON.stringify(a)}: ${(e as Error).message}`);
        }
        if (!r.ok) {
          const errors = r.diagnostics.filter((d) => d.severity === 'error');
          assert.ok(errors.length > 0 && errors.every((d) => d.loc), `${target} ${JSON.stringify(a)}: unlocated or missing errors ${errors.map((d) => d.code).join(',')}`);
          assert.ok(errors.every((d) => /^IC2(081|10[12]|24\d)$|^IC412[01]$/.test(d.code)), `${target} ${JSON.stringify(a)}: unexpected ${errors.map((d) => `${d.code} ${d.message}`).join('; ')}`);
          assert.equal(r.files.length, 0);
          refused++;
          continue;
        }
        ok++;
        const c = expected(r);
        const header = a['canary-by-header'];
        // A canary whose settings all were ignored (IC2240-IC2244 warnings) still splits by weight 0.
        assert.ok(c, `${target} ${JSON.stringify(a)}: no canary in the IR`);
        if (header !== undefined) assert.equal(c.header?.name, header.replace(/_/g, '-'));
        if (header !== undefined && a['canary-by-header-value'] !== undefined) assert.equal(c.header?.value, a['canary-by-header-value']);
        if (header !== undefined && a['canary-by-header-value'] === undefined && a['canary-by-header-pattern'] !== undefined) assert.equal(c.header?.pattern, a['canary-by-header-pattern']);
        if (a['canary-by-cookie'] !== undefined) assert.equal(c.cookie, a['canary-by-cookie']);
        if (a['canary-weight'] !== undefined) assert.equal(c.weight, Number(a['canary-weight']));
        assert.ok(c.weight! >= 0 && c.weight! <= c.weightTotal! && c.weightTotal! >= 100);
        const list = accepted.get(target) ?? [];
        list.push(r);
        accepted.set(target, list);
      }
    }),
    { seed: 20261206, numRuns: 150, endOnFailure: false },
  );
  assert.ok(refused > 100 && ok > 100, `refused ${refused}, accepted ${ok}`);

  const PROXIES: [TargetName, ProxyKind][] = [['nginx', 'nginx'], ['haproxy', 'haproxy'], ['envoy', 'envoy'], ['caddy', 'caddy']];
  for (const [target, kind] of PROXIES) {
    if (skipReason(kind)) continue;
    // One output per combination of canary fields (and a pattern with a brace or not).
    const shapes = new Set<string>();
    for (const r of accepted.get(target) ?? []) {
      const c = expected(r)!;
      const shape = JSON.stringify([c.header?.value !== undefined, c.header?.pattern !== undefined, /[{\\]/.test(c.header?.pattern ?? ''), c.header !== undefined, c.cookie !== undefined, c.weight === 0 || c.weight === c.weightTotal]);
      if (shapes.has(shape) || shapes.size >= 6) continue;
      shapes.add(shape);
      const res = await realValidate(target, r);
      assert.ok(res.ok, `${kind} refused a canary output (${shape}):\n${res.output}`);
    }
    assert.ok(shapes.size >= 3, `${target}: validated ${shapes.size} canary shapes`);
  }
});

test('several canaries (exact, wildcard and host-less hosts; header, value, pattern, cookie, weights) pass each proxy validator', async () => {
  const ing = (name: string, host: string, path: string, svc: string, ann: Record<string, string> = {}): string =>
    `---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\n  namespace: ns\n${Object.keys(ann).length ? `  annotations:\n${Object.entries(ann).map(([k, v]) => `    ${P}${k}: ${JSON.stringify(v)}\n`).join('')}` : ''}spec:\n  rules:\n  - ${host ? `host: "${host}"\n    ` : ''}http:\n      paths:\n      - {path: ${path}, pathType: Prefix, backend: {service: {name: ${svc}, port: {number: 80}}}}\n`;
  const text = [
    ing('m1', 'a.test', '/x', 'web'),
    ing('c1', 'a.test', '/x', 'webc', { canary: 'true', 'canary-by-header': 'X', 'canary-by-cookie': 'ck', 'canary-weight': '33' }),
    ing('m2', '*.w.test', '/', 'web2'),
    ing('c2', '*.w.test', '/', 'web2c', { canary: 'true', 'canary-by-header': 'Y', 'canary-by-header-pattern': '^a{2}\\.b', 'canary-weight': '7', 'canary-weight-total': '1000' }),
    ing('m3', '', '/any', 'web3'),
    ing('c3', '', '/any', 'web3c', { canary: 'true', 'canary-by-header': 'Z', 'canary-by-header-value': 'v1.0' }),
  ].join('');
  const backends = ['web', 'webc', 'web2', 'web2c', 'web3', 'web3c'].map((s, i) => `ns/${s}:80=127.0.0.1:${9100 + i}`);
  for (const [target, kind] of [['nginx', 'nginx'], ['haproxy', 'haproxy'], ['envoy', 'envoy'], ['caddy', 'caddy']] as [TargetName, ProxyKind][]) {
    if (skipReason(kind)) continue;
    const r = compile([{ path: 'in.yaml', text }], { target, backends });
    assert.ok(r.ok, `${target}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
    assert.equal(r.ir!.vhosts.flatMap(routesOf).filter((x) => x.canary).length, 3);
    const res = await realValidate(target, r);
    assert.ok(res.ok, `${kind} refused:\n${res.output}`);
  }
});
