/**
 * Custom headers under hostile input (fixed seed): generated names and values in the ConfigMaps of
 * custom-headers, add-headers and proxy-set-headers. Every case either fails with located errors
 * or compiles, on every target, to an output from which each header reads back exactly as the IR
 * says (each target's quoting undone by an independent reader here), and, for a sample, passes the
 * proxy's own validator.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parse, parseAllDocuments } from 'yaml';
import { compile, type CompileResult, type TargetName } from '../../src/index.js';
import { parseNginx, type NginxDirective } from './tokenizers.js';
import { payload } from './generators.js';
import { realValidate } from './runner.js';

const SEED = 20261208;
const TARGETS: TargetName[] = ['nginx', 'haproxy', 'envoy', 'caddy', 'traefik', 'gateway-api'];
const NAME = /^[A-Za-z0-9_-]+$/;
const VALUE = /^[a-zA-Z\d_ :;.,\\/"'?!(){}[\]@<>=\-+*#$&`|~^%]+$/;

const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((n) => String.fromCharCode(n)), minLength: 1, maxLength: 24 });
const name = fc.oneof({ weight: 6, arbitrary: fc.stringMatching(/^X-[A-Za-z0-9_-]{1,12}$/) }, { weight: 1, arbitrary: fc.constantFrom('Bad Name', 'x:y', 'é', '') }, { weight: 1, arbitrary: payload });
const value = fc.oneof({ weight: 6, arbitrary: printable }, { weight: 1, arbitrary: fc.constantFrom('{http.request.uri}', '%[src]', '%DOWNSTREAM_REMOTE_ADDRESS%', '$remote_addr', "'; http-request deny #", '"; return 200; #', 'a\tb', '') }, { weight: 1, arbitrary: payload });
const data = fc.dictionary(name, value, { minKeys: 1, maxKeys: 4 });
const cases = fc.record({ custom: data, add: data, set: data });
type Case = { custom: Record<string, string>; add: Record<string, string>; set: Record<string, string> };

const map = (ns: string, n: string, d: Record<string, string>): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${n}, namespace: ${ns}}\ndata:\n${Object.entries(d).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}\n`).join('')}`;

const sources = (c: Case, sets: boolean): { path: string; text: string }[] => [
  {
    path: 'ing.yaml',
    text: `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: h\n  namespace: default\n  annotations: {nginx.ingress.kubernetes.io/custom-headers: default/custom}\nspec:\n  ingressClassName: nginx\n  rules:\n  - host: h.test\n    http:\n      paths:\n      - {path: /, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}\n`,
  },
  { path: 'custom.yaml', text: map('default', 'custom', c.custom) },
  { path: 'add.yaml', text: map('ingress-nginx', 'add', c.add) },
  { path: 'set.yaml', text: map('ingress-nginx', 'set', c.set) },
  {
    path: 'cm.yaml',
    text: map('ingress-nginx', 'ingress-nginx-controller', {
      'add-headers': 'ingress-nginx/add',
      ...(sets ? { 'proxy-set-headers': 'ingress-nginx/set' } : {}),
      'global-allowed-response-headers': [...new Set(Object.keys(c.custom).filter((k) => NAME.test(k)))].join(',') || 'X-None',
    }),
  },
];

/** proxy-set-headers fails where it is not honoured (Traefik, Gateway API: IC3151). */
const withSets = (t: TargetName): boolean => t !== 'traefik' && t !== 'gateway-api';

const build = (c: Case, target: TargetName): CompileResult =>
  compile(sources(c, withSets(target)), { target, backends: ['default/echo:80=127.0.0.1:9'], controllerConfig: 'ingress-nginx/ingress-nginx-controller', listenHttp: '127.0.0.1:8080', listenHttps: '127.0.0.1:8443' });

/** What ingress-nginx would accept: valid names and values; add-headers and proxy-set-headers without "$". */
const acceptable = (d: Record<string, string>, dollar: boolean): boolean => Object.entries(d).every(([k, v]) => NAME.test(k) && VALUE.test(v) && (dollar || !v.includes('$')));
const FORWARDED = /^(host|connection|upgrade|proxy|x-request-id|x-real-ip|x-forwarded-(for|host|port|proto|scheme)|x-scheme|x-original-forwarded-for|x-original-uri)$/i;

