import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AmbiguousRouteError, goExpand, TraefikModel, type DynamicHttp, type EvalRequest, type RouterConf } from '../traefik/evaluate.js';
import { evaluateTraefik } from '../traefik/conformance-adapter.js';
import { ipInRanges } from '../traefik/ip.js';
import { canonicalHost, goPathClean, requestPath } from '../traefik/request.js';
import { matchDomain } from '../traefik/tls-select.js';

const lb = (url = 'http://10.0.0.1:80') => ({ loadBalancer: { servers: [{ url }], passHostHeader: true } });
const SERVICES = { a: lb('http://10.0.0.1:80'), b: lb('http://10.0.0.2:80'), c: lb('http://10.0.0.3:80') };

function model(routers: Record<string, Partial<RouterConf> & { rule: string }>, extra: Partial<DynamicHttp> = {}): TraefikModel {
  const rs: Record<string, RouterConf> = {};
  for (const [name, r] of Object.entries(routers)) rs[name] = { entryPoints: ['web'], service: 'a', ...r };
  return new TraefikModel({ http: { routers: rs, services: SERVICES, ...extra } });
}

const served = (m: TraefikModel, req: EvalRequest): string => {
  const o = m.route(req);
  return o.kind === 'proxied' ? o.service : o.kind === 'redirect' ? `${o.status} ${o.location}` : String(o.status);
};

test('highest priority wins; absent priority is the rule length', () => {
  // The pitfall the emitter avoids: by length, the Prefix rule outranks the Exact one.
  const byLength = model({ exact: { rule: 'Host("a.test") && Path("/foo")', service: 'a' }, prefix: { rule: 'Host("a.test") && (Path("/foo") || PathPrefix("/foo/"))', service: 'b' } });
  assert.equal(served(byLength, { host: 'a.test', path: '/foo' }), 'b');
  const explicit = model({ exact: { rule: 'Host("a.test") && Path("/foo")', service: 'a', priority: 20 }, prefix: { rule: 'Host("a.test") && (Path("/foo") || PathPrefix("/foo/"))', service: 'b', priority: 10 } });
  assert.equal(served(explicit, { host: 'a.test', path: '/foo' }), 'a');
  assert.equal(served(explicit, { host: 'a.test', path: '/foo/x' }), 'b');
  assert.equal(served(explicit, { host: 'a.test', path: '/foox' }), '404');
});

test('two matching routers at one priority have no defined order', () => {
  const m = model({ one: { rule: 'PathPrefix("/")', priority: 5, service: 'a' }, two: { rule: 'Path("/x")', priority: 5, service: 'b' } });
  assert.throws(() => m.route({ path: '/x' }), AmbiguousRouteError);
  assert.equal(served(m, { path: '/y' }), 'a'); // only one matches: fine
  assert.equal(served(model({ a: { rule: 'Host("a.test")', priority: 5 }, b: { rule: 'Host("b.test")', priority: 5, service: 'b' } }), { host: 'b.test', path: '/' }), 'b');
});

test('entry points and TLS split the routers', () => {
  const m = model({
    plain: { rule: 'PathPrefix("/")', service: 'a', entryPoints: ['web'] },
    secure: { rule: 'PathPrefix("/")', service: 'b', entryPoints: ['websecure'], tls: {} },
    everywhere: { rule: 'Path("/all")', service: 'c', entryPoints: [], priority: 100 },
  });
  assert.equal(served(m, { path: '/' }), 'a');
  assert.equal(served(m, { path: '/', https: true }), 'b');
  assert.equal(served(m, { path: '/all' }), 'c'); // no entryPoints = all of them, but only plain HTTP (no tls)
  assert.equal(served(m, { path: '/all', https: true }), 'b');
});

