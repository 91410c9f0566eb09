/**
 * auth-proxy-set-headers under hostile input (fixed seed): generated ConfigMap entries whose names
 * and values carry quotes, "$", braces, newlines, and Lua, HAProxy, Envoy and Caddy metacharacters.
 * Every case is refused with located errors exactly when an independent copy of the grammar
 * (lower/auth-headers.ts) refuses it, and an accepted one reads back, on every target that
 * honours the annotation, as exactly the header the ConfigMap says (each target's quoting undone by
 * an independent reader here: nginx's tokenizer, Lua string literals in an anchored shape, Caddy's
 * JSON). Traefik and Gateway API always refuse (IC2101). A sample passes nginx's, HAProxy's and
 * Envoy's own validators.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compile, type CompileResult, type TargetName } from '../../src/index.js';
import { skipReason } from '../harness/proxies.js';
import { payload } from './generators.js';
import { parseNginx, type NginxDirective } from './tokenizers.js';
import { realValidate } from './runner.js';

const SEED = 20261207;
const RUNS = 250;
const TARGETS: TargetName[] = ['nginx', 'haproxy', 'envoy', 'caddy', 'traefik', 'gateway-api'];
const HONOURING = new Set<TargetName>(['nginx', 'haproxy', 'envoy', 'caddy']);

// ---- the grammar, written again (not imported) ----
const VAR = '(?:remote_addr|host|scheme|request_uri|http_[a-z0-9_]{1,64})';
const VALUE = new RegExp(`^(?:[A-Za-z0-9 _.,:;/=+*!@#%&()\\[\\]<>?~^|-]|\\$\\{${VAR}\\}|\\$${VAR}(?![A-Za-z0-9_]))+$`);
const RESERVED = /^(host|content-length|transfer-encoding|connection|upgrade|te|trailer|keep-alive|proxy-connection|expect|x-forwarded-(proto|for)|x-request-id|x-original-(url|method|uri)|x-scheme|x-sent-from|x-real-ip|x-auth-request-redirect)$/i;
const acceptable = (d: Record<string, string>): boolean => {
  const names = Object.keys(d).map((k) => k.toLowerCase());
  return names.length === new Set(names).size && Object.entries(d).every(([k, v]) => /^[A-Za-z0-9_-]{1,128}$/.test(k) && !RESERVED.test(k) && v.length <= 1024 && VALUE.test(v));
};

/** A value as parts: text, or a variable name (nginx's, "$" and braces dropped). */
type Part = { text: string } | { v: string };
function parts(value: string): Part[] {
  const out: Part[] = [];
  const re = /\$\{([a-z0-9_]+)\}|\$([a-z0-9_]+)|([^$]+)/g;
  for (const m of value.matchAll(re)) {
    if (m[3] !== undefined) {
      const last = out[out.length - 1];
      if (last && 'text' in last) last.text += m[3];
      else out.push({ text: m[3] });
    } else out.push({ v: m[1] ?? m[2]! });
  }
  return out;
}
const joinText = (ps: Part[]): Part[] => ps.reduce<Part[]>((acc, p) => {
  const last = acc[acc.length - 1];
  if ('text' in p && last && 'text' in last) last.text += p.text;
  else acc.push({ ...p });
  return acc;
}, []);

// ---- generators ----
const PIECES = [
  '$remote_addr', '${host}', '$scheme', '$request_uri', '$http_x_in', '${http_x_y_z}', '$hostx', '$HTTP_X', '$cookie_a', '${', '$', '}', '{', '${host',
  '{http.request.uri}', '{env.HOME}', '%[src]', '%DOWNSTREAM_REMOTE_ADDRESS%', '"; return 200; #', "'; http-request deny #", '" .. os.exit() .. "', '\\', '\n', 'a\r\nX: y', ']]--', '`id`', "'", '"', ';',
];
const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((n) => String.fromCharCode(n)), minLength: 1, maxLength: 12 });
const piece = fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z0-9 .,:;/=+*!@#%&()<>?~^|_-]{1,10}$/) }, { weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: printable }, { weight: 1, arbitrary: payload });
const value = fc.array(piece, { minLength: 1, maxLength: 4 }).map((ps) => ps.join(''));
const name = fc.oneof({ weight: 8, arbitrary: fc.stringMatching(/^X-[A-Za-z0-9_-]{1,10}$/) }, { weight: 1, arbitrary: fc.constantFrom('Host', 'X-Real-IP', 'Bad Name', 'x:y', 'é', '"', '') }, { weight: 1, arbitrary: payload });
const data = fc.dictionary(name, value, { minKeys: 1, maxKeys: 3 });