/** name → value, later entries winning, by lowercase name. */
const merged = (...ds: Record<string, string>[]): Map<string, [string, string]> => {
  const m = new Map<string, [string, string]>();
  for (const d of ds) for (const [k, v] of Object.entries(d)) m.set(k.toLowerCase(), [k, v]);
  return m;
};

function walk(tree: NginxDirective[], out: NginxDirective[] = []): NginxDirective[] {
  for (const d of tree) {
    out.push(d);
    if (d.block) walk(d.block, out);
  }
  return out;
}

/** The response headers each target wrote for the route, read back (lowercase name → value). */
function readResponseHeaders(target: TargetName, r: CompileResult): Map<string, string> {
  const out = new Map<string, string>();
  const text = (p: RegExp): string => r.files.find((f) => p.test(f.path))!.content;
  if (target === 'nginx') {
    const all = walk(parseNginx(text(/nginx\.conf$/)).tree);
    for (const d of all.filter((x) => x.name === 'add_header' && x.args[2] === 'always' && !/^(Strict-Transport|Access-Control|Set-Cookie)/i.test(x.args[0]!)))
      out.set(d.args[0]!.toLowerCase(), d.args[1]!.replace(/\$\{ingressc_dollar\}/g, '$'));
  } else if (target === 'haproxy') {
    for (const line of text(/haproxy\.cfg$/).split('\n')) {
      const m = /^\s*http-response set-header ([A-Za-z0-9_-]+) ((?:'[^']*'|\\')+)$/.exec(line);
      if (!m || m[1] === 'Server') continue;
      const raw = m[2]!.replace(/'([^']*)'|\\'/g, (_, q: string | undefined) => (q === undefined ? "'" : q));
      out.set(m[1]!.toLowerCase(), raw.replace(/%%/g, '%'));
    }
  } else if (target === 'envoy') {
    const doc = JSON.parse(text(/envoy\.json$/)) as unknown;
    const visit = (o: unknown): void => {
      if (Array.isArray(o)) return o.forEach(visit);
      if (!o || typeof o !== 'object') return;
      const rec = o as Record<string, unknown>;
      if (Array.isArray(rec.response_headers_to_add) && rec.route)
        for (const h of rec.response_headers_to_add as { header: { key: string; value: string } }[]) out.set(h.header.key, h.header.value.replace(/%%/g, '%'));
      Object.values(rec).forEach(visit);
    };
    visit(doc);
  } else if (target === 'caddy') {
    const c = JSON.parse(text(/caddy\.json$/)) as { apps: { http: { servers: Record<string, { named_routes?: Record<string, { handle: { headers?: { response?: { set?: Record<string, string[]> } } }[] }> }> } } };
    for (const s of Object.values(c.apps.http.servers))
      for (const nr of Object.values(s.named_routes ?? {}))
        for (const [k, v] of Object.entries(nr.handle[0]?.headers?.response?.set ?? {})) if (k !== 'Server') out.set(k.toLowerCase(), v[0]!.replace(/\\([{}])/g, '$1'));
  } else if (target === 'traefik') {
    for (const f of r.files.filter((x) => /\.(ya?ml|json)$/.test(x.path))) {
      const d = (/\.json$/.test(f.path) ? JSON.parse(f.content) : parse(f.content)) as { http?: { middlewares?: Record<string, { headers?: { customResponseHeaders?: Record<string, string> } }> } };
      for (const [n, m] of Object.entries(d?.http?.middlewares ?? {})) if (n.startsWith('ingressc-headers-')) for (const [k, v] of Object.entries(m.headers?.customResponseHeaders ?? {})) out.set(k.toLowerCase(), v);
    }
  } else {
    for (const f of r.files.filter((x) => /\.ya?ml$/.test(x.path)))
      for (const doc of parseAllDocuments(f.content)) {
        const o = doc.toJS() as { kind?: string; spec?: { rules?: { filters?: { type: string; responseHeaderModifier?: { set: { name: string; value: string }[] } }[] }[] } };
        if (o?.kind !== 'HTTPRoute') continue;
        for (const rule of o.spec?.rules ?? []) for (const fl of rule.filters ?? []) if (fl.type === 'ResponseHeaderModifier') for (const h of fl.responseHeaderModifier!.set) out.set(h.name.toLowerCase(), h.value);
      }
  }
  return out;
}

