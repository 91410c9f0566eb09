import { isIP } from 'node:net';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Environment } from '@marcbachmann/cel-js';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parse, parseAllDocuments } from 'yaml';
import { repoRoot } from '../harness/proxies.js';

/**
 * Validates Gateway API objects the way the API server does, from the vendored v1.6.1 standard
 * CRDs (third_party/schemas/gateway-api/):
 *  1. the structural schema with ajv, defaults applied (`useDefaults`, as the API server defaults
 *     before validating), and stricter than the API server in one way: every object that lists its
 *     properties gets `additionalProperties: false`, so an unknown field is an error instead of
 *     being pruned;
 *  2. every `x-kubernetes-validations` rule on the path to every value, evaluated with
 *     @marcbachmann/cel-js against the defaulted object. A rule that is false, that throws, or that
 *     the library cannot parse or evaluate is an error: nothing is skipped. Kubernetes' CEL
 *     additions the library lacks are registered here: `isIP` (the k8s IP library) only; property
 *     names that are CEL keywords are escaped as the API server does (`namespace` → `__namespace__`);
 *     transition rules (`oldSelf`) are evaluated as on a re-apply of the same object (oldSelf = self).
 */
export const CRD_DIR = (): string => join(repoRoot(), 'third_party', 'schemas', 'gateway-api');

interface Crd {
  kind: string;
  apiVersions: Map<string, Schema>;
}
type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; items?: Schema; additionalProperties?: boolean | Schema; 'x-kubernetes-validations'?: { rule: string; message?: string }[] };

let crds: Map<string, Crd> | undefined;

function loadCrds(): Map<string, Crd> {
  if (crds) return crds;
  crds = new Map();
  for (const f of readdirSync(CRD_DIR()).filter((x) => x.endsWith('.yaml')).sort()) {
    const d = parse(readFileSync(join(CRD_DIR(), f), 'utf8')) as { spec: { group: string; names: { kind: string }; versions: { name: string; served: boolean; schema: { openAPIV3Schema: Schema } }[] } };
    const apiVersions = new Map<string, Schema>();
    for (const v of d.spec.versions) if (v.served) apiVersions.set(`${d.spec.group}/${v.name}`, v.schema.openAPIV3Schema);
    crds.set(d.spec.names.kind, { kind: d.spec.names.kind, apiVersions });
  }
  return crds;
}

/** Kinds the vendored CRDs define. */
export const crdKinds = (): string[] => [...loadCrds().keys()].sort();

/** JSON Schema ajv can compile: Kubernetes keywords out, closed objects, metadata typed loosely. */
function toJsonSchema(s: Schema, top = true): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (k.startsWith('x-kubernetes-') || k === 'description') continue;
    if (k === 'format' && (v === 'int32' || v === 'int64')) continue; // integer range is in minimum/maximum
    if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v as Record<string, Schema>).map(([p, ps]) => [p, toJsonSchema(ps, false)]));
    else if (k === 'items' || (k === 'additionalProperties' && typeof v === 'object')) out[k] = toJsonSchema(v as Schema, false);
    else out[k] = v;
  }
  if (top) {
    const props = out.properties as Record<string, Record<string, unknown>>;
    props.metadata = { type: 'object', required: ['name', 'namespace'], properties: { name: { type: 'string', minLength: 1, maxLength: 253, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$' }, namespace: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 } }, additionalProperties: false };
    out.required = [...new Set([...((out.required as string[]) ?? []), 'apiVersion', 'kind', 'metadata', 'spec'])];
  }
  if (out.type === 'object' && out.properties && !('additionalProperties' in out)) out.additionalProperties = false;
  return out;
}

const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: true });
(createRequire(import.meta.url)('ajv-formats') as { default: (a: Ajv) => void }).default(ajv); // ipv4, ipv6, date-time
const compiled = new Map<Schema, ValidateFunction>();

const CEL_KEYWORDS = new Set(['as', 'break', 'const', 'continue', 'else', 'false', 'for', 'function', 'if', 'import', 'in', 'let', 'loop', 'package', 'namespace', 'null', 'return', 'true', 'var', 'void', 'while']);
/** The API server's escaping of property names for CEL. */
export function celName(k: string): string {
  if (CEL_KEYWORDS.has(k)) return `__${k}__`;
  return k.replace(/__/g, '__underscores__').replace(/\./g, '__dot__').replace(/-/g, '__dash__').replace(/\//g, '__slash__');
}

/** A value as CEL sees it: integers as int (BigInt), escaped keys. */
function celValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(celValue);
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [celName(k), celValue(x)]));
  return v;
}

const env = new Environment({ unlistedVariablesAreDyn: true, homogeneousAggregateLiterals: false }).registerFunction('isIP(string): bool', (s: string) => isIP(s) !== 0);
const programs = new Map<string, ReturnType<Environment['parse']>>();

