import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { matchRequest } from '../../src/ir/match.js';
import { analyze, compile, routes } from '../../src/index.js';
import type { RouteTable } from '../../src/index.js';

/** The IR decides the Ingress semantics once; these tests pin them down (semantics.md §2). */
const ingress = (name: string, rules: string, extra = '', meta = ''): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
${meta}spec:
${extra}  rules:
${rules}`;

const r = (host: string | null, ...paths: [string, string, string][]): string =>
  `  - ${host ? `host: "${host}"\n    ` : ''}http:\n      paths:\n${paths.map(([p, t, s]) => `      - path: ${p}\n        pathType: ${t}\n        backend:\n          service:\n            name: ${s}\n            port:\n              number: 80\n`).join('')}`;

function ir(...docs: string[]): { ir: RouteTable; codes: string[] } {
  const a = analyze(docs.map((text, i) => ({ path: `in${i}.yaml`, text })));
  assert.ok(a.ir, JSON.stringify(a.diags.items));
  return { ir: a.ir, codes: a.diags.items.map((d) => d.code) };
}

const serve = (t: RouteTable, host: string, path: string): string => {
  const m = matchRequest(t, host, path);
  return m.upstream ? m.upstream.split('_')[1]! : '404';
};

describe('path matching', () => {
  const { ir: t } = ir(ingress('a', r('a.test', ['/foo', 'Prefix', 'pfx'], ['/foo', 'Exact', 'ex'], ['/foo/bar/', 'Prefix', 'deep'], ['/', 'Prefix', 'root'])));
  const table: [string, string][] = [
    ['/foo', 'ex'],
    ['/foo/', 'pfx'],
    ['/foo/x', 'pfx'],
    ['/foo/bar', 'deep'],
    ['/foo/bar/', 'deep'],
    ['/foo/bar/baz', 'deep'],
    ['/foo/barbaz', 'pfx'],
    ['/foobar', 'root'],
    ['/FOO', 'root'],
    ['/foo?x=1', 'ex'],
  ];
  for (const [path, want] of table) test(`${path} → ${want}`, () => assert.equal(serve(t, 'a.test', path), want));
});

describe('host classes', () => {
  const { ir: t } = ir(ingress('h', r('a.foo.com', ['/', 'Prefix', 'exact']) + r('*.foo.com', ['/w', 'Prefix', 'wild']) + r(null, ['/', 'Prefix', 'any'])));
  const table: [string, string, string][] = [
    ['a.foo.com', '/w', 'exact'],
    ['b.foo.com', '/w', 'wild'],
    ['B.FOO.COM:8080', '/w', 'wild'],
    ['b.foo.com', '/other', '404'], // wildcard class matched: no fall-through to host-less rules
    ['x.b.foo.com', '/w', 'any'], // two labels: not the wildcard
    ['foo.com', '/w', 'any'],
    ['elsewhere.test', '/', 'any'],
  ];
  for (const [host, path, want] of table) test(`${host}${path} → ${want}`, () => assert.equal(serve(t, host, path), want));
  test('vhosts are ordered exact, wildcard, host-less', () => assert.deepEqual(t.vhosts.map((v) => v.name), ['a.foo.com', '*.foo.com', '*']));
});

describe('conflicts and merging', () => {
  test('same host+path+pathType: oldest creationTimestamp wins, warning names both', () => {
    const older = ingress('zz-old', r('m.test', ['/x', 'Prefix', 'old']), '', '  creationTimestamp: "2020-01-01T00:00:00Z"\n');
    const newer = ingress('aa-new', r('m.test', ['/x', 'Prefix', 'new']), '', '  creationTimestamp: "2024-01-01T00:00:00Z"\n');
    for (const docs of [[older, newer], [newer, older]]) {
      const a = analyze(docs.map((text, i) => ({ path: `in${i}.yaml`, text })));
      assert.equal(serve(a.ir!, 'm.test', '/x'), 'old');
      const w = a.diags.items.find((d) => d.code === 'IC3001')!;
      assert.match(w.message, /default\/zz-old at in\d\.yaml:\d+:\d+/);
    }
  });
  test('equal timestamps: namespace/name descending (ingress-nginx), independent of input order', () => {
    const a1 = ingress('alpha', r('m.test', ['/x', 'Prefix', 'alpha']));
    const b1 = ingress('beta', r('m.test', ['/x', 'Prefix', 'beta']));
    assert.equal(serve(ir(a1, b1).ir, 'm.test', '/x'), 'beta');
    assert.equal(serve(ir(b1, a1).ir, 'm.test', '/x'), 'beta');
  });
  test('a missing creationTimestamp is the zero time: it beats any timestamp, and IC3001 says so', () => {
    const none = ingress('aa-none', r('m.test', ['/x', 'Prefix', 'none']));
    const dated = ingress('zz-dated', r('m.test', ['/x', 'Prefix', 'dated']), '', '  creationTimestamp: "1970-01-01T00:00:00Z"\n');
    for (const docs of [[none, dated], [dated, none]]) {
      const a = analyze(docs.map((text, i) => ({ path: `in${i}.yaml`, text })));
      assert.equal(serve(a.ir!, 'm.test', '/x'), 'none'); // "zz-dated" would win the name tie-break
      const w = a.diags.items.find((d) => d.code === 'IC3001')!;
      assert.match(w.message, /default\/aa-none wins \(it has no creationTimestamp, which counts as the oldest/);
    }
  });
  test('no timestamps on either side: IC3001 names the name tie-break as the rule that decided', () => {
    const a = analyze([ingress('alpha', r('m.test', ['/x', 'Prefix', 'alpha'])), ingress('beta', r('m.test', ['/x', 'Prefix', 'beta']))].map((text, i) => ({ path: `in${i}.yaml`, text })));
    assert.match(a.diags.items.find((d) => d.code === 'IC3001')!.message, /default\/beta wins \(neither has a creationTimestamp; namespace\/name sorts later/);
  });
  test('different paths on one host from several Ingresses merge', () => {
    const { ir: t } = ir(ingress('one', r('m.test', ['/a', 'Prefix', 'a'])), ingress('two', r('m.test', ['/b', 'Exact', 'b'])));
    assert.equal(serve(t, 'm.test', '/a/1'), 'a');
    assert.equal(serve(t, 'm.test', '/b'), 'b');
    assert.equal(t.vhosts.length, 1);
  });
  test('Prefix /foo and /foo/ are one matcher: the longer wins', () => {
    const { ir: t, codes } = ir(ingress('s', r('m.test', ['/foo', 'Prefix', 'short'], ['/foo/', 'Prefix', 'long'])));
    assert.equal(serve(t, 'm.test', '/foo'), 'long');
    assert.ok(codes.includes('IC3004'));
  });
  test('Exact /foo is shadowed by the longer Prefix /foo/', () => {
    const { ir: t, codes } = ir(ingress('s', r('m.test', ['/foo', 'Exact', 'ex'], ['/foo/', 'Prefix', 'pfx'])));
    assert.equal(serve(t, 'm.test', '/foo'), 'pfx');
    assert.ok(codes.includes('IC3005'));
  });
  test('ImplementationSpecific is lowered as Prefix', () => {
    const { ir: t } = ir(ingress('s', r('m.test', ['/api', 'ImplementationSpecific', 'api'])));
    assert.equal(serve(t, 'm.test', '/api/x'), 'api');
    assert.equal(serve(t, 'm.test', '/apix'), '404');
    assert.equal(t.vhosts[0]!.prefix[0]!.pathType, 'ImplementationSpecific');
  });
});

describe('default backends and TLS', () => {
  const dflt = (name: string, svc: string) => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\nspec:\n  defaultBackend:\n    service:\n      name: ${svc}\n      port:\n        number: 80\n`;
  test('rule-less defaultBackend serves unknown hosts and unmatched paths', () => {
    const { ir: t } = ir(dflt('d', 'global'), ingress('a', r('a.test', ['/x', 'Exact', 'x'])));
    assert.equal(serve(t, 'nowhere.test', '/'), 'global');
    assert.equal(serve(t, 'a.test', '/y'), 'global');
  });
  test('two rule-less defaultBackends: the older wins, with a warning', () => {
    const { ir: t, codes } = ir(dflt('aaa', 'first'), dflt('zzz', 'second'));
    assert.equal(serve(t, 'x.test', '/'), 'second'); // equal timestamps: name descending
    assert.ok(codes.includes('IC3007'));
  });
  test('a host-less rule does not make its Ingress\'s defaultBackend the catch-all (ingress-nginx "_" server)', () => {
    // "aaa" sorts first by name, so it is processed last: the order of the old bug does not matter.
    const rules = `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: zzz-rules\nspec:\n  defaultBackend:\n    service:\n      name: own\n      port:\n        number: 80\n  rules:\n${r('a.test', ['/a', 'Prefix', 'a'])}${r(null, ['/hl', 'Prefix', 'hl'])}`;
    for (const docs of [[rules, dflt('aaa', 'catchall')], [dflt('aaa', 'catchall'), rules]]) {
      const { ir: t, codes } = ir(...docs);
      assert.equal(serve(t, 'other.test', '/x'), 'catchall');
      assert.equal(serve(t, 'other.test', '/hl/1'), 'hl');
      assert.equal(serve(t, 'a.test', '/x'), 'own'); // its own named hosts still fall back to it
      assert.ok(codes.includes('IC3020'));
    }
    const alone = ir(rules);
    assert.equal(serve(alone.ir, 'other.test', '/x'), '404');
    // `routes` lists what match() and the proxies serve: the host-less class falls back to the catch-all.
    const rows = routes([rules, dflt('aaa', 'catchall')].map((text, i) => ({ path: `in${i}.yaml`, text }))).rows;
    assert.deepEqual(rows.filter((x) => x.match === 'Fallback' || x.match === 'Default').map((x) => `${x.host} ${x.backend}`), ['a.test default/own:80', '* default/catchall:80', ' default/catchall:80']);
  });
  test('a host\'s fallback is decided by the first Ingress naming it, even one without defaultBackend', () => {
    const first = ingress('zz-first', r('h.test', ['/a', 'Prefix', 'a']));
    const second = `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: aa-second\nspec:\n  defaultBackend:\n    service:\n      name: late\n      port:\n        number: 80\n  rules:\n${r('h.test', ['/b', 'Prefix', 'b'])}${r('only.test', ['/b', 'Prefix', 'b'])}`;
    const { ir: t, codes } = ir(second, first);
    assert.equal(serve(t, 'h.test', '/zzz'), '404');
    assert.equal(serve(t, 'only.test', '/zzz'), 'late');
    assert.ok(codes.includes('IC3006'));
  });
  test('--default-backend applies when no Ingress provides one', () => {
    const a = analyze([{ path: 'a.yaml', text: ingress('a', r('a.test', ['/x', 'Exact', 'x'])) }], { defaultBackend: 'ops/fallback:8080' });
    assert.equal(a.ir!.defaultUpstream, 'ops_fallback_8080');
  });
  test('TLS hosts get a certificate and a redirect; --no-ssl-redirect and the annotation turn it off', () => {
    const tls = '  tls:\n  - hosts: ["a.test"]\n    secretName: a-cert\n';
    const on = ir(ingress('a', r('a.test', ['/', 'Prefix', 'x']), tls));
    // ingress-nginx drops a final "/" of the request URI from the Location (lua_ingress.lua).
    assert.deepEqual(on.ir.vhosts[0]!.tls, { certificate: 'default-a-cert', sslRedirect: true, stripTrailingSlash: true, origin: on.ir.vhosts[0]!.tls!.origin });
    assert.ok(on.codes.includes('IC3003'), 'missing Secret is a warning naming the files');
    const off = analyze([{ path: 'a.yaml', text: ingress('a', r('a.test', ['/', 'Prefix', 'x']), tls) }], { sslRedirect: false });
    assert.equal(off.ir!.vhosts[0]!.tls!.sslRedirect, false);
    const ann = ir(ingress('a', r('a.test', ['/', 'Prefix', 'x']), tls, '  annotations:\n    nginx.ingress.kubernetes.io/ssl-redirect: "false"\n'));
    assert.equal(ann.ir.vhosts[0]!.tls!.sslRedirect, false);
  });
  test('certificate ids stay short enough for a file name', () => {
    const ns = 'n'.repeat(63);
    const secret = `${'s'.repeat(63)}.${'t'.repeat(63)}.${'u'.repeat(63)}.${'v'.repeat(61)}`;
    const tls = `  tls:\n  - hosts: ["a.test"]\n    secretName: ${secret}\n`;
    const a = analyze([{ path: 'a.yaml', text: ingress('a', r('a.test', ['/', 'Prefix', 'x']), tls, `  namespace: ${ns}\n`) }]);
    const id = a.ir!.certificates[0]!.id;
    assert.ok(id.length <= 200 && `${id}.crt`.length < 255, id);
    assert.ok(id.startsWith(`${ns}-sss`));
  });
  test('the IR orders routes exact by path, prefixes longest first', () => {
    const { ir: t } = ir(ingress('o', r('o.test', ['/b', 'Exact', 'e'], ['/a', 'Exact', 'e'], ['/x', 'Prefix', 'p'], ['/x/yy', 'Prefix', 'p'], ['/', 'Prefix', 'p'])));
    assert.deepEqual(t.vhosts[0]!.exact.map((x) => x.path), ['/a', '/b']);
    assert.deepEqual(t.vhosts[0]!.prefix.map((x) => x.path), ['/x/yy', '/x', '/']);
  });
});

describe('determinism', () => {
  test('same documents in another order compile to the same bytes', () => {
    const docs = [
      ingress('one', r('a.test', ['/a', 'Prefix', 's1']) + r('*.w.test', ['/', 'Prefix', 's2'])),
      ingress('two', r('b.test', ['/b', 'Exact', 's3']) + r(null, ['/', 'Prefix', 's4'])),
      ingress('three', r('a.test', ['/a', 'Prefix', 's5'])),
    ];
    const one = compile([{ path: 'x.yaml', text: docs.join('---\n') }]);
    const two = compile([{ path: 'x.yaml', text: [...docs].reverse().join('---\n') }]);
    assert.ok(one.ok && two.ok);
    assert.deepEqual(one.files, two.files);
  });
});
