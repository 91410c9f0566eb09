import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/compile.js';
import { match, matchRequest, renderMatchText, type SourceFile } from '../../src/index.js';

/** One Ingress: [path, pathType, service] triples on `host`, optional class and annotations. */
function ingress(name: string, host: string, paths: [string, string, string][], opts: { cls?: string; ann?: Record<string, string> } = {}): string {
  const ann = Object.entries(opts.ann ?? {}).map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: ${JSON.stringify(v)}\n`).join('');
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: ns
${ann ? `  annotations:\n${ann}` : ''}spec:
${opts.cls ? `  ingressClassName: ${opts.cls}\n` : ''}  rules:
  - host: ${host}
    http:
      paths:
${paths.map(([p, t, s]) => `      - path: ${JSON.stringify(p)}\n        pathType: ${t}\n        backend:\n          service:\n            name: ${s}\n            port:\n              number: 80\n`).join('')}`;
}

const ingressClass = (name: string, controller: string, isDefault = false): string =>
  `apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata:\n  name: ${name}\n${isDefault ? '  annotations:\n    ingressclass.kubernetes.io/is-default-class: "true"\n' : ''}spec:\n  controller: ${controller}\n`;

const src = (...docs: string[]): SourceFile[] => [{ path: 'p.yaml', text: docs.join('---\n') }];
const codes = (a: ReturnType<typeof analyze>): string[] => a.diags.items.map((d) => d.code);