test('Host: case-insensitive, port ignored, trailing dot tolerated; HostRegexp sees the same canonical host', () => {
  const m = model({ h: { rule: 'Host("Shop.Test")', service: 'a', priority: 2 }, w: { rule: 'HostRegexp("^[^.]+\\\\.wild\\\\.test$")', service: 'b', priority: 1 } });
  for (const host of ['shop.test', 'SHOP.test:8080', 'shop.test.', ' shop.test ']) assert.equal(served(m, { host, path: '/' }), 'a', host);
  for (const host of ['X.Wild.Test', 'x.wild.test:443']) assert.equal(served(m, { host, path: '/' }), 'b', host);
  for (const host of ['wild.test', 'a.b.wild.test', 'shop.test.evil', undefined]) assert.equal(served(m, { ...(host ? { host } : {}), path: '/' }), '404', String(host));
  assert.equal(canonicalHost('[::1]:8080'), '::1');
  assert.equal(canonicalHost('[::1]'), '[::1]');
  assert.equal(canonicalHost('a:b:c'), 'a:b:c');
});

test('Path is exact and case-sensitive; PathPrefix is a string prefix; both use the routing path', () => {
  const m = model({ p: { rule: 'Path("/api")', service: 'a', priority: 2 }, pp: { rule: 'PathPrefix("/static")', service: 'b', priority: 1 } });
  assert.equal(served(m, { path: '/api' }), 'a');
  assert.equal(served(m, { path: '/api?x=1' }), 'a');
  assert.equal(served(m, { path: '/API' }), '404');
  assert.equal(served(m, { path: '/api/' }), '404');
  assert.equal(served(m, { path: '/staticfoo' }), 'b'); // why the emitter never uses a bare PathPrefix
  assert.equal(served(m, { path: '/%61pi' }), 'a'); // unreserved escapes are decoded
  assert.equal(served(m, { path: '/x/../api' }), 'a'); // sanitizePath
  assert.equal(served(m, { path: '/static%2Fx' }), 'b');
  assert.equal(served(m, { path: '/%zz' }), '400');
});

test('request path processing', () => {
  assert.deepEqual(requestPath('/a/./b//c/?q=1', { sanitizePath: true }), { forwarded: '/a/b/c/?q=1', routing: '/a/b/c/' });
  assert.deepEqual(requestPath('/a/%2f/%7e%41', { sanitizePath: true }), { forwarded: '/a/%2F/~A', routing: '/a/%2F/~A' });
  assert.deepEqual(requestPath('/a%20b', { sanitizePath: false }), { forwarded: '/a%20b', routing: '/a b' });
  assert.equal(goPathClean('/../a/b/../c'), '/a/c');
  assert.equal(goPathClean('/'), '/');
});

test('redirectScheme: 301 for GET, 308 otherwise; the port follows the configuration', () => {
  const mws = { toHttps: { redirectScheme: { scheme: 'https', permanent: true, port: '8443' } }, temp: { redirectScheme: { scheme: 'https' } }, std: { redirectScheme: { scheme: 'https', permanent: true, port: '443' } } };
  const m = model({ r: { rule: 'Host("a.test")', middlewares: ['toHttps'] }, t: { rule: 'Host("t.test")', middlewares: ['temp'] }, s: { rule: 'Host("s.test")', middlewares: ['std'] } }, { middlewares: mws });
  assert.deepEqual(m.route({ host: 'a.test:8080', path: '/x?y=1' }), { kind: 'redirect', status: 301, router: 'r', location: 'https://a.test:8443/x?y=1' });
  assert.equal(served(m, { host: 'a.test', path: '/x', method: 'POST' }), '308 https://a.test:8443/x');
  assert.equal(served(m, { host: 'a.test', path: '/x', method: 'HEAD' }), '308 https://a.test:8443/x');
  assert.equal(served(m, { host: 'A.Test', path: '/' }), '301 https://A.Test:8443/'); // the Host keeps its case
  assert.equal(served(m, { host: 't.test', path: '/' }), '302 https://t.test/');
  assert.equal(served(m, { host: 't.test', path: '/', method: 'PUT' }), '307 https://t.test/');
  assert.equal(served(m, { host: 's.test:80', path: '/' }), '301 https://s.test/');
});

