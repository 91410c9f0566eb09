/**
 * ingress-nginx canaries (docs/ir-v2.md "Backends"): the annotation grammar
 * (src/providers/ingress-nginx/families/canary.ts), the lowering of canary Ingresses
 * (src/lower/canary.ts), the decision's reference semantics (src/ir/match.ts decideCanary, after
 * balancer.lua route_to_alternative_balancer) and the RE2 cookie matcher (src/emit/canary-cookie.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, type TargetName } from '../../src/index.js';
import { cookieValue, decideCanary, matchRequest, type RequestHeaders } from '../../src/ir/match.js';
import type { RouteCanary } from '../../src/ir/types.js';
import { cookieCaptureRegex, cookieLineRegex, cookieLookaheadRegex } from '../../src/emit/canary-cookie.js';

const P = 'nginx.ingress.kubernetes.io/';

interface Ing {
  name: string;
  annotations?: Record<string, string>;
  host?: string;
  paths?: string[];
  service: string;
  defaultBackend?: string;
}

const yaml = (i: Ing): string => {
  const ann = Object.entries(i.annotations ?? {}).map(([k, v]) => `    ${k.includes('/') ? k : P + k}: ${JSON.stringify(v)}\n`).join('');
  const paths = (i.paths ?? ['/']).map((p) => `      - {path: ${p}, pathType: Prefix, backend: {service: {name: ${i.service}, port: {number: 80}}}}\n`).join('');
  const dflt = i.defaultBackend ? `  defaultBackend: {service: {name: ${i.defaultBackend}, port: {number: 80}}}\n` : '';
  return `---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${i.name}\n  namespace: ns\n${ann ? `  annotations:\n${ann}` : ''}spec:\n${dflt}  rules:\n  - host: ${i.host ?? 'a.test'}\n    http:\n      paths:\n${paths}`;
};

const run = (ings: Ing[], target: TargetName = 'nginx') => compile([{ path: 'in.yaml', text: ings.map(yaml).join('') }], { target, resolver: '10.96.0.10' });
const codes = (r: ReturnType<typeof run>): string[] => r.diagnostics.map((d) => d.code);
const main: Ing = { name: 'main', service: 'web' };
const canary = (a: Record<string, string>, more: Partial<Ing> = {}): Ing => ({ name: 'canary', service: 'web-canary', annotations: { canary: 'true', ...a }, ...more });

describe('canary annotation grammar', () => {
  test('valid values compile', () => {
    for (const a of <Record<string, string>[]>[
      { 'canary-weight': '0' },
      { 'canary-weight': '100' },
      { 'canary-weight': '+5' },
      { 'canary-weight': '1000', 'canary-weight-total': '1000' },
      { 'canary-by-header': 'X-Canary_Flag' },
      { 'canary-by-header': 'X-Canary', 'canary-by-header-value': 'v1.2:3/x~_-' },
      { 'canary-by-header': 'X-Canary', 'canary-by-header-pattern': '^Do[A-Z][a-z]+y$' },
      { 'canary-by-cookie': 'Canary-By-Cookie' },
    ]) {
      const r = run([main, canary(a)]);
      assert.equal(r.ok, true, `${JSON.stringify(a)}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
    }
  });

  test('bad values are located errors that say what was expected', () => {
    for (const [a, key] of [
      [{ 'canary-weight': 'abc' }, 'canary-weight'],
      [{ 'canary-weight': '-1' }, 'canary-weight'],
      [{ 'canary-weight': '101' }, 'canary-weight'],
      [{ 'canary-weight': '150', 'canary-weight-total': '120' }, 'canary-weight'],
      [{ 'canary-weight-total': '0' }, 'canary-weight-total'],
      [{ 'canary-weight-total': '1e3' }, 'canary-weight-total'],
      [{ 'canary-by-header': 'X Canary' }, 'canary-by-header'],
      [{ 'canary-by-header': 'X.Canary' }, 'canary-by-header'],
      [{ 'canary-by-header': '-x' }, 'canary-by-header'],
      [{ 'canary-by-header': 'X', 'canary-by-header-value': 'a b' }, 'canary-by-header-value'],
      [{ 'canary-by-header': 'X', 'canary-by-header-value': '"x"' }, 'canary-by-header-value'],
      [{ 'canary-by-header': 'X', 'canary-by-header-pattern': 'a b' }, 'canary-by-header-pattern'],
      [{ 'canary-by-cookie': 'a;b' }, 'canary-by-cookie'],
      [{ 'canary-by-cookie': 'a=b' }, 'canary-by-cookie'],
    ] as const) {
      const r = run([main, canary(a)]);
      const d = r.diagnostics.find((x) => x.severity === 'error');
      assert.ok(d, `${JSON.stringify(a)} must fail`);
      assert.equal(d.code, 'IC2081', JSON.stringify(a));
      assert.match(d.message, /expected/);
      assert.ok(d.message.includes(`${P}${key}`), d.message);
      assert.ok(d.loc && d.loc.line > 1, 'located');
    }
  });

  test('a pattern outside the portable subset is IC2243; lookarounds and backreferences too', () => {
    for (const p of ['[][**da?$&*', '(a)\\1', '(?=a)b', 'a{2,1}']) {
      const r = run([main, canary({ 'canary-by-header': 'X', 'canary-by-header-pattern': p })]);
      assert.ok(codes(r).includes('IC2243') || codes(r).includes('IC2081'), `${p}: ${codes(r).join(',')}`);
      assert.equal(r.ok, false);
    }
  });

  test("quirks are warnings: keys on a non-canary Ingress, value/pattern without the header, a pattern beside a value, a total of 100 or less", () => {
    const nonCanary = run([main, { name: 'other', service: 'x', host: 'b.test', annotations: { 'canary-weight': '10', 'canary-by-header': 'X' } }]);
    assert.equal(nonCanary.ok, true);
    assert.equal(codes(nonCanary).filter((c) => c === 'IC2240').length, 2);
    // The "canary" Ingress is then a normal Ingress (its routes exist).
    assert.equal(matchRequest(nonCanary.ir!, 'b.test', '/').upstream, 'ns_x_80');
    const falseCanary = run([main, { ...canary({ 'canary-weight': '10' }), annotations: { canary: 'false', 'canary-weight': '10' }, host: 'b.test' }]);
    assert.ok(codes(falseCanary).includes('IC2240'));
    assert.ok(codes(run([main, canary({ 'canary-by-header-value': 'v' })])).includes('IC2241'));
    assert.ok(codes(run([main, canary({ 'canary-by-header-pattern': 'v' })])).includes('IC2241'));
    assert.ok(codes(run([main, canary({ 'canary-by-header': 'X', 'canary-by-header-value': 'v', 'canary-by-header-pattern': 'w' })])).includes('IC2242'));
    const low = run([main, canary({ 'canary-weight': '50', 'canary-weight-total': '50' })]);
    assert.ok(codes(low).includes('IC2244'));
    // ingress-nginx draws out of 100 then: 50 of 100, not all.
    assert.deepEqual(matchRequest(low.ir!, 'a.test', '/').split?.map((s) => s.weight), [50, 50]);
  });
});

describe('canary lowering', () => {
  test('a canary makes no route of its own; without a main Ingress it has no effect (IC3121)', () => {
    const r = run([canary({ 'canary-by-header': 'X' })]);
    assert.ok(codes(r).includes('IC3121'));
    assert.equal(r.ir?.vhosts.length, 0);
    const other = run([main, canary({ 'canary-by-header': 'X' }, { paths: ['/other'] })]);
    assert.ok(codes(other).includes('IC3121'));
    assert.equal(matchRequest(other.ir!, 'a.test', '/other', { X: 'always' }).upstream, 'ns_web_80');
  });

  test('the canary splits every route of the main Service (IC3123), on any host', () => {
    const r = run([{ ...main, paths: ['/', '/b'] }, { name: 'm2', service: 'web', host: 'c.test' }, canary({ 'canary-by-header': 'X' })]);
    assert.ok(codes(r).includes('IC3123'));
    for (const [h, p] of [['a.test', '/'], ['a.test', '/b'], ['c.test', '/x']] as const) {
      assert.equal(matchRequest(r.ir!, h, p, { x: 'always' }).upstream, 'ns_web-canary_80', `${h}${p}`);
      assert.equal(matchRequest(r.ir!, h, p).upstream, 'ns_web_80');
    }
  });

  test('only the first canary (oldest, then name order) of a main Service acts (IC3122)', () => {
    const r = run([main, canary({ 'canary-by-header': 'X' }), { ...canary({ 'canary-by-header': 'Y' }), name: 'canary2', service: 'other' }]);
    assert.ok(codes(r).includes('IC3122'));
    const a = matchRequest(r.ir!, 'a.test', '/', { x: 'always' }).upstream;
    const b = matchRequest(r.ir!, 'a.test', '/', { y: 'always' }).upstream;
    assert.equal([a, b].filter((u) => u !== 'ns_web_80').length, 1, `${a} ${b}`);
  });

  test("a canary's other annotations are ignored (IC3120), even access control: the main route's policies guard canary requests", () => {
    const r = run([{ ...main, annotations: { 'allowlist-source-range': '10.0.0.0/8' } }, canary({ 'canary-by-header': 'X', 'denylist-source-range': '10.0.0.0/8', 'rewrite-target': '/x' })]);
    assert.equal(r.ok, true);
    assert.equal(codes(r).filter((c) => c === 'IC3120').length, 2);
    const route = r.ir!.vhosts[0]!.prefix[0]!;
    assert.deepEqual(route.policies?.sourceAllow, ['10.0.0.0/8']);
    assert.equal(route.canary?.upstream, 'ns_web-canary_80');
    assert.equal(route.filters, undefined);
  });

  test('refused: a canary defaultBackend (IC3125), a main Service that is also a default backend (IC3124)', () => {
    assert.ok(codes(run([main, canary({ 'canary-by-header': 'X' }, { defaultBackend: 'web-canary' })])).includes('IC3125'));
    const r = run([{ ...main, defaultBackend: 'web' }, canary({ 'canary-by-header': 'X' })]);
    assert.ok(codes(r).includes('IC3124'));
    assert.equal(r.ok, false);
  });

  test('a canary of "/" on a host without a "/" path would split the default backend: refused (IC3124)', () => {
    const r = run([{ ...main, paths: ['/a'] }, canary({ 'canary-by-header': 'X' })]);
    assert.ok(codes(r).includes('IC3124'));
    assert.equal(r.ok, false);
    // A host no main Ingress names has no server: no effect.
    assert.ok(codes(run([{ ...main, host: 'b.test' }, canary({ 'canary-by-header': 'X' })])).includes('IC3121'));
  });

  // Without creationTimestamps, precedence is namespace/name descending: "main" > "direct" > "canary" > "a-direct".
  test("a later non-canary path to a canary's Service gets no route (IC3126)", () => {
    const r = run([main, canary({ 'canary-by-header': 'X' }), { name: 'a-direct', service: 'web-canary', host: 'd.test' }]);
    assert.ok(codes(r).includes('IC3126'));
    assert.equal(matchRequest(r.ir!, 'd.test', '/').via, 'not-found');
    assert.equal(matchRequest(r.ir!, 'a.test', '/', { x: 'always' }).upstream, 'ns_web-canary_80');
  });

  test('an earlier non-canary Ingress naming the canary Service leaves the canary without settings (IC3127), and serves its path', () => {
    const r = run([main, canary({ 'canary-by-header': 'X', 'canary-weight': '100' }), { name: 'direct', service: 'web-canary', host: 'd.test' }]);
    assert.ok(codes(r).includes('IC3127'));
    assert.equal(matchRequest(r.ir!, 'd.test', '/').upstream, 'ns_web-canary_80');
    assert.equal(matchRequest(r.ir!, 'a.test', '/', { x: 'always' }).upstream, 'ns_web_80');
  });

  test("two canaries with one canary Service: the first one's settings apply to both", () => {
    const r = run([
      main,
      { name: 'main2', service: 'web2', host: 'b.test' },
      canary({ 'canary-by-header': 'X' }),
      { ...canary({ 'canary-by-header': 'Y' }), name: 'b-canary', host: 'b.test' },
    ]);
    assert.equal(matchRequest(r.ir!, 'b.test', '/', { x: 'always' }).upstream, 'ns_web-canary_80');
    assert.equal(matchRequest(r.ir!, 'b.test', '/', { y: 'always' }).upstream, 'ns_web2_80');
  });

  test('a key without a support row fails closed (IC2102): Gateway API has no cookie match', () => {
    const r = run([main, canary({ 'canary-by-cookie': 'ck', 'canary-weight': '5' })], 'gateway-api');
    assert.equal(r.ok, false);
    assert.deepEqual(codes(r).filter((c) => c === 'IC2102').length, 1);
  });

  test('a Service without endpoints: 503 where the target can order it after the access check, refused where not (IC4120, IC4121)', () => {
    const empty = `---\napiVersion: v1\nkind: Service\nmetadata: {name: web-canary, namespace: ns}\nspec:\n  ports: [{port: 80}]\n---\napiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: web-canary-1, namespace: ns, labels: {kubernetes.io/service-name: web-canary}}\naddressType: IPv4\nports: [{port: 80}]\nendpoints:\n- addresses: [10.0.0.9]\n  conditions: {ready: false}\n`;
    const go = (ings: Ing[], target: TargetName) => compile([{ path: 'in.yaml', text: ings.map(yaml).join('') + empty }], { target, resolver: '10.96.0.10' });
    const guarded = [{ ...main, annotations: { 'allowlist-source-range': '10.0.0.0/8' } }, canary({ 'canary-by-header': 'X', 'canary-weight': '30' })];
    assert.ok(go(guarded, 'nginx').diagnostics.some((d) => d.code === 'IC4121'));
    assert.equal(go(guarded, 'haproxy').ok, true);
    assert.equal(go(guarded, 'envoy').ok, true);
    const open = [main, canary({ 'canary-by-header': 'X', 'canary-weight': '30' })];
    assert.equal(go(open, 'nginx').ok, true);
    assert.ok(go(open, 'traefik').diagnostics.some((d) => d.code === 'IC4120'));
    assert.ok(go(open, 'caddy').diagnostics.some((d) => d.code === 'IC4120'));
  });

  test('--skip-annotation compiles as if the key were absent', () => {
    const ings = [main, canary({ 'canary-by-cookie': 'ck', 'canary-weight': '500', 'canary-weight-total': '1000' })];
    const text = ings.map(yaml).join('');
    const r = compile([{ path: 'in.yaml', text }], { target: 'gateway-api', resolver: '10.96.0.10', skipAnnotations: [`${P}canary-by-cookie`, `${P}canary-weight-total`] });
    assert.equal(r.ok, true, r.diagnostics.map((d) => d.message).join('; '));
    const c = r.ir!.vhosts[0]!.prefix[0]!.canary!;
    assert.equal(c.cookie, undefined);
    assert.deepEqual([c.weight, c.weightTotal], [100, 100]);
  });
});

describe('canary decision (match.ts, after balancer.lua)', () => {
  const at = { file: 'x', line: 1, col: 1 };
  const c = (x: Partial<RouteCanary>): RouteCanary => ({ upstream: 'can', weight: 0, weightTotal: 100, ingress: 'ns/c', origin: at, ...x });
  const d = (x: Partial<RouteCanary>, h: RequestHeaders = {}) => decideCanary(c(x), h);

  test('header: always/never decide, anything else falls through; names are case-insensitive', () => {
    const h = { header: { name: 'X-Canary' }, cookie: 'ck', weight: 30 };
    assert.deepEqual(d(h, { 'x-canary': 'always' }), { by: 'header', canary: true });
    assert.deepEqual(d(h, { 'X-CANARY': 'never', cookie: 'ck=always' }), { by: 'header', canary: false });
    assert.deepEqual(d(h, { 'X-Canary': 'Always', cookie: 'ck=always' }), { by: 'cookie', canary: true });
    assert.deepEqual(d(h, { 'X-Canary': '' }), { by: 'weight', weight: 30, weightTotal: 100 });
  });

  test('header value: only the exact value decides (always and never do not)', () => {
    const h = { header: { name: 'X', value: 'DoCanary' } };
    assert.deepEqual(d(h, { X: 'DoCanary' }), { by: 'header', canary: true });
    for (const v of ['docanary', 'always', 'never', 'DoCanary.', 'Do Canary']) assert.equal(d(h, { X: v }).by, 'weight', v);
    // HTTP drops the spaces around a field value (every proxy does).
    assert.deepEqual(d(h, { X: ' DoCanary\t' }), { by: 'header', canary: true });
  });

  test('header pattern: a case-sensitive search', () => {
    const h = { header: { name: 'X', pattern: 'Do[A-Z][a-z]+y' } };
    assert.deepEqual(d(h, { X: 'xxDoCanaryzz' }), { by: 'header', canary: true });
    assert.equal(d(h, { X: 'Docanary' }).by, 'weight');
    assert.equal(d({ header: { name: 'X', pattern: '^a$' } }, { X: 'A' }).by, 'weight');
  });

  test('cookie: the first cookie of that name (any case) decides', () => {
    const k = { cookie: 'Canary-By-Cookie' };
    assert.deepEqual(d(k, { Cookie: 'a=1; canary-by-cookie=always; b=2' }), { by: 'cookie', canary: true });
    assert.deepEqual(d(k, { Cookie: 'Canary-By-Cookie=never; Canary-By-Cookie=always' }), { by: 'cookie', canary: false });
    assert.equal(d(k, { Cookie: 'xCanary-By-Cookie=always' }).by, 'weight');
    assert.equal(d(k, { Cookie: 'Canary-By-Cookie=alwaysx' }).by, 'weight');
  });

  test('matchRequest reports a weighted split instead of drawing', () => {
    const r = run([main, canary({ 'canary-weight': '20' })]);
    const m = matchRequest(r.ir!, 'a.test', '/');
    assert.equal(m.upstream, 'ns_web_80');
    assert.deepEqual(m.split, [{ upstream: 'ns_web_80', weight: 80 }, { upstream: 'ns_web-canary_80', weight: 20 }]);
    const all = run([main, canary({ 'canary-weight': '100' })]);
    assert.equal(matchRequest(all.ir!, 'a.test', '/').upstream, 'ns_web-canary_80');
  });
});

describe("the cookie regexes of every target agree with match.ts (nginx's $cookie_ parse)", () => {
  const names = ['c', 'Canary-By-Cookie', 'ab', 'x_1'];
  const pieces = ['c', 'C', 'ab', 'AB', 'aB', 'x_1', 'X_1', 'Canary-By-Cookie', 'canary-by-cookie', 'Canary', 'cc', 'a', 'b', ''];
  const values = ['always', 'never', 'alwaysx', '', 'Always', 'x', 'always ', ' never', 'always,x', 'a=b'];
  const seps = [';', '; ', ';  ', ',', ', ', ';'];
  // mulberry32: a small deterministic generator (integer arithmetic only).
  let seed = 7;
  const rnd = (n: number): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  test('on random Cookie lines (separators ";" and ",", spaces around "=", case, prefixes of the name)', () => {
    let decided = 0;
    for (let i = 0; i < 6000; i++) {
      let line = '';
      for (let j = rnd(4); j >= 0; j--) {
        const pair = `${pieces[rnd(pieces.length)]}${' '.repeat(rnd(5) === 0 ? 1 : 0)}${rnd(8) === 0 ? '' : `=${' '.repeat(rnd(5) === 0 ? 1 : 0)}${values[rnd(values.length)]}`}`;
        line += line === '' && j >= 0 && i % 2 === 0 ? pair : `${line === '' ? '' : seps[rnd(seps.length)]}${pair}`;
      }
      // Proxies hand the value over without the spaces around it (match.ts trims it too).
      line = line.trim();
      const name = names[rnd(names.length)]!;
      const want = cookieValue({ cookie: line }, name);
      if (want === 'always' || want === 'never') decided++;
      const capture = new RegExp(cookieCaptureRegex(name)).exec(line);
      assert.equal(capture ? capture[1] : undefined, want, `nginx form: ${JSON.stringify(line)} ${name}`);
      for (const v of ['always', 'never']) {
        assert.equal(new RegExp(`^(?:${cookieLineRegex(name, v)})$`).test(line), want === v, `RE2 form: ${JSON.stringify(line)} ${name}=${v} (match.ts: ${JSON.stringify(want)})`);
        assert.equal(new RegExp(cookieLookaheadRegex(name, v)).test(line), want === v, `HAProxy form: ${JSON.stringify(line)} ${name}=${v}`);
      }
    }
    assert.ok(decided > 300, `${decided} lines decided`);
  });

  test("nginx's parse, by example", () => {
    const v = (line: string, name = 'ck'): string | undefined => cookieValue({ Cookie: line }, name);
    assert.equal(v('a=1; CK = always ;b'), 'always ');
    assert.equal(v('a=1,ck=always'), 'always');
    assert.equal(v('ck=1,ck=always'), '1,ck=always');
    assert.equal(v('ckx=always; ck=never'), 'never');
    assert.equal(v('ck; ck=always'), 'always');
    assert.equal(v('xck=always'), undefined);
  });
});

describe('ingressc match explains a canary', () => {
  test('header, cookie and weight', async () => {
    const { match } = await import('../../src/routes/explain.js');
    const text = [main, canary({ 'canary-by-header': 'X', 'canary-by-cookie': 'ck', 'canary-weight': '25' })].map(yaml).join('');
    const src = [{ path: 'in.yaml', text }];
    const by = (headers: string[]) => match(src, { url: 'http://a.test/', headers });
    assert.deepEqual(by(['X: always']).canary, { ingress: 'ns/canary', decidedBy: 'header', toCanary: true });
    assert.equal((by(['Cookie: ck=never']).answer as { upstream: string }).upstream, 'ns_web_80');
    assert.equal(by(['Cookie: ck=never']).canary?.decidedBy, 'cookie');
    const w = by([]);
    assert.equal(w.canary?.decidedBy, 'weight');
    assert.deepEqual(w.canary?.split?.map((s) => [s.upstream, s.weight]), [['ns_web_80', 75], ['ns_web-canary_80', 25]]);
  });
});

describe('canary outputs validate against the schemas', () => {
  const text = [main, canary({ 'canary-by-header': 'X', 'canary-weight': '25' })].map(yaml).join('');
  const backends = ['ns/web:80=127.0.0.1:9001', 'ns/web-canary:80=127.0.0.1:9002'];

  test("Traefik: the strict dynamic-configuration schema and the evaluator's model", async () => {
    const { traefikValidator } = await import('../traefik/strict-schema.js');
    const { readOutput } = await import('../traefik/output.js');
    const { TraefikModel } = await import('../traefik/evaluate.js');
    const r = compile([{ path: 'in.yaml', text: text.replace('canary-by-header: "X"', 'canary-by-header: "X"\n    nginx.ingress.kubernetes.io/canary-by-cookie: "ck"') }], { target: 'traefik', backends });
    assert.ok(r.ok, r.diagnostics.map((d) => d.message).join('; '));
    const out = readOutput(r.files);
    assert.deepEqual(traefikValidator(true)(out.dynamic), []);
    const model = new TraefikModel(out.dynamic);
    assert.equal(model.route({ host: 'a.test', path: '/', headers: { x: 'always' } }).kind, 'proxied');
  });

  test('Gateway API: the v1.6.1 CRDs (weighted backendRefs, header matches)', async () => {
    const { validateStream } = await import('../gateway-api/crd-validator.js');
    const r = compile([{ path: 'in.yaml', text }], { target: 'gateway-api', backends });
    assert.ok(r.ok, r.diagnostics.map((d) => d.message).join('; '));
    const all = r.files.map((f) => f.content).join('\n---\n');
    assert.match(all, /weight: 75/);
    assert.match(all, /type: "Exact"\s+name: "X"\s+value: "always"/);
    const v = validateStream(all);
    assert.deepEqual(v.problems, []);
  });
});

describe('ingressc routes shows a canary', () => {
  test('the table names the canary backend and its rules; JSON carries them', async () => {
    const { routes } = await import('../../src/routes/table.js');
    const { renderRoutesTable, renderRoutesJson } = await import('../../src/routes/render.js');
    const text = [main, canary({ 'canary-by-header': 'X', 'canary-by-header-value': 'v1', 'canary-weight': '5' })].map(yaml).join('');
    const r = routes([{ path: 'in.yaml', text }]);
    assert.ok(r.ok);
    assert.match(renderRoutesTable(r.rows), /ns\/web:80, canary ns\/web-canary:80 \(header X = v1, then weight 5\/100\)/);
    const row = (JSON.parse(renderRoutesJson(r.rows)) as { routes: { canary?: { upstream: string; weight: number } }[] }).routes[0]!;
    assert.deepEqual([row.canary?.upstream, row.canary?.weight], ['ns_web-canary_80', 5]);
  });
});