test('custom headers fuzz: hostile names and values are refused with located errors or read back exactly from every output', () => {
  let compiled = 0;
  let refused = 0;
  let readBack = 0;
  fc.assert(
    fc.property(cases, (c) => {
      for (const target of TARGETS) {
        const r = build(c, target);
        const valid = acceptable(c.custom, true) && acceptable(c.add, false) && (!withSets(target) || (acceptable(c.set, false) && Object.keys(c.set).every((k) => !FORWARDED.test(k))));
        if (!r.ok) {
          refused++;
          for (const d of r.diagnostics.filter((x) => x.severity === 'error')) assert.ok(d.loc, `${target}: unlocated ${d.code} ${d.message}`);
          const tooMany = target === 'gateway-api' && merged(c.add, c.custom).size > 16;
          assert.ok(!valid || tooMany, `${target} refused a valid case: ${JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message))} ${JSON.stringify(c)}`);
          continue;
        }
        compiled++;
        assert.ok(valid, `${target} compiled an invalid case ${JSON.stringify(c)}`);
        const want = merged(c.add, c.custom);
        const route = r.ir!.vhosts[0]!.prefix[0]!;
        assert.deepEqual(new Map((route.responseHeaders ?? []).map((h) => [h.name.toLowerCase(), h.value])), new Map([...want].map(([k, [, v]]) => [k, v])), `${target} IR`);
        const got = readResponseHeaders(target, r);
        for (const [k, [, v]] of want) {
          assert.equal(got.get(k), v, `${target}: response header ${k} in the output`);
          readBack++;
        }
      }
    }),
    { seed: SEED, numRuns: 60 },
  );
  assert.ok(compiled > 20 && refused > 20 && readBack > 40, `compiled ${compiled}, refused ${refused}, headers read back ${readBack}`);
});

for (const target of ['nginx', 'haproxy', 'envoy', 'caddy'] as const) {
  test(`custom headers fuzz: a sample of accepted ${target} outputs passes the proxy's validator`, async () => {
    const sample = fc.sample(cases, { seed: SEED + 1, numRuns: 200 });
    let validated = 0;
    for (const c of sample) {
      const r = build(c, target);
      if (!r.ok) continue;
      const v = await realValidate(target, r);
      assert.ok(v.ok, `${target} refused:\n${v.output}\n---\n${JSON.stringify(c)}`);
      if (++validated >= 3) break;
    }
    assert.ok(validated >= 2, `only ${validated} accepted cases to validate`);
  });
}

test('custom-headers fuzz: hostile annotation values are refused with located errors (IC2081 grammar, IC3220 missing ConfigMap)', () => {
  const ref = fc.oneof(payload, fc.constantFrom('default/custom', 'custom', 'a/b/c', '/x', 'NS/x', 'default/x"; more_set_headers "y', ' default/custom', 'default/custom '), printable);
  fc.assert(
    fc.property(ref, (v) => {
      const text = sources({ custom: { 'X-A': '1' }, add: { 'X-B': '2' }, set: { 'X-C': '3' } }, true)[0]!.text.replace('default/custom}', `${JSON.stringify(v)}}`);
      const r = compile([{ path: 'ing.yaml', text }, { path: 'custom.yaml', text: map('default', 'custom', { 'X-A': '1' }) }], { target: 'nginx', backends: ['default/echo:80=127.0.0.1:9'] });
      if (v === 'default/custom') return assert.ok(!r.ok && r.diagnostics.some((d) => d.code === 'IC3222'), 'no allow list: IC3222');
      if (v === '') return assert.ok(r.ok, 'an empty value is "not set"');
      assert.ok(!r.ok, `accepted ${JSON.stringify(v)}`);
      for (const d of r.diagnostics.filter((x) => x.severity === 'error')) assert.ok(d.loc, `unlocated ${d.code}`);
    }),
    { seed: SEED + 2, numRuns: 150 },
  );
});