test('ipAllowList rejects with its status; noop@internal answers 418; no router answers 404', () => {
  const mws = { nobody: { ipAllowList: { sourceRange: ['255.255.255.255/32'], rejectStatusCode: 404 } }, local: { ipAllowList: { sourceRange: ['127.0.0.0/8'] } } };
  const m = model({ nf: { rule: 'Path("/nf")', middlewares: ['nobody'], service: 'noop@internal' }, l: { rule: 'Path("/l")', middlewares: ['local'] }, n: { rule: 'Path("/noop")', service: 'noop@internal' } }, { middlewares: mws });
  assert.deepEqual(m.route({ path: '/nf' }), { kind: 'status', status: 404, router: 'nf', reason: 'ipAllowList' });
  assert.equal(served(m, { path: '/l' }), 'a');
  assert.equal(served(m, { path: '/l', clientIp: '10.1.1.1' }), '403');
  assert.equal(served(m, { path: '/noop' }), '418');
  assert.deepEqual(m.route({ path: '/none' }), { kind: 'status', status: 404, reason: 'no router' });
});

test('proxied requests keep the Host header and the request URI', () => {
  const m = model({ a: { rule: 'PathPrefix("/")' } });
  assert.deepEqual(m.route({ host: 'X.test:81', path: '/p?q' }), { kind: 'proxied', status: 200, router: 'a', service: 'a', servers: ['http://10.0.0.1:80'], forwardedPath: '/p?q', forwardedHost: 'X.test:81', setHeaders: {} });
});

test('replacePathRegex rewrites the escaped path with Go expansion and keeps the query; headers set request headers', () => {
  const m = new TraefikModel({
    http: {
      routers: { a: { rule: 'PathPrefix("/")', middlewares: ['rw', 'h'], service: 'a' } },
      services: { a: { loadBalancer: { servers: [{ url: 'http://10.0.0.1:80' }] } } },
      middlewares: { rw: { replacePathRegex: { regex: '(?i)^/api/(.*)$', replacement: '/v2/${1}x$1y' } }, h: { headers: { customRequestHeaders: { 'X-Forwarded-Prefix': '/api' } } } },
    },
  });
  const o = m.route({ path: '/API/users?q=1' });
  assert.equal(o.kind, 'proxied');
  // Go reads "$1y" as the group named "1y", which does not exist: "".
  assert.deepEqual(o.kind === 'proxied' && [o.forwardedPath, o.setHeaders], ['/v2/usersx?q=1', { 'x-forwarded-prefix': '/api' }]);
  assert.equal(m.route({ path: '/other' }).kind === 'proxied' && (m.route({ path: '/other' }) as { forwardedPath: string }).forwardedPath, '/other');
  assert.equal(goExpand('${1}-$2-$$-${x}', ['all', 'a', 'b']), 'a-b-$-');
});

test('configuration errors that make Traefik drop a router are thrown', () => {
  assert.throws(() => model({ a: { rule: 'Path("/a")', service: 'missing' } }), /does not exist/);
  assert.throws(() => model({ a: { rule: 'Path("/a")', middlewares: ['missing'] } }), /middleware missing/);
  assert.throws(() => model({ a: { rule: 'Path("a")' } }), /does not start with/);
  assert.throws(() => model({ a: { rule: 'Host("é.test")' } }), /non-ASCII/);
  assert.throws(() => model({ a: { rule: 'HostRegexp("(")' } }), /invalid rule/);
  assert.throws(() => model({ a: { rule: "Path('/a')" } }), /invalid rule/);
  assert.throws(() => new TraefikModel({ http: { routers: { a: { rule: 'Path("/a")', service: 'empty' } }, services: { empty: { loadBalancer: { servers: [] } } } } }), /no servers/);
});

