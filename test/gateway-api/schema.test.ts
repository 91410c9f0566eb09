import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Environment } from '@marcbachmann/cel-js';
import { parse } from 'yaml';
import { GOLDEN_ROOT, listFiles } from '../helpers/golden.js';
import { CRD_DIR, rewriteIndexedHas, validateObject, validateStream } from './crd-validator.js';
import { GatewayModel } from './evaluate.js';

const gateway = (listeners: unknown[]) => ({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway', metadata: { name: 'gw', namespace: 'default' }, spec: { gatewayClassName: 'c', listeners } });
const http = { name: 'http', port: 80, protocol: 'HTTP' };
const route = (rules: unknown[]) => ({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'r', namespace: 'default' }, spec: { parentRefs: [{ name: 'gw' }], rules } });
const be = { backendRefs: [{ name: 'svc', port: 80 }] };

function allRules(): string[] {
  const rules = new Set<string>();
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      for (const r of ((n as Record<string, unknown>)['x-kubernetes-validations'] as { rule: string }[] | undefined) ?? []) rules.add(r.rule);
      Object.values(n).forEach(walk);
    }
  };
  for (const f of readdirSync(CRD_DIR()).filter((x) => x.endsWith('.yaml'))) walk(parse(readFileSync(join(CRD_DIR(), f), 'utf8')));
  return [...rules];
}

test('every CEL rule of the v1.6.1 CRDs parses with the library (after the one documented has() rewrite)', () => {
  const rules = allRules();
  assert.ok(rules.length >= 70, `only ${rules.length} rules found`);
  const env = new Environment({ unlistedVariablesAreDyn: true, homogeneousAggregateLiterals: false }).registerFunction('isIP(string): bool', () => true);
  const failed = rules.filter((r) => {
    try {
      env.parse(rewriteIndexedHas(r));
      return false;
    } catch {
      return true;
    }
  });
  assert.deepEqual(failed, []);
});

test('the has() rewrite only touches indexed operands and means what has() means on JSON objects', () => {
  assert.equal(rewriteIndexedHas('has(self.matches[0].path) && has(self.a.b)'), "('path' in self.matches[0]) && has(self.a.b)");
  assert.equal(rewriteIndexedHas('has(self[3].matches)'), "('matches' in self[3])");
  const env = new Environment({ unlistedVariablesAreDyn: true });
  for (const self of [{ m: { path: 'x' } }, { m: {} }, { m: { path: null } }]) {
    // has() on a supported operand vs the rewritten form on the same map.
    assert.equal(env.evaluate("'path' in self.m", { self }), env.evaluate('has(self.m.path)', { self }), JSON.stringify(self));
  }
});

test('valid objects pass and their CEL rules run', () => {
  const g = validateObject(gateway([http]));
  assert.deepEqual(g.problems, []);
  assert.ok(g.rules > 0);
  assert.deepEqual(validateObject(route([{ matches: [{ path: { type: 'Exact', value: '/a' } }], ...be }])).problems, []);
});

test('an unknown field, a schema violation and each broken CEL rule are errors', () => {
  const bad: [string, unknown][] = [
    ['unknown field', gateway([{ ...http, hostnmae: 'a.test' }])],
    ['unknown top-level field', { ...gateway([http]), status2: {} }],
    ['port out of range', gateway([{ ...http, port: 70000 }])],
    ['duplicate listener names (CEL)', gateway([http, { ...http, port: 81 }])],
    ['same port/protocol/hostname (CEL)', gateway([http, { ...http, name: 'other' }])],
    ['tls on an HTTP listener (CEL)', gateway([{ ...http, tls: { certificateRefs: [{ name: 's' }] } }])],
    ['"//" in a path (CEL)', route([{ matches: [{ path: { type: 'PathPrefix', value: '/a//b' } }], ...be }])],
    ['redirect with backendRefs (CEL)', route([{ filters: [{ type: 'RequestRedirect', requestRedirect: { scheme: 'https', statusCode: 308 } }], ...be }])],
    ['17 rules (maxItems)', route(Array.from({ length: 17 }, (_, i) => ({ matches: [{ path: { type: 'Exact', value: `/${i}` } }], ...be })))],
    ['129 matches in one route (CEL)', route([0, 1, 2].map((k) => ({ matches: Array.from({ length: 43 }, (_, i) => ({ path: { type: 'Exact', value: `/${k}/${i}` } })), ...be })))],
    ['redirect status 305 (enum)', route([{ filters: [{ type: 'RequestRedirect', requestRedirect: { scheme: 'https', statusCode: 305 } }] }])],
  ];
  for (const [what, obj] of bad) assert.notDeepEqual(validateObject(obj).problems, [], what);
});

test('every golden Gateway API output validates (schema + CEL) and loads into the evaluator', () => {
  const cases = readdirSync(GOLDEN_ROOT()).filter((c) => existsSync(join(GOLDEN_ROOT(), c, 'expected', 'gateway-api')));
  assert.ok(cases.length > 0, 'no fixtures/golden/*/expected/gateway-api');
  for (const c of cases) {
    const dir = join(GOLDEN_ROOT(), c, 'expected', 'gateway-api');
    const objects: unknown[] = [];
    let rules = 0;
    for (const f of listFiles(dir)) {
      const v = validateStream(readFileSync(join(dir, f), 'utf8'));
      assert.deepEqual(v.problems, [], `${c}/${f}`);
      rules += v.rules; // ReferenceGrant's CRD has no CEL rules
      objects.push(...v.objects);
    }
    assert.ok(rules > 0, `${c}: no CEL rule ran`);
    assert.doesNotThrow(() => new GatewayModel(objects as ConstructorParameters<typeof GatewayModel>[0]), c);
  }
});
