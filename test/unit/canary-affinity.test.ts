/**
 * Session affinity with a canary (docs/ir-v2.md "Canary and session affinity"): lowering gives the
 * canary side its cookie (src/lower/canary.ts canaryAffinity: the route's for "sticky", the
 * canary Ingress's own for "legacy"), and each target decides by the affinity cookie before the
 * canary's rules (balancer.lua route_to_alternative_balancer) or refuses with a located IC4122.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, type TargetName } from '../../src/index.js';
import { endpointToken } from '../../src/emit/affinity-token.js';
import type { Route } from '../../src/ir/types.js';
import { routeRows } from '../../src/routes/table.js';
import { renderMatchText, renderRoutesTable } from '../../src/routes/render.js';
import { explainRequest } from '../../src/routes/explain.js';

const P = 'nginx.ingress.kubernetes.io/';
const MAIN_AFFINITY = { affinity: 'cookie', 'session-cookie-name': 'aff' };
const CANARY = { canary: 'true', 'canary-by-header': 'ForceCanary', 'canary-by-header-value': 'yes', 'canary-weight': '1' };

const ingress = (name: string, service: string, annotations: Record<string, string>): string => `---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: default
  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [P + k, v])))}
spec:
  ingressClassName: nginx
  rules:
  - host: foo
    http:
      paths:
      - {path: /info, pathType: Prefix, backend: {service: {name: ${service}, port: {number: 80}}}}
`;

const MAIN_EPS = ['127.0.0.1:9001', '127.0.0.1:9002'];
const CANARY_EPS = ['127.0.0.1:9101', '127.0.0.1:9102'];
const IP_BACKENDS = [`default/web:80=${MAIN_EPS.join(',')}`, `default/web-canary:80=${CANARY_EPS.join(',')}`];
const token = (hostPort: string): string => {
  const [host, port] = hostPort.split(':');
  return endpointToken({ kind: 'ip', host: host!, port: Number(port) });
};

const build = (main: Record<string, string>, canary: Record<string, string>, target: TargetName = 'nginx', backends: string[] = IP_BACKENDS) =>
  compile([{ path: 'in.yaml', text: ingress('main', 'web', main) + ingress('main-canary', 'web-canary', canary) }], { target, backends });
const routeOf = (r: ReturnType<typeof build>): Route => r.ir!.vhosts.find((v) => v.name === 'foo')!.prefix.find((x) => x.sourcePath === '/info')!;
const text = (r: ReturnType<typeof build>): string => r.files.map((f) => f.content).join('\n');
const errors = (r: ReturnType<typeof build>) => r.diagnostics.filter((d) => d.severity === 'error');

describe('lowering: the canary side\'s cookie', () => {
  test('default and "sticky": a copy of the route\'s own (same name and Path)', () => {
    for (const extra of [{}, { 'affinity-canary-behavior': 'sticky' }] as Record<string, string>[]) {
      const r = build(MAIN_AFFINITY, { ...CANARY, ...extra });
      assert.equal(r.ok, true, JSON.stringify(errors(r)));
      const route = routeOf(r);
      assert.deepEqual(route.canary?.affinity, route.policies?.affinity);
      assert.equal(route.canary?.affinity?.cookie, 'aff');
      assert.equal(route.canary?.affinity?.path, '/info');
    }
  });
  test('"sticky" replaces the canary Ingress\'s own affinity: with none on the main route, the canary is not sticky', () => {
    const r = build({}, { ...CANARY, affinity: 'cookie', 'session-cookie-name': 'mine' });
    assert.equal(r.ok, true);
    assert.equal(routeOf(r).canary?.affinity, undefined);
    assert.equal(routeOf(r).policies?.affinity, undefined);
    const d = r.diagnostics.find((x) => x.code === 'IC3128');
    assert.ok(d?.loc, 'the ignored affinity annotation is a located warning');
    assert.match(d.message, /legacy/);
    assert.ok(!build(MAIN_AFFINITY, { ...CANARY, 'affinity-canary-behavior': 'legacy', affinity: 'cookie' }).diagnostics.some((x) => x.code === 'IC3128'));
  });
  test('"legacy": the canary Ingress\'s own affinity, or none', () => {
    const none = build(MAIN_AFFINITY, { ...CANARY, 'affinity-canary-behavior': 'legacy' });
    assert.equal(none.ok, true);
    assert.equal(routeOf(none).canary?.affinity, undefined);
    assert.equal(routeOf(none).policies?.affinity?.cookie, 'aff');
    const own = build(MAIN_AFFINITY, { ...CANARY, 'affinity-canary-behavior': 'legacy', affinity: 'cookie', 'session-cookie-name': 'mine', 'session-cookie-max-age': '60' });
    assert.equal(own.ok, true);
    assert.deepEqual([routeOf(own).canary?.affinity?.cookie, routeOf(own).canary?.affinity?.path, routeOf(own).canary?.affinity?.maxAge], ['mine', '/info', 60]);
  });
  test('--skip-annotation affinity-canary-behavior compiles as the default (sticky)', () => {
    const r = compile([{ path: 'in.yaml', text: ingress('main', 'web', MAIN_AFFINITY) + ingress('main-canary', 'web-canary', { ...CANARY, 'affinity-canary-behavior': 'legacy' }) }], {
      target: 'nginx',
      backends: IP_BACKENDS,
      skipAnnotations: [`${P}affinity-canary-behavior`],
    });
    assert.equal(routeOf(r).canary?.affinity?.cookie, 'aff');
  });
  test('the key is accepted where honoured, refused (IC2102, located) on Envoy and Traefik', () => {
    for (const t of ['nginx', 'haproxy', 'caddy'] as const) assert.equal(build({}, { ...CANARY, 'affinity-canary-behavior': 'legacy' }, t).ok, true, t);
    for (const t of ['envoy', 'traefik'] as const) {
      const d = build({}, { ...CANARY, 'affinity-canary-behavior': 'sticky' }, t).diagnostics.find((x) => x.code === 'IC2102');
      assert.ok(d?.loc, t);
    }
  });
});

test('the routes table lists the affinity cookies first among the canary\'s rules', () => {
  const table = renderRoutesTable(routeRows(build(MAIN_AFFINITY, { ...CANARY, 'affinity-canary-behavior': 'legacy', affinity: 'cookie', 'session-cookie-name': 'mine' }).ir!));
  assert.match(table, /\(affinity cookie aff naming a main endpoint, then affinity cookie mine naming a canary endpoint, then header ForceCanary = yes, then weight 1\/100\)/);
});

test('match: a request carrying an affinity cookie of a canary route is told that the cookie decides first', () => {
  const ir = build(MAIN_AFFINITY, CANARY).ir!;
  const ask = (cookies?: string[]) => explainRequest(ir, { scheme: 'http', hostHeader: 'foo', path: '/info', extras: { headers: { ForceCanary: ['yes'] }, ...(cookies ? { cookies } : {}) } });
  assert.deepEqual(ask(['aff', 'other']).canary?.affinityCookies, ['aff']);
  assert.equal(ask(['other']).canary?.affinityCookies, undefined);
  assert.match(renderMatchText({ ok: true, diagnostics: [], ...ask(['aff']) }), /carries the affinity cookie aff: a value naming an endpoint of the main or the canary Service keeps it there/);
});

describe('nginx', () => {
  test('the affinity maps decide before the header rule; the location takes the chosen side\'s cookie', () => {
    const r = build(MAIN_AFFINITY, CANARY);
    assert.equal(r.ok, true, JSON.stringify(errors(r)));
    assert.ok(!r.diagnostics.some((d) => d.code === 'IC4002'));
    const conf = text(r);
    // Main side first ("0"), then the canary side ("1"), then the header rule.
    assert.match(conf, /map "\$\{ingressc_canary_am0\}\$\{ingressc_canary_ac0\}\$\{ingressc_canary_h0\}\$\{ingressc_canary_w0\}" \$ingressc_canary_0/);
    assert.match(conf, /map \$ingressc_aff_t\d+ \$ingressc_canary_am0 \{\s+default 0;\s+"" "";/);
    assert.match(conf, /map \$ingressc_aff_t\d+ \$ingressc_canary_ac0 \{\s+default 1;\s+"" "";/);
    // The pair maps: main's tokens in one, the canary's in the other.
    for (const e of [...MAIN_EPS, ...CANARY_EPS]) assert.ok(conf.includes(`aff=${token(e)}`), e);
    assert.match(conf, /if \(\$ingressc_canary_0 = 1\) \{ set \$ingressc_aff_target \$ingressc_aff_t\d+; set \$ingressc_aff_name "aff";/);
    assert.ok(conf.includes('if ($ingressc_aff_target ~ "^[^-]") { proxy_pass http://$ingressc_aff_target; }'));
  });
  test('legacy without the canary\'s own affinity: the canary side sets no cookie and pins nothing ("-")', () => {
    const conf = text(build(MAIN_AFFINITY, { ...CANARY, 'affinity-canary-behavior': 'legacy' }));
    assert.ok(conf.includes('if ($ingressc_canary_0 = 1) { set $ingressc_aff_target "-"; }'));
    assert.ok(!conf.includes('ingressc_canary_ac0'));
    assert.ok(conf.includes('ingressc_canary_am0'));
  });
  test('a sticky side reached by its DNS name: IC4122 at the canary\'s path, no output', () => {
    const r = build(MAIN_AFFINITY, CANARY, 'nginx', [`default/web:80=${MAIN_EPS.join(',')}`, 'default/web-canary:80=canary.example:80']);
    const d = r.diagnostics.find((x) => x.code === 'IC4122');
    assert.ok(d?.loc && d.loc.file === 'in.yaml', JSON.stringify(r.diagnostics));
    assert.match(d.message, /DNS name/);
    assert.equal(r.files.length, 0);
  });
});

describe('haproxy', () => {
  test('req.cook() against each side\'s server cookies before the header rule; the twin backend carries the cookie', () => {
    const r = build(MAIN_AFFINITY, CANARY, 'haproxy');
    assert.equal(r.ok, true, JSON.stringify(errors(r)));
    const cfg = text(r);
    const lines = cfg.split('\n').map((l) => l.trim());
    const at = (re: RegExp): number => lines.findIndex((l) => re.test(l));
    const toMain = at(new RegExp(`set-var\\(txn.cd\\) str\\(0\\) if \\{ var\\(txn.ck\\) -m str c0 \\} \\{ req.cook\\(aff\\) -m str ${MAIN_EPS.map(token).join(' ')} \\}`));
    const toCanary = at(new RegExp(`set-var\\(txn.cd\\) str\\(1\\) if \\{ var\\(txn.ck\\) -m str c0 \\} \\{ req.cook\\(aff\\) -m str ${CANARY_EPS.map(token).join(' ')} \\}`));
    const header = at(/req.fhdr\(ForceCanary,1\)/);
    assert.ok(toMain >= 0 && toCanary > toMain && header > toCanary, `${toMain} ${toCanary} ${header}`);
    for (const e of CANARY_EPS) assert.ok(cfg.includes(`cookie ${token(e)}`), e);
  });
  test('legacy: no canary rule, and the canary\'s backend sets no cookie', () => {
    const cfg = text(build(MAIN_AFFINITY, { ...CANARY, 'affinity-canary-behavior': 'legacy' }, 'haproxy'));
    assert.ok(cfg.includes(`req.cook(aff) -m str ${MAIN_EPS.map(token).join(' ')}`));
    assert.ok(!CANARY_EPS.some((e) => cfg.includes(token(e))));
  });
});

describe('caddy', () => {
  interface Json {
    [k: string]: unknown;
  }
  const find = (v: unknown, pred: (o: Json) => boolean, out: Json[] = []): Json[] => {
    if (Array.isArray(v)) v.forEach((x) => find(x, pred, out));
    else if (v && typeof v === 'object') {
      if (pred(v as Json)) out.push(v as Json);
      Object.values(v).forEach((x) => find(x, pred, out));
    }
    return out;
  };
  test('Cookie routes for each sticky side come before the header routes; the split sets the answering side\'s cookie', () => {
    const r = build(MAIN_AFFINITY, CANARY, 'caddy');
    assert.equal(r.ok, true, JSON.stringify(errors(r)));
    const json: unknown = JSON.parse(r.files.find((f) => f.path.endsWith('.json'))!.content);
    const routes = find(json, (o) => Array.isArray(o.routes) && (o.routes as Json[]).some((x) => JSON.stringify(x.match ?? '').includes('ForceCanary'))).map((o) => o.routes as Json[])[0]!;
    const patterns = routes.map((x) => JSON.stringify(x.match ?? ''));
    const main = patterns.findIndex((p) => MAIN_EPS.every((e) => p.includes(token(e))));
    const canary = patterns.findIndex((p) => CANARY_EPS.every((e) => p.includes(token(e))));
    const header = patterns.findIndex((p) => p.includes('ForceCanary'));
    assert.ok(main >= 0 && canary > main && header > canary, `${main} ${canary} ${header}`);
    const splitAt = routes.findIndex((x) => JSON.stringify(x).includes('{ingressc_aff_header}'));
    assert.ok(splitAt > header, `${splitAt}`);
    const split = JSON.stringify(routes[splitAt]);
    assert.ok(split.includes('.w1of100'), 'the weighted split');
    for (const e of [...MAIN_EPS, ...CANARY_EPS]) assert.ok(split.includes(`aff=${token(e)}`), e);
  });
  test('legacy: the split maps only the main side\'s endpoints to a cookie', () => {
    const r = build(MAIN_AFFINITY, { ...CANARY, 'affinity-canary-behavior': 'legacy' }, 'caddy');
    const out = text(r);
    assert.ok(!CANARY_EPS.some((e) => out.includes(token(e))));
    assert.ok(MAIN_EPS.every((e) => out.includes(`aff=${token(e)}`)));
  });
});

describe('targets that cannot tell the sides apart refuse with a located error (never IC4002)', () => {
  test('envoy: IC4122 at the canary\'s path', () => {
    const r = build(MAIN_AFFINITY, CANARY, 'envoy');
    assert.equal(r.ok, false);
    assert.ok(!r.diagnostics.some((d) => d.code === 'IC4002'));
    const d = r.diagnostics.find((x) => x.code === 'IC4122');
    assert.ok(d?.loc && d.loc.line > 1, JSON.stringify(r.diagnostics));
    assert.match(d.message, /client's connection/);
  });
  test('traefik: IC4304', () => {
    assert.ok(build(MAIN_AFFINITY, CANARY, 'traefik').diagnostics.some((d) => d.code === 'IC4304'));
  });
});
