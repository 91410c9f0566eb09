/** The redirects family: the annotation grammar (families/redirects.ts), lowering decisions and match's redirect answers. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, type TargetName } from '../../src/index.js';
import { matchRequest } from '../../src/ir/match.js';
import { APP_ROOT_RE, locationRedirect, readAliases, REDIRECT_PATH_RE, REDIRECT_URL_RE, redirectsReader, type RedirectSettings } from '../../src/providers/ingress-nginx/families/redirects.js';
import type { AnnotationFeatures } from '../../src/providers/ingress-nginx/families/reader.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';

const ing = (name: string, annotations: Record<string, string>, host = 'a.test', path = '/', tls = false): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  annotations:
${Object.entries(annotations).map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: ${JSON.stringify(v)}\n`).join('')}spec:
${tls ? `  tls: [{hosts: [${host}], secretName: ${name}-tls}]\n` : ''}  rules:
  - host: ${host}
    http:
      paths:
      - {path: ${path}, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
`;
const secret = (name: string): string => tlsSecretYaml(name);
const run = (texts: string[], target: TargetName = 'nginx') => compile(texts.map((text, i) => ({ path: `in${i}.yaml`, text })), { target, backends: ['default/web:80=127.0.0.1:9'] });

const read = (values: Record<string, string>): { s?: RedirectSettings; problems: { key: string; detail: string; code?: string }[] } => {
  const into: AnnotationFeatures = {};
  const problems: { key: string; detail: string; code?: string }[] = [];
  for (const [k, v] of Object.entries(values)) {
    const p = redirectsReader.read(k, v, into, values);
    if (p) problems.push({ key: k, ...p });
  }
  return { ...(into.redirects ? { s: into.redirects } : {}), problems };
};

describe('redirect URL grammar (permanent-redirect, temporal-redirect)', () => {
  test('absolute http(s) URLs with host, port, path and query are taken verbatim', () => {
    for (const ok of ['http://redirect.example.com', 'https://a.example.com/new-path/', 'https://h.example.com:8443/secure/', 'HTTPS://X.Example.com/a?b=c&d=%2F', 'http://10.0.0.1/x', 'http://[2001:db8::1]:8080/', 'https://a.b/p;q=1,2/(x)*+!@:'])
      assert.ok(REDIRECT_URL_RE.test(ok), ok);
  });

  test('anything else is refused: relative, other schemes, userinfo, fragments, nginx variables, placeholders, quotes, spaces', () => {
    for (const bad of ['/relative', 'ftp://a.b/', 'https://', 'https://user@a.b/', 'https://a.b/#frag', 'https://a.b/$host', 'https://a.b/{http.request.uri}', 'https://a.b/"x', "https://a.b/'x", 'https://a.b/a b', 'https://a.b/%zz', 'https://a.b/\\x', 'https://a.b:99999/', 'https://-a.b/', 'javascript:alert(1)', 'https://a.b/\u00e9'])
      assert.ok(!REDIRECT_URL_RE.test(bad), bad);
    const r = read({ 'permanent-redirect': 'https://a.b/$request_uri' });
    assert.equal(r.s?.permanent, undefined);
    assert.match(r.problems[0]!.detail, /^expected an absolute http:\/\/ or https:\/\/ URL/);
  });

  test('permanent-redirect also takes a path (redirect.go does not URL-check it); temporal-redirect does not', () => {
    for (const ok of ['/', '/new-location', '/a/b/', '/a?b=c&d=%2F', '/?x', '/a:b@c;d=e,f', '/p/(x)*+!~'])
      assert.deepEqual(read({ 'permanent-redirect': ok }), { s: { permanent: ok }, problems: [] }, ok);
    const t = read({ 'temporal-redirect': '/new-location' });
    assert.equal(t.s?.temporal, undefined);
    assert.match(t.problems[0]!.detail, /^expected an absolute http:\/\/ or https:\/\/ URL \(/);
  });

  test('hostile paths are refused, located at the annotation: scheme-relative, variables, placeholders, spaces, controls, fragments', () => {
    const bad = ['//evil.com', '//evil.com/x', '///x', '/\\evil.com', '/a b', '/$host', '/x$1', '/\n', '/a\r\nSet-Cookie:x', '/\t', 'http:/x', 'http:x', 'x/y', 'new-location', '/a#frag', '/{http.request.uri}', '/a"b', "/a'b", '/%zz', '/%2', '/\u00e9', '/a<b>', '/a`b', '/a|b', '/a^b', ' /a', '/a '];
    for (const v of bad) {
      assert.ok(!REDIRECT_PATH_RE.test(v), v);
      const r = read({ 'permanent-redirect': v });
      assert.equal(r.s?.permanent, undefined, v);
      assert.match(r.problems[0]?.detail ?? '', /^expected an absolute http:\/\/ or https:\/\/ URL, or a path starting with a single "\/"/, v);
    }
    assert.match(read({ 'permanent-redirect': '//evil.com' }).problems[0]!.detail, /scheme-relative URL, which names another host/);
    assert.match(read({ 'permanent-redirect': `/${'a'.repeat(2048)}` }).problems[0]!.detail, /of at most 2048 characters/);
    const r = run([ing('a', { 'permanent-redirect': '//evil.com' })]);
    assert.equal(r.ok, false);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC2081').map((d) => d.loc?.line), [6]);
  });

  test('relative-redirects reads as a boolean; "false" is inert (nothing to honour or refuse)', () => {
    assert.deepEqual(read({ 'relative-redirects': 'true' }).s, { relative: true });
    assert.deepEqual(read({ 'relative-redirects': 'false' }).s, { relative: false });
    assert.equal(redirectsReader.inert?.('relative-redirects', 'false'), true);
    assert.equal(redirectsReader.inert?.('relative-redirects', 'true'), false);
  });

  test('an empty URL is no redirect (redirect.go: tr != "")', () => {
    const r = read({ 'permanent-redirect': '' });
    assert.deepEqual(r.problems, []);
    assert.equal(locationRedirect(r.s), undefined);
  });
});

describe('redirect codes (redirect.go)', () => {
  test('defaults: 301 permanent, 302 temporal; temporal wins over permanent', () => {
    assert.deepEqual(locationRedirect({ permanent: 'https://p.test/' }), { url: 'https://p.test/', code: 301, key: 'permanent-redirect' });
    assert.deepEqual(locationRedirect({ temporal: 'https://t.test/' }), { url: 'https://t.test/', code: 302, key: 'temporal-redirect' });
    assert.deepEqual(locationRedirect({ permanent: 'https://p.test/', permanentCode: 308, temporal: 'https://t.test/', temporalCode: 307 }), { url: 'https://t.test/', code: 307, key: 'temporal-redirect' });
  });

  test('out of range falls back to the default (permanent 300-308, temporal 300-307)', () => {
    assert.equal(locationRedirect({ permanent: 'https://p.test/', permanentCode: 400 })!.code, 301);
    assert.equal(locationRedirect({ permanent: 'https://p.test/', permanentCode: 299 })!.code, 301);
    assert.equal(locationRedirect({ temporal: 'https://t.test/', temporalCode: 308 })!.code, 302);
    assert.deepEqual(read({ 'temporal-redirect-code': '308' }).problems, []);
    assert.deepEqual(read({ 'permanent-redirect-code': '404' }).problems, []);
  });

  test('not a number is an error; 300, 304-306 (nginx sends no Location for them) are refused with IC2200', () => {
    assert.match(read({ 'permanent-redirect-code': '30x' }).problems[0]!.detail, /^expected an HTTP status code/);
    assert.match(read({ 'permanent-redirect-code': ' 301' }).problems[0]!.detail, /^expected an HTTP status code/);
    for (const c of ['300', '304', '305', '306']) assert.equal(read({ 'permanent-redirect-code': c }).problems[0]?.code, 'IC2200', c);
    assert.equal(read({ 'temporal-redirect-code': '305' }).problems[0]?.code, 'IC2200');
  });
});

describe('app-root, server-alias, booleans', () => {
  test('app-root is a path; an absolute URL is ignored with a warning (rewrite.go), other values are errors', () => {
    assert.equal(read({ 'app-root': '/app1' }).s?.appRoot, '/app1');
    assert.ok(APP_ROOT_RE.test('/a/b-c_d.e~f/%41'));
    const abs = read({ 'app-root': 'https://example.com/landing' });
    assert.equal(abs.s?.appRoot, undefined);
    assert.equal(abs.problems[0]!.code, 'IC2201');
    for (const bad of ['app', '/a b', '/a?x=1', '/$uri', '/{x}', '/a"'])
      assert.match(read({ 'app-root': bad }).problems[0]?.detail ?? '', /^expected a path starting with "\/"/, bad);
  });

  test('server-alias: comma-separated DNS names, trimmed, lowercased, unique; never IP addresses', () => {
    assert.deepEqual(readAliases(' Bar.Test ,baz.test,bar.test,'), { aliases: ['bar.test', 'baz.test'] });
    assert.deepEqual(readAliases('*.w.test'), { aliases: ['*.w.test'] });
    for (const bad of ['10.0.0.1', '::1', 'a b', 'a_b.test', '*', 'a.test:80', 'x.$host']) assert.ok('error' in readAliases(bad), bad);
    assert.match((readAliases('10.0.0.1') as { error: string }).error, /IP address/);
  });

  test('force-ssl-redirect, preserve-trailing-slash, from-to-www-redirect read as booleans', () => {
    assert.deepEqual(read({ 'force-ssl-redirect': 'true', 'preserve-trailing-slash': 'True', 'from-to-www-redirect': '0' }).s, { forceSslRedirect: true, preserveTrailingSlash: true, fromToWww: false });
  });

  test('a bad value is a located error on the annotation (IC2081)', () => {
    const r = run([ing('a', { 'permanent-redirect': 'https://a.b/$1' })]);
    assert.equal(r.ok, false);
    const d = r.diagnostics.find((x) => x.code === 'IC2081')!;
    assert.equal(d.loc?.line, 6);
    assert.match(d.message, /permanent-redirect: expected an absolute/);
  });
});

describe('lowering and match', () => {
  test('a location redirect answers before anything, verbatim; match shows it', () => {
    const r = run([ing('a', { 'permanent-redirect': 'https://new.test/x?y=1', 'permanent-redirect-code': '308' }, 'a.test', '/old')]);
    assert.ok(r.ok && r.ir, JSON.stringify(r.diagnostics));
    const m = matchRequest(r.ir, 'a.test', '/old/deeper?q=1', { https: false });
    assert.deepEqual([m.via, m.redirect], ['redirect', { status: 308, location: 'https://new.test/x?y=1' }]);
    // Without a request context, matchRequest answers routing only (the callers' contract).
    assert.equal(matchRequest(r.ir, 'a.test', '/old').via, 'route');
  });

  test('a path: the request scheme and host (lowercase, no port) first, as nginx with port_in_redirect off; kept with relative-redirects', () => {
    const abs = run([ing('a', { 'permanent-redirect': '/new?a=1' }, 'a.test', '/old')]);
    assert.ok(abs.ok && abs.ir, JSON.stringify(abs.diagnostics));
    assert.deepEqual(matchRequest(abs.ir, 'A.Test.:8080', '/old/x?q=1', { https: true }).redirect, { status: 301, location: 'https://a.test/new?a=1' });
    assert.deepEqual(matchRequest(abs.ir, 'a.test', '/old', { https: false }).redirect, { status: 301, location: 'http://a.test/new?a=1' });
    const rel = run([ing('a', { 'permanent-redirect': '/new', 'relative-redirects': 'true' }, 'a.test', '/old')]);
    assert.ok(rel.ok && rel.ir, JSON.stringify(rel.diagnostics));
    assert.deepEqual(matchRequest(rel.ir, 'a.test:8080', '/old', { https: false }).redirect, { status: 301, location: '/new' });
    // A URL is answered verbatim either way: absolute_redirect concerns only what nginx builds from a path.
    const url = run([ing('a', { 'permanent-redirect': 'https://b.test/x', 'relative-redirects': 'true' }, 'a.test', '/old')]);
    assert.ok(url.ok && url.ir);
    assert.deepEqual(matchRequest(url.ir, 'a.test', '/old', { https: false }).redirect, { status: 301, location: 'https://b.test/x' });
    assert.equal(url.ir.vhosts[0]!.prefix[0]!.filters?.some((f) => f.type === 'RequestRedirect' && f.relative), false);
  });

  test('relative-redirects leaves app-root and the HTTPS redirect absolute (nginx.tmpl writes both with a scheme and host)', () => {
    const r = run([ing('a', { 'app-root': '/app', 'relative-redirects': 'true', 'force-ssl-redirect': 'true' }, 'a.test', '/other')]);
    assert.ok(r.ok && r.ir, JSON.stringify(r.diagnostics));
    assert.deepEqual(matchRequest(r.ir, 'a.test', '/', { https: true }).redirect, { status: 302, location: 'https://a.test/app' });
    assert.deepEqual(matchRequest(r.ir, 'a.test', '/other', { https: false }).redirect, { status: 308, location: 'https://a.test/other' });
  });

  test('Gateway API: relative-redirects "true" fails (IC2102, no relative Location there); a path is a ReplaceFullPath redirect, with a query refused (IC3071)', () => {
    const rel = run([ing('a', { 'permanent-redirect': '/new', 'relative-redirects': 'true' }, 'a.test', '/old')], 'gateway-api');
    assert.equal(rel.ok, false);
    assert.deepEqual(rel.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.loc?.line]), [['IC2102', 7]]);
    assert.ok(run([ing('a', { 'permanent-redirect': '/new', 'relative-redirects': 'false' }, 'a.test', '/old')], 'gateway-api').ok);
    const q = run([ing('a', { 'permanent-redirect': '/new?a=1' }, 'a.test', '/old')], 'gateway-api');
    assert.deepEqual(q.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.loc?.line]), [['IC3071', 6]]);
    const p = run([ing('a', { 'permanent-redirect': '/new', 'permanent-redirect-code': '308' }, 'a.test', '/old')], 'gateway-api');
    assert.ok(p.ok, JSON.stringify(p.diagnostics));
    const text = p.files.map((f) => f.content).join('\n');
    assert.match(text, /requestRedirect:\n\s+path:\n\s+type: "ReplaceFullPath"\n\s+replaceFullPath: "\/new"\n\s+statusCode: 308/);
  });

  test('app-root: "/" of the host redirects with 302 to scheme + Host as sent + the path', () => {
    const r = run([ing('a', { 'app-root': '/app' }, 'a.test', '/other')]);
    assert.ok(r.ok && r.ir);
    assert.deepEqual(matchRequest(r.ir, 'A.test:8080', '/?x=1', { https: true }).redirect, { status: 302, location: 'https://A.test:8080/app' });
    assert.equal(matchRequest(r.ir, 'a.test', '/other', { https: false }).via, 'route');
  });

  test('ssl-redirect per location: the TLS host redirects, the ssl-redirect "false" Ingress on it does not', () => {
    const r = run([ing('secure', {}, 's.test', '/secure', true), secret('secure-tls'), ing('open', { 'ssl-redirect': 'false' }, 's.test', '/open')]);
    assert.ok(r.ok && r.ir, JSON.stringify(r.diagnostics));
    assert.deepEqual(matchRequest(r.ir, 's.test', '/secure/x/', { https: false }).redirect, { status: 308, location: 'https://s.test/secure/x' });
    assert.equal(matchRequest(r.ir, 's.test', '/open', { https: false }).via, 'route');
    assert.equal(matchRequest(r.ir, 's.test', '/secure', { https: true }).via, 'route');
    // The host's fallback follows the Ingress that created the host (the oldest: "secure" sorts later).
    assert.equal(matchRequest(r.ir, 's.test', '/nothing', { https: false }).via, 'redirect');
  });

  test('force-ssl-redirect without TLS; preserve-trailing-slash keeps the final "/"', () => {
    const r = run([ing('f', { 'force-ssl-redirect': 'true', 'preserve-trailing-slash': 'true' }, 'f.test')]);
    assert.ok(r.ok && r.ir);
    assert.deepEqual(matchRequest(r.ir, 'F.test:80', '/a/', { https: false }).redirect, { status: 308, location: 'https://f.test/a/' });
  });

  test('server-alias: the alias answers like the host; one naming a real host is ignored (IC3102)', () => {
    const r = run([ing('a', { 'server-alias': 'b.test, c.test' }, 'a.test'), ing('b', {}, 'b.test', '/b')]);
    assert.ok(r.ok && r.ir);
    assert.deepEqual(r.ir.vhosts.map((v) => v.name), ['a.test', 'b.test', 'c.test']);
    assert.equal(matchRequest(r.ir, 'c.test', '/x').upstream, 'default_web_80');
    assert.equal(matchRequest(r.ir, 'b.test', '/x').upstream, undefined);
    assert.ok(r.diagnostics.some((d) => d.code === 'IC3102' && /b\.test/.test(d.message)));
  });

  test('from-to-www-redirect: the other name answers 308 to <scheme>://<host>:<listener port><URI without its final "/">', () => {
    const r = run([ing('a', { 'from-to-www-redirect': 'true' }, 'site.test')]);
    assert.ok(r.ok && r.ir);
    assert.deepEqual(matchRequest(r.ir, 'www.site.test', '/a/?x', { https: false }).redirect, { status: 308, location: 'http://site.test:80/a/?x' });
    assert.deepEqual(matchRequest(r.ir, 'WWW.site.test:8080', '/', { https: true }).redirect, { status: 308, location: 'https://site.test:443' });
    const taken = run([ing('a', { 'from-to-www-redirect': 'true' }, 'site.test'), ing('b', {}, 'www.site.test')]);
    assert.ok(taken.diagnostics.some((d) => d.code === 'IC3103'));
    assert.equal(matchRequest(taken.ir!, 'www.site.test', '/', { https: false }).via, 'route');
  });

  test('targets without a row fail closed (from-to-www-redirect on Gateway API: IC2102)', () => {
    for (const t of ['gateway-api'] as const) {
      const r = run([ing('a', { 'from-to-www-redirect': 'true' })], t);
      assert.ok(r.diagnostics.some((d) => d.code === 'IC2102'), t);
    }
  });
});