describe('regex mode (use-regex, rewrite-target)', () => {
  const docs = src(
    ingress('plain', 'r.test', [['/foo', 'Prefix', 'foo'], ['/exact', 'Exact', 'exact'], ['/foo/bar/bar', 'Prefix', 'bar']], { cls: 'nginx' }),
    ingress('regex', 'r.test', [['/foo/bar/[a-z]{3}', 'ImplementationSpecific', 'regex'], ['/x/(.+)', 'ImplementationSpecific', 'x']], { cls: 'nginx', ann: { 'use-regex': 'true', 'rewrite-target': '/new/$1', 'x-forwarded-prefix': '/pre' } }),
    ingress('other', 'o.test', [['/foo', 'Prefix', 'foo']], { cls: 'nginx' }),
  );

  test('turns every path of the host into start-anchored regexes, longest text first, then text descending', () => {
    const a = analyze(docs);
    assert.ok(a.ir && !a.diags.hasErrors(), a.diags.items.map((d) => d.message).join('\n'));
    const vh = a.ir.vhosts.find((v) => v.name === 'r.test')!;
    assert.equal(vh.pathOrder, 'regex-first-match');
    assert.deepEqual([vh.exact.length, vh.prefix.length], [0, 0]);
    // Prefix "/foo" of a plain Ingress: normalised "/foo/" plus its Exact clone "/foo" (ingress-nginx's updateServerLocations).
    assert.deepEqual(
      vh.ordered!.map((r) => [r.path, r.match]),
      [
        ['/foo/bar/[a-z]{3}', 'RegularExpression'],
        ['/foo/bar/bar/', 'RegularExpression'],
        ['/foo/bar/bar', 'RegularExpression'],
        ['/x/(.+)', 'RegularExpression'],
        ['/exact', 'RegularExpression'],
        ['/foo/', 'RegularExpression'],
        ['/foo', 'RegularExpression'],
      ],
    );
    // The other host is untouched.
    assert.equal(a.ir.vhosts.find((v) => v.name === 'o.test')!.pathOrder, undefined);
    assert.ok(codes(a).includes('IC3052'));
  });

  test('the first matching regex wins, case-insensitively, and Exact paths lose exactness', () => {
    const a = analyze(docs);
    const up = (path: string) => matchRequest(a.ir!, 'r.test', path).upstream;
    assert.equal(up('/foo/bar/bar'), 'ns_regex_80'); // the documented warning: the regex sorts first
    assert.equal(up('/FOO/BAR/BAZ'), 'ns_regex_80');
    assert.equal(up('/exactly'), 'ns_exact_80');
    assert.equal(up('/foobar'), 'ns_foo_80');
    assert.equal(up('/nothing'), undefined);
  });

  test('rewrite-target replaces the whole path with captures, keeps the query, and sets X-Forwarded-Prefix', () => {
    const a = analyze(docs);
    const m = matchRequest(a.ir!, 'r.test', '/X/abc/def?q=1');
    assert.equal(m.upstream, 'ns_x_80');
    assert.deepEqual(m.forwarded, { pathWithQuery: '/new/abc/def?q=1', setHeaders: [{ name: 'X-Forwarded-Prefix', value: '/pre' }] });
    // No capture group in the path: "$1" is empty, as in nginx.
    assert.equal(matchRequest(a.ir!, 'r.test', '/foo/bar/xyz').forwarded?.pathWithQuery, '/new/');
    // Plain Ingresses of the host are not rewritten.
    assert.equal(matchRequest(a.ir!, 'r.test', '/foo').forwarded, undefined);
  });

  test('rewrite-target "/" without captures sends everything to "/"', () => {
    const a = analyze(src(ingress('r', 'r.test', [['/something', 'Prefix', 's']], { cls: 'nginx', ann: { 'rewrite-target': '/' } })));
    assert.equal(matchRequest(a.ir!, 'r.test', '/something/deep?x=1').forwarded?.pathWithQuery, '/?x=1');
  });

  test('x-forwarded-prefix alone changes nothing (ingress-nginx sends it only with a rewrite)', () => {
    const a = analyze(src(ingress('r', 'r.test', [['/', 'Prefix', 's']], { cls: 'nginx', ann: { 'x-forwarded-prefix': '/p' } })));
    assert.equal(matchRequest(a.ir!, 'r.test', '/a').forwarded, undefined);
  });

  test('a skipped use-regex is compiled as if absent', () => {
    const doc = src(ingress('r', 'r.test', [['/a', 'Prefix', 's']], { cls: 'nginx', ann: { 'use-regex': 'true' } }));
    const a = analyze(doc, { target: 'nginx', skipAnnotations: ['nginx.ingress.kubernetes.io/use-regex'] });
    assert.equal(a.ir!.vhosts[0]!.pathOrder, undefined);
  });

  test('annotation values go through anchored grammars', () => {
    for (const [key, value] of [['rewrite-target', '/a;b'], ['rewrite-target', '/$host'], ['rewrite-target', 'http://x/'], ['x-forwarded-prefix', '/a b']]) {
      const a = analyze(src(ingress('r', 'r.test', [['/', 'Prefix', 's']], { cls: 'nginx', ann: { [key!]: value! } })));
      assert.ok(codes(a).includes('IC2081'), `${key}: ${value}`);
    }
  });

  test('a regex path on a host without regex mode is a located error', () => {
    const a = analyze(src(ingress('r', 'r.test', [['/api/(.*)', 'ImplementationSpecific', 's']], { cls: 'nginx' })));
    const d = a.diags.items.find((x) => x.code === 'IC3050');
    assert.ok(d);
    assert.deepEqual([d.loc?.line, d.loc?.col], [12, 15]);
  });

  test('a path outside the portable subset is IC2120 at the path', () => {
    const a = analyze(src(ingress('r', 'r.test', [['/a(?=b)', 'ImplementationSpecific', 's']], { cls: 'nginx', ann: { 'use-regex': 'true' } })));
    const d = a.diags.items.find((x) => x.code === 'IC2120');
    assert.ok(d);
    assert.match(d.message, /look-ahead/);
    assert.equal(d.loc?.line, 14);
  });
});