/**
 * The one gap of the library these CRDs hit: it accepts has() only on a chain of field selections
 * that starts at a variable (`has(a.b.c)`), while CEL allows any operand (`has(self.matches[0].path)`,
 * `has(self[3].matches)`: 24 rules of httproutes.yaml). On a JSON object, which is what the API
 * server validates, `has(E.f)` is exactly `'f' in E` (E a map: presence of the key), so that form,
 * and only that form, is rewritten before parsing; any other construct the library lacks still
 * fails the validation. Tested against has() where the library supports it (crd-validator.test.ts).
 */
export function rewriteIndexedHas(rule: string): string {
  return rule.replace(/has\(((?:[A-Za-z_][A-Za-z0-9_]*)(?:\.[A-Za-z_][A-Za-z0-9_]*|\[[0-9]+\])*\[[0-9]+\](?:\.[A-Za-z_][A-Za-z0-9_]*)*)\.([A-Za-z_][A-Za-z0-9_]*)\)/g, (_m, e: string, f: string) => `('${f}' in ${e})`);
}

function evalRule(rule: string, self: unknown): unknown {
  let p = programs.get(rule);
  if (!p) programs.set(rule, (p = env.parse(rewriteIndexedHas(rule))));
  const s = celValue(self);
  return p({ self: s, oldSelf: s });
}

/** Every CEL rule along the object, schema and data walked together. */
function checkCel(schema: Schema, data: unknown, path: string, problems: string[], counter: { rules: number }): void {
  for (const r of schema['x-kubernetes-validations'] ?? []) {
    counter.rules++;
    let ok: unknown;
    try {
      ok = evalRule(r.rule, data);
    } catch (e) {
      problems.push(`${path || '/'}: CEL rule could not be evaluated (${(e as Error).message.split('\n')[0]}): ${r.rule}`);
      continue;
    }
    if (ok !== true) problems.push(`${path || '/'}: ${r.message ?? 'CEL rule failed'} (${r.rule})`);
  }
  if (Array.isArray(data) && schema.items) data.forEach((x, i) => checkCel(schema.items!, x, `${path}/${i}`, problems, counter));
  else if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [k, x] of Object.entries(data)) {
      const ps = schema.properties?.[k] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
      if (ps) checkCel(ps, x, `${path}/${k}`, problems, counter);
    }
  }
}

export interface Validation {
  problems: string[];
  /** CEL rules evaluated (a test asserts that rules did run). */
  rules: number;
}

/** Validates one object (not modified: defaults are applied to a copy). */
export function validateObject(obj: unknown): Validation {
  const o = obj as { apiVersion?: string; kind?: string };
  // The CA bundle of a BackendTLSPolicy: a core ConfigMap, checked for its one string key.
  if (o?.kind === 'ConfigMap' && o.apiVersion === 'v1') {
    const d = (obj as { data?: Record<string, unknown> }).data;
    return { problems: d && typeof d['ca.crt'] === 'string' ? [] : ['ConfigMap: data["ca.crt"] must be a string'], rules: 0 };
  }
  const crd = typeof o?.kind === 'string' ? loadCrds().get(o.kind) : undefined;
  const schema = crd && typeof o.apiVersion === 'string' ? crd.apiVersions.get(o.apiVersion) : undefined;
  if (!schema) return { problems: [`${o?.kind}/${o?.apiVersion}: no served CRD version`], rules: 0 };
  let fn = compiled.get(schema);
  if (!fn) compiled.set(schema, (fn = ajv.compile(toJsonSchema(schema))));
  const copy = structuredClone(obj);
  const counter = { rules: 0 };
  if (!fn(copy)) return { problems: (fn.errors ?? []).map(describe), rules: 0 };
  const problems: string[] = [];
  checkCel(schema, copy, '', problems, counter);
  return { problems, rules: counter.rules };
}

/** Every document of a YAML stream; problems prefixed with kind/name. */
export function validateStream(text: string): Validation & { objects: unknown[] } {
  const objects = parseAllDocuments(text).map((d) => {
    if (d.errors.length) throw new Error(`YAML: ${d.errors[0]!.message}`);
    return d.toJS() as unknown;
  }).filter((x) => x !== null);
  const problems: string[] = [];
  let rules = 0;
  for (const obj of objects) {
    const v = validateObject(obj);
    const m = obj as { kind?: string; metadata?: { name?: string } };
    problems.push(...v.problems.map((p) => `${m.kind}/${m.metadata?.name}: ${p}`));
    rules += v.rules;
  }
  return { problems, rules, objects };
}


const describe = (e: ErrorObject): string => `${e.instancePath || '/'}: ${e.message ?? e.keyword}${e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : ''}`;