const sources = (d: Record<string, string>): { path: string; text: string }[] => [
  {
    path: 'ing.yaml',
    text: `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: h\n  namespace: default\n  annotations: {nginx.ingress.kubernetes.io/auth-url: "http://127.0.0.1:9/auth", nginx.ingress.kubernetes.io/auth-proxy-set-headers: default/ah}\nspec:\n  ingressClassName: nginx\n  rules:\n  - host: h.test\n    http:\n      paths:\n      - {path: /, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}\n`,
  },
  { path: 'ah.yaml', text: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ah, namespace: default}\ndata:\n${Object.entries(d).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}\n`).join('')}` },
];
const build = (d: Record<string, string>, target: TargetName): CompileResult => compile(sources(d), { target, backends: ['default/echo:80=127.0.0.1:9'], listenHttp: '127.0.0.1:8080', listenHttps: '127.0.0.1:8443' });

// ---- read-back: header name → parts, per target ----
const LUA_STR = '"(?:[^"\\\\\\n]|\\\\[\\\\"])*"';
const unlua = (s: string): string => s.slice(1, -1).replace(/\\(.)/g, '$1');

function walk(tree: NginxDirective[], out: NginxDirective[] = []): NginxDirective[] {
  for (const d of tree) {
    out.push(d);
    if (d.block) walk(d.block, out);
  }
  return out;
}

function readNginx(r: CompileResult): Map<string, Part[]> {
  const out = new Map<string, Part[]>();
  const tree = parseNginx(r.files.find((f) => f.path.endsWith('nginx.conf'))!.content).tree;
  const loc = walk(tree).find((d) => d.name === 'location' && d.args.join(' ') === '= /@ingressc-auth-0');
  assert.ok(loc?.block, 'nginx: no auth location');
  const standard = /^(content-length|x-forwarded-proto|host|x-original-url|x-original-method|x-sent-from|x-real-ip|x-forwarded-for|x-auth-request-redirect)$/i;
  for (const d of loc.block) if (d.name === 'proxy_set_header' && !standard.test(d.args[0]!)) {
    assert.equal(d.args.length, 2, `nginx: ${JSON.stringify(d.args)}`);
    out.set(d.args[0]!.toLowerCase(), parts(d.args[1]!));
  }
  return out;
}

function readHaproxy(r: CompileResult): Map<string, Part[]> {
  const out = new Map<string, Part[]>();
  const lua = r.files.find((f) => f.path === 'auth/ext-auth.lua')!.content;
  const PART = `(?:${LUA_STR}|\\{ [vh] = ${LUA_STR} \\})`;
  const ENTRY = `\\{ name = (${LUA_STR}), value = \\{ (${PART}(?:, ${PART})*) \\} \\}`;
  const m = new RegExp(`headers = \\{ [^\\n]*?\\}, set = \\{ ((?:${ENTRY}(?:, )?)*) \\}, always = `).exec(lua);
  assert.ok(m, 'haproxy: the set list is not in its anchored shape');
  for (const e of m[1]!.matchAll(new RegExp(ENTRY, 'g'))) {
    const ps: Part[] = [...e[2]!.matchAll(new RegExp(`(${LUA_STR})|\\{ ([vh]) = (${LUA_STR}) \\}`, 'g'))].map((p) =>
      p[1] !== undefined ? { text: unlua(p[1]) } : { v: p[2] === 'h' ? `http_${unlua(p[3]!).replace(/-/g, '_')}` : unlua(p[3]!) },
    );
    out.set(unlua(e[1]!), joinText(ps));
  }
  return out;
}