test('other matchers: Method, Header, Query, ClientIP, negation', () => {
  const m = model({
    get: { rule: 'Method("get") && Path("/m")', priority: 3 },
    hdr: { rule: 'Header("X-Env", "canary") && Path("/h")', service: 'b', priority: 3 },
    q: { rule: 'Query("v", "2") && Path("/q")', service: 'c', priority: 3 },
    ip: { rule: 'ClientIP("10.0.0.0/8") && Path("/ip")', service: 'b', priority: 3 },
    not: { rule: '!Path("/m") && !Path("/h") && !Path("/q") && !Path("/ip")', service: 'c', priority: 1 },
  });
  assert.equal(served(m, { path: '/m' }), 'a');
  assert.equal(served(m, { path: '/m', method: 'POST' }), '404');
  assert.equal(served(m, { path: '/h', headers: { 'x-env': 'canary' } }), 'b');
  assert.equal(served(m, { path: '/q?v=1&v=2' }), 'c');
  assert.equal(served(m, { path: '/ip', clientIp: '10.2.3.4' }), 'b');
  assert.equal(served(m, { path: '/ip' }), '404');
  assert.equal(served(m, { path: '/other' }), 'c');
});

test('IP ranges', () => {
  assert.ok(ipInRanges('10.1.2.3', ['10.0.0.0/8']));
  assert.ok(!ipInRanges('11.1.2.3', ['10.0.0.0/8']));
  assert.ok(ipInRanges('::ffff:10.1.2.3', ['10.0.0.0/8']));
  assert.ok(ipInRanges('2001:db8::1', ['2001:db8::/32']));
  assert.ok(!ipInRanges('2001:db9::1', ['2001:db8::/32']));
  assert.ok(!ipInRanges('127.0.0.1', ['255.255.255.255/32']));
  assert.ok(!ipInRanges('::1', ['255.255.255.255/32']));
  assert.ok(ipInRanges('192.168.1.1', ['192.168.1.1']));
  assert.throws(() => ipInRanges('1.2.3.4', ['10.0.0.0/33']));
});

test('certificate names match exactly or through leading wildcard labels', () => {
  assert.ok(matchDomain('a.foo.com', 'a.foo.com'));
  assert.ok(matchDomain('a.foo.com', '*.foo.com'));
  assert.ok(!matchDomain('a.b.foo.com', '*.foo.com'));
  assert.ok(!matchDomain('foo.com', '*.foo.com'));
});

test('conformance adapter: follows redirects like the suite\'s client, keeping the first Location', () => {
  const yaml = `http:
  routers:
    r: {entryPoints: [web], rule: 'Host("a.test")', priority: 2, middlewares: [toHttps], service: a}
    s: {entryPoints: [websecure], rule: 'Host("a.test")', priority: 2, service: b, tls: {}}
    loop: {entryPoints: [web], rule: 'Host("loop.test")', priority: 2, middlewares: [toHttp], service: a}
    loop2: {entryPoints: [websecure], rule: 'Host("loop.test")', priority: 2, middlewares: [toHttpDown], service: a, tls: {}}
  services:
    a: {loadBalancer: {servers: [{url: 'http://10.0.0.1:80'}]}}
    b: {loadBalancer: {servers: [{url: 'http://10.0.0.2:80'}]}}
  middlewares:
    toHttps: {redirectScheme: {scheme: https, permanent: true, port: '8443'}}
    toHttp: {redirectScheme: {scheme: https}}
    toHttpDown: {redirectScheme: {scheme: http}}
`;
  assert.deepEqual(evaluateTraefik(yaml, { host: 'a.test', path: '/x?q', https: false, method: 'GET' }), { status: 200, service: 'b', router: 's', path: '/x', setHeaders: {}, responseHeaders: {}, location: 'https://a.test:8443/x?q' });
  assert.equal(evaluateTraefik(yaml, { host: 'loop.test', path: '/', https: false, method: 'GET' }).status, 302); // gives up after 10 hops
  assert.deepEqual(evaluateTraefik(yaml, { host: 'none.test', path: '/', https: false, method: 'GET' }), { status: 404, responseHeaders: {} });
});