describe('ImplementationSpecific readings', () => {
  const paths: [string, string, string][] = [['/api', 'ImplementationSpecific', 'api']];
  const reading = (docs: SourceFile[], opts = {}) => {
    const a = analyze(docs, opts);
    assert.ok(a.ir, a.diags.items.map((d) => d.message).join('\n'));
    return { match: a.ir.vhosts[0]!.prefix[0]!.match, apiv2: matchRequest(a.ir, 'a.test', '/apiv2').upstream };
  };

  test('an Ingress served by ingress-nginx reads it as a string prefix', () => {
    assert.deepEqual(reading(src(ingress('a', 'a.test', paths, { cls: 'nginx' }))), { match: 'StringPrefix', apiv2: 'ns_api_80' });
    assert.deepEqual(reading(src(ingress('a', 'a.test', paths, { cls: 'web' }), ingressClass('web', 'k8s.io/ingress-nginx'))).match, 'StringPrefix');
    assert.deepEqual(reading(src(ingress('a', 'a.test', paths), ingressClass('web', 'k8s.io/ingress-nginx', true))).match, 'StringPrefix');
    // No IngressClass at all: an Ingress written for ingress-nginx carries its annotations.
    assert.deepEqual(reading(src(ingress('a', 'a.test', paths, { ann: { 'proxy-body-size': '1m' } }))).match, 'StringPrefix');
  });

  test('other classes, class-less Ingresses without a hint, and --path-semantics spec read it element-wise', () => {
    assert.deepEqual(reading(src(ingress('a', 'a.test', paths, { cls: 'traefik' }))), { match: 'Prefix', apiv2: undefined });
    assert.deepEqual(reading(src(ingress('a', 'a.test', paths, { cls: 'nginx' }), ingressClass('nginx', 'example.com/other'))).match, 'Prefix');
    assert.deepEqual(reading(src(ingress('a', 'a.test', paths))).match, 'Prefix');
    assert.deepEqual(reading(src(ingress('a', 'a.test', paths, { cls: 'nginx' })), { pathSemantics: 'spec' }), { match: 'Prefix', apiv2: undefined });
  });

  test('a StringPrefix and an element-wise Prefix of the same host keep nginx\'s longest-location order', () => {
    const a = analyze(src(ingress('a', 'a.test', [['/api', 'ImplementationSpecific', 'is'], ['/api', 'Prefix', 'pre'], ['/ap', 'Prefix', 'ap']], { cls: 'nginx' })));
    const up = (p: string) => matchRequest(a.ir!, 'a.test', p).upstream;
    assert.deepEqual([up('/api'), up('/api/x'), up('/apix'), up('/ap'), up('/ap/x')], ['ns_pre_80', 'ns_pre_80', 'ns_is_80', 'ns_ap_80', 'ns_ap_80']);
  });

  test("match's explanation names the reading that applied", () => {
    const text = (docs: SourceFile[], opts = {}) => renderMatchText(match(docs, { url: 'http://a.test/apiv2' }, opts));
    assert.match(text(src(ingress('a', 'a.test', paths, { cls: 'nginx' }))), /StringPrefix \(ImplementationSpecific\) \/api is a plain string prefix of the path, as ingress-nginx reads ImplementationSpecific/);
    assert.match(renderMatchText(match(src(ingress('a', 'a.test', paths, { cls: 'nginx' })), { url: 'http://a.test/api/x' }, { pathSemantics: 'spec' })), /element-wise \(the spec reading of ImplementationSpecific\)/);
    const rw = src(ingress('r', 'a.test', [['/x/(.*)', 'ImplementationSpecific', 'x']], { cls: 'nginx', ann: { 'use-regex': 'true', 'rewrite-target': '/$1' } }));
    const out = renderMatchText(match(rw, { url: 'http://a.test/x/y?z=1' }));
    assert.match(out, /regex mode/);
    assert.match(out, /the upstream receives \/y\?z=1/);
  });

  test('glob paths of another controller are a located warning naming it, not a path error', () => {
    const a = analyze(src(ingress('g', 'a.test', [['/*', 'ImplementationSpecific', 'g'], ['/ok', 'Prefix', 'ok']], { cls: 'alb' })));
    const d = a.diags.items.find((x) => x.code === 'IC3051');
    assert.ok(d && d.severity === 'warning');
    assert.match(d.message, /AWS Load Balancer Controller/);
    assert.equal(a.diags.hasErrors(), false);
    assert.deepEqual(a.ir!.vhosts[0]!.prefix.map((r) => r.path), ['/ok']);
  });
});