function readEnvoy(r: CompileResult): Map<string, Part[]> {
  const out = new Map<string, Part[]>();
  const cfg = JSON.stringify(JSON.parse(r.files.find((f) => f.path === 'envoy.json')!.content));
  const scripts = [...cfg.matchAll(/"inline_string":("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]!) as string).filter((x) => x.includes('ingressc external authentication'));
  assert.equal(scripts.length, 1, 'envoy: one auth script');
  const src = scripts[0]!;
  const EXPR = `${LUA_STR}|client_ip\\(h\\)|\\(authority:match\\("\\^%\\[\\[\\^%\\]\\]\\*%\\]"\\) or authority:match\\("\\^\\[\\^:\\]\\*"\\)\\):lower\\(\\)|scheme|uri|\\(req:get\\(${LUA_STR}\\) or ""\\)`;
  const line = new RegExp(`^  do local v = ((?:${EXPR})(?: \\.\\. (?:${EXPR}))*); call\\[(${LUA_STR})\\] = v ~= "" and v or nil end$`);
  for (const l of src.split('\n').filter((x) => x.startsWith('  do local v'))) {
    const m = line.exec(l);
    assert.ok(m, `envoy: line not in its anchored shape: ${l}`);
    // The anchored line above fixed the shape; this walks its expressions in order.
    const ps: Part[] = [...m[1]!.matchAll(new RegExp(`\\(req:get\\((${LUA_STR})\\) or ""\\)|(${LUA_STR})|(client_ip\\(h\\))|(\\(authority:match[^ ]* or authority:match[^ ]*:lower\\(\\))|(scheme)|(uri)`, 'g'))].map((p) =>
      p[1] !== undefined ? { v: `http_${unlua(p[1]).replace(/-/g, '_')}` } : p[2] !== undefined ? { text: unlua(p[2]) } : p[3] ? { v: 'remote_addr' } : p[4] ? { v: 'host' } : p[5] ? { v: 'scheme' } : { v: 'request_uri' },
    );
    out.set(unlua(m[2]!), joinText(ps));
  }
  return out;
}

const CADDY_VARS: Record<string, string> = { '{http.request.remote.host}': 'remote_addr', '{http.request.host}': 'host', '{http.request.scheme}': 'scheme', '{http.request.uri}': 'request_uri' };
function readCaddy(r: CompileResult): Map<string, Part[]> {
  const out = new Map<string, Part[]>();
  const found: Record<string, string[]>[] = [];
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (o.handler === 'reverse_proxy' && (o.headers as { request?: { set?: Record<string, string[]> } } | undefined)?.request?.set?.['X-Sent-From']) found.push((o.headers as { request: { set: Record<string, string[]> } }).request.set);
      Object.values(o).forEach(visit);
    }
  };
  visit(JSON.parse(r.files.find((f) => f.path === 'caddy.json')!.content));
  assert.equal(found.length, 1, 'caddy: one auth reverse_proxy');
  const standard = /^(host|x-original-url|x-original-method|x-sent-from|x-real-ip|x-forwarded-for|x-auth-request-redirect)$/i;
  for (const [k, [v]] of Object.entries(found[0]!)) {
    if (standard.test(k)) continue;
    const ps: Part[] = [...v!.matchAll(/(\{http\.request\.header\.([A-Za-z0-9_-]+)\})|(\{[^}]*\})|([^{}]+)/g)].map((p) => {
      if (p[1]) return { v: `http_${p[2]!.toLowerCase().replace(/-/g, '_')}` };
      if (p[3]) {
        assert.ok(CADDY_VARS[p[3]], `caddy: unexpected placeholder ${p[3]}`);
        return { v: CADDY_VARS[p[3]]! };
      }
      return { text: p[4]! };
    });
    out.set(k.toLowerCase(), joinText(ps));
  }
  return out;
}

const READERS: Partial<Record<TargetName, (r: CompileResult) => Map<string, Part[]>>> = { nginx: readNginx, haproxy: readHaproxy, envoy: readEnvoy, caddy: readCaddy };

test(`auth-proxy-set-headers fuzz: ${RUNS} generated ConfigMaps × ${TARGETS.length} targets are refused with located errors or read back exactly`, () => {
  let accepted = 0;
  // Findings are collected (fast-check would only show the shrunk input): the first ones are shown with their message.
  const problems: string[] = [];
  fc.assert(
    fc.property(data, (d) => {
      try {
        check(d);
      } catch (e) {
        problems.push(`${JSON.stringify(d)}: ${(e as Error).message}`);
      }
    }),
    { seed: SEED, numRuns: RUNS },
  );
  assert.deepEqual(problems.slice(0, 3), []);
  assert.ok(accepted >= 20, `only ${accepted} accepted cases: the generator must reach the emitters`);

  function check(d: Record<string, string>): void {
      const ok = acceptable(d);
      for (const target of TARGETS) {
        const r = build(d, target);
        const errors = r.diagnostics.filter((x) => x.severity === 'error');
        for (const e of errors) assert.ok(e.loc, `${target}: an error without a location: ${e.message}`);
        if (!HONOURING.has(target)) {
          assert.ok(!r.ok && errors.some((e) => e.code === 'IC2101'), `${target} must refuse auth-proxy-set-headers`);
          continue;
        }
        assert.equal(r.ok, ok, `${target}: ${r.ok ? 'accepted' : 'refused'} ${JSON.stringify(d)} (the grammar says ${ok ? 'accept' : 'refuse'}): ${JSON.stringify(errors.map((e) => e.message))}`);
        // (A value YAML cannot carry fails earlier, IC1030, leaving the ConfigMap out: IC3220.)
        if (!r.ok) continue;
        const got = READERS[target]!(r);
        const want = new Map(Object.entries(d).map(([k, v]) => [k.toLowerCase(), parts(v)]));
        assert.deepEqual(Object.fromEntries(got), Object.fromEntries(want), `${target}: ${JSON.stringify(d)}`);
      }
      if (ok) accepted++;
  }
});

for (const target of ['nginx', 'haproxy', 'envoy'] as const)
  test(`auth-proxy-set-headers fuzz: a sample of accepted ${target} outputs passes ${target}'s own validator`, { skip: skipReason(target) }, async () => {
    let validated = 0;
    for (const d of fc.sample(data, { seed: SEED + 1, numRuns: 300 })) {
      if (validated >= 3) break;
      if (!acceptable(d)) continue;
      const r = build(d, target);
      assert.ok(r.ok);
      const res = await realValidate(target, r);
      assert.ok(res.ok, `${target} refused ${JSON.stringify(d)}:\n${res.output}`);
      validated++;
    }
    assert.equal(validated, 3);
  });
