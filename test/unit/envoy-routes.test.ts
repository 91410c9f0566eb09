import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildBootstrap } from '../../src/emit/envoy/emit-envoy.js';
import type { Bootstrap, HcmFilter, Route, RouteConfiguration } from '../../src/emit/envoy/types.js';
import { analyze } from '../../src/compile.js';
import { matchHost, matchRequest } from '../../src/ir/match.js';
import type { CompileOptions, RouteTable } from '../../src/index.js';

const ingress = (name: string, spec: string): string => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
const rule = (host: string | null, ...paths: [string, string, string][]): string =>
  `  - ${host ? `host: "${host}"\n    ` : ''}http:\n      paths:\n${paths.map(([p, t, s]) => `      - {path: ${p}, pathType: ${t}, backend: {service: {name: ${s}, port: {number: 80}}}}\n`).join('')}`;
const rules = (...rs: string[]): string => `  rules:\n${rs.join('')}`;
const tls = (secret: string, ...hosts: string[]): string => `  - hosts: [${hosts.map((h) => `"${h}"`).join(', ')}]\n    secretName: ${secret}\n`;
const slice = (svc: string, ...addresses: string[]): string =>
  `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ${svc}-1\n  labels: {kubernetes.io/service-name: ${svc}}\naddressType: IPv4\nports: [{port: 8080}]\nendpoints:\n${addresses.map((a) => `- addresses: ["${a}"]\n  conditions: {ready: false}\n`).join('')}`;

function irOf(docs: string[], options: CompileOptions = {}): RouteTable {
  const { ir, diags } = analyze(docs.map((text, i) => ({ path: `in${i}.yaml`, text })), { target: 'envoy', ...options });
  assert.ok(ir && !diags.hasErrors(), JSON.stringify(diags.items, null, 2));
  return ir;
}

const routeConfigOf = (b: Bootstrap, listener: 'http' | 'https'): RouteConfiguration => {
  const l = b.static_resources.listeners.find((x) => x.name === listener) ?? assert.fail(`no ${listener} listener`);
  return (l.filter_chains[0]!.filters[0] as HcmFilter).typed_config.route_config;
};
const routesOf = (rc: RouteConfiguration, vhost: string): Route[] => (rc.virtual_hosts.find((v) => v.name === vhost) ?? assert.fail(`no vhost ${vhost}`)).routes;

/**
 * A model of how Envoy picks a route from our route_config (route_components.proto): HCM strips a
 * trailing host dot; the vhost is the exact domain, else the longest suffix wildcard, else `*`
 * (case-insensitive, port ignored); routes are first-match; header regexes are full matches.
 */
function envoyPick(rc: RouteConfiguration, authority: string, pathWithQuery: string): Route | undefined {
  const m = /^(.*?)(:[0-9]+)?$/.exec(authority)!;
  const hostPart = m[1]!.endsWith('.') ? m[1]!.slice(0, -1) : m[1]!;
  const auth = hostPart + (m[2] ?? '');
  const host = hostPart.toLowerCase();
  const vhosts = rc.virtual_hosts;
  const vh =
    vhosts.find((v) => v.domains.includes(host)) ??
    vhosts
      .flatMap((v) => v.domains.filter((d) => d.startsWith('*.') && host.endsWith(d.slice(1)) && host.length > d.length - 1).map((d) => ({ v, len: d.length })))
      .sort((a, b) => b.len - a.len)[0]?.v ??
    vhosts.find((v) => v.domains.includes('*'));
  const path = pathWithQuery.split(/[?#]/, 1)[0]!;
  return vh?.routes.find((r) => {
    const { match } = r;
    if (match.path !== undefined && path !== match.path) return false;
    if (match.prefix !== undefined && !path.startsWith(match.prefix)) return false;
    const sp = match.path_separated_prefix;
    if (sp !== undefined && path !== sp && !path.startsWith(`${sp}/`)) return false;
    return (match.headers ?? []).every((h) => {
      // The error pages' marker (errors.ts): a client never sends it here.
      if ('exact' in h.string_match) return assert.equal(h.name, 'x-ingressc-error-page'), false;
      assert.ok(h.name === ':authority' || h.name === ':path', h.name);
      const rx = h.string_match.safe_regex.regex;
      // Envoy's header regexes are full matches; :path is the request target with its query.
      // invert_match: a present header that fails the regex (both headers are always present).
      return new RegExp(`^(?:${rx.replace(/^\(\?i\)/, '')})$`, rx.startsWith('(?i)') ? 'i' : '').test(h.name === ':path' ? pathWithQuery : auth) !== (h.invert_match === true);
    });
  });
}

/** What a picked Envoy route does, in IR terms: an upstream id, 404 (undefined) or "redirect". */
const outcome = (r: Route | undefined): string | undefined => {
  if (!r) return 'no route';
  if (r.redirect || (r.direct_response && r.direct_response.status >= 300 && r.direct_response.status < 400)) return 'redirect';
  if (r.direct_response) return r.direct_response.status === 404 ? undefined : `status ${r.direct_response.status}`;
  return r.route!.cluster;
};

const HOSTS = ['a.test', 'A.Test:8080', 'a.test.', 'b.test', 'x.foo.com', 'X.FOO.COM:443', 'x.y.foo.com', 'foo.com', 'x.bar.foo.com', 'y.x.bar.foo.com', 'bar.foo.com', 'nope.test', 'redir.test', 'x.redir.test', 'x.y.redir.test'];
const PATHS = ['/', '/foo', '/foo/', '/foo/bar', '/foobar', '/FOO', '/aaa', '/aaa/bbb', '/aaa/bbbx', '/aaa/bbb/c', '/x?y=1', '/health', '/healthz', '/bar', '/bar/'];

const rich = (): RouteTable =>
  irOf([
    ingress(
      'rich',
      `  tls:\n${tls('redir-tls', 'redir.test', '*.redir.test')}${rules(
        rule('a.test', ['/foo', 'Exact', 'ex'], ['/foo', 'Prefix', 'pfx'], ['/aaa', 'Prefix', 'short'], ['/aaa/bbb', 'Prefix', 'long']),
        rule('*.foo.com', ['/', 'Prefix', 'wild'], ['/health', 'Exact', 'wild-health']),
        rule('*.bar.foo.com', ['/bar', 'Prefix', 'deep']),
        rule('redir.test', ['/', 'Prefix', 'r']),
        rule('*.redir.test', ['/', 'Prefix', 'rw']),
        rule(null, ['/health', 'Exact', 'health'], ['/aaa', 'Prefix', 'any-aaa']),
      )}`,
    ),
    ingress('glob', '  defaultBackend: {service: {name: global, port: {number: 80}}}\n'),
  ]);

describe('Envoy routing reproduces the IR evaluation model', () => {
  for (const [name, ir] of [
    ['rich (host-less rules + default backend + TLS)', rich()],
    ['wildcards without host-less rules, no default', irOf([ingress('w', rules(rule('*.foo.com', ['/foo', 'Prefix', 'wild']), rule('a.test', ['/foo', 'Exact', 'ex'])))])],
    ['wildcards with --default-backend only', irOf([ingress('w', rules(rule('*.foo.com', ['/foo', 'Prefix', 'wild'])))], { defaultBackend: 'default/dflt:80' })],
  ] as const) {
    test(name, () => {
      const b = buildBootstrap(ir);
      const http = routeConfigOf(b, 'http');
      const https = ir.certificates.length ? routeConfigOf(b, 'https') : http;
      const mismatches: string[] = [];
      for (const host of HOSTS)
        for (const path of PATHS) {
          const want = matchRequest(ir, host, path).upstream;
          const got = outcome(envoyPick(https, host, path));
          if (got !== want) mismatches.push(`https ${host}${path}: envoy ${got}, IR ${want}`);
          const redirect = matchHost(ir, host).vhost?.tls?.sslRedirect === true;
          const gotHttp = outcome(envoyPick(http, host, path));
          if (gotHttp !== (redirect ? 'redirect' : want)) mismatches.push(`http ${host}${path}: envoy ${gotHttp}, IR ${redirect ? 'redirect' : want}`);
        }
      assert.deepEqual(mismatches, []);
    });
  }
});

describe('route order inside a vhost', () => {
  const ir = irOf([ingress('o', rules(rule('a.test', ['/b', 'Exact', 'e1'], ['/a', 'Exact', 'e2'], ['/x', 'Prefix', 'p1'], ['/x/yy', 'Prefix', 'p2'], ['/x/y/', 'Prefix', 'p3'], ['/zz', 'Prefix', 'p4'])))]);
  const routes = routesOf(routeConfigOf(buildBootstrap(ir), 'http'), 'a.test');

  test('exact paths first, then prefixes longest first, then the fallback', () => {
    assert.deepEqual(
      routes.map((r) => r.match),
      [{ path: '/a' }, { path: '/b' }, { path_separated_prefix: '/x/yy' }, { path_separated_prefix: '/x/y' }, { path_separated_prefix: '/zz' }, { path_separated_prefix: '/x' }, { prefix: '/' }],
    );
    assert.deepEqual(routes.at(-1), { match: { prefix: '/' }, direct_response: { status: 404 } });
  });

  test('routes to a cluster carry no total timeout (nginx has none either)', () => {
    assert.deepEqual(routes[0]!.route, { cluster: 'default_e2_80', timeout: '0s' });
  });

  test('Prefix "/" is `prefix: "/"` (path_separated_prefix rejects it) and makes the fallback unreachable, so it is left out', () => {
    const ir2 = irOf([ingress('r', `  defaultBackend: {service: {name: own, port: {number: 80}}}\n${rules(rule('r.test', ['/', 'Prefix', 'root'], ['/a/', 'Prefix', 'a']))}`)]);
    const rs = routesOf(routeConfigOf(buildBootstrap(ir2), 'http'), 'r.test');
    assert.deepEqual(rs.map((r) => [r.match, r.route?.cluster]), [[{ path_separated_prefix: '/a' }, 'default_a_80'], [{ prefix: '/' }, 'default_root_80']]);
  });

  test('the vhost fallback is the Ingress defaultBackend', () => {
    const ir2 = irOf([ingress('r', `  defaultBackend: {service: {name: own, port: {number: 80}}}\n${rules(rule('r.test', ['/a', 'Prefix', 'a']))}`)]);
    assert.deepEqual(routesOf(routeConfigOf(buildBootstrap(ir2), 'http'), 'r.test').at(-1), { match: { prefix: '/' }, route: { cluster: 'default_own_80', timeout: '0s' } });
  });
});

describe('wildcard vhosts', () => {
  const ir = irOf([ingress('w', rules(rule('*.foo.com', ['/w', 'Prefix', 'wild']), rule(null, ['/', 'Prefix', 'any'])))]);
  const rc = routeConfigOf(buildBootstrap(ir), 'http');
  const routes = routesOf(rc, '*.foo.com');
  const regex = '(?i)^[^.:]+\\.foo\\.com\\.?(:[0-9]+)?$';

  test('domain is Envoy`s suffix wildcard; every own route requires a one-label :authority', () => {
    assert.deepEqual(rc.virtual_hosts.find((v) => v.name === '*.foo.com')!.domains, ['*.foo.com', '*.foo.com.']);
    assert.deepEqual(routes.slice(0, 2).map((r) => r.match), [
      { path_separated_prefix: '/w', headers: [{ name: ':authority', string_match: { safe_regex: { regex } } }] },
      { prefix: '/', headers: [{ name: ':authority', string_match: { safe_regex: { regex } } }] },
    ]);
  });

  test('deeper names fall to a copy of the host-less vhost`s routes, without the header match', () => {
    assert.deepEqual(routes.slice(2), routesOf(rc, '*').map((r) => r));
    assert.deepEqual(routes.slice(2), [{ match: { prefix: '/' }, route: { cluster: 'default_any_80', timeout: '0s' } }]);
  });

  test('header matchers are fresh objects (a shared one would become a YAML alias)', () => {
    assert.notEqual(routes[0]!.match.headers, routes[1]!.match.headers);
  });

  test('without host-less rules, deeper names get the default backend, else 404', () => {
    const plain = irOf([ingress('w', rules(rule('*.foo.com', ['/w', 'Prefix', 'wild'])))]);
    assert.deepEqual(routesOf(routeConfigOf(buildBootstrap(plain), 'http'), '*.foo.com').at(-1), { match: { prefix: '/' }, direct_response: { status: 404 } });
    const dflt = irOf([ingress('w', rules(rule('*.foo.com', ['/w', 'Prefix', 'wild'])))], { defaultBackend: 'default/dflt:80' });
    // The IR gives the wildcard vhost the default backend as fallback, and deeper names get it too.
    assert.deepEqual(routesOf(routeConfigOf(buildBootstrap(dflt), 'http'), '*.foo.com').slice(-2).map((r) => [r.match.headers === undefined, r.route?.cluster]), [
      [true, 'default_dflt_80'],
      [true, 'default_dflt_80'],
    ]);
  });

  test('without host-less rules, one route first takes the deeper names: no own route needs the one-label match', () => {
    const plain = routesOf(routeConfigOf(buildBootstrap(irOf([ingress('w', rules(rule('*.foo.com', ['/w', 'Prefix', 'wild'])))])), 'http'), '*.foo.com');
    assert.deepEqual(plain, [
      { match: { prefix: '/', headers: [{ name: ':authority', string_match: { safe_regex: { regex } }, invert_match: true }] }, direct_response: { status: 404 } },
      { match: { path_separated_prefix: '/w' }, route: { cluster: 'default_wild_80', timeout: '0s' } },
      { match: { prefix: '/' }, direct_response: { status: 404 } },
      { match: { prefix: '/' }, direct_response: { status: 404 } },
    ]);
  });

  test('the RE2 program-size limit is raised only when a wildcard regex exists', () => {
    assert.deepEqual(buildBootstrap(ir).layered_runtime, { layers: [{ name: 'static', static_layer: { 're2.max_program_size.error_level': 1024 } }] });
    assert.equal(buildBootstrap(irOf([ingress('x', rules(rule('a.test', ['/', 'Prefix', 'a'])))])).layered_runtime, undefined);
  });
});

describe('TLS redirect', () => {
  const docs = [ingress('t', `  tls:\n${tls('t-tls', 't.test', '*.w.test')}${rules(rule('t.test', ['/a', 'Prefix', 'a']), rule('*.w.test', ['/', 'Prefix', 'w']), rule('plain.test', ['/', 'Prefix', 'p']))}`)];

  test('HTTP: every path of a TLS host answers 308 to https on the HTTPS port; HTTPS routes normally', () => {
    const b = buildBootstrap(irOf(docs, { listenHttps: '0.0.0.0:8443' }));
    const redirect = { https_redirect: true, port_redirect: 8443, response_code: 'PERMANENT_REDIRECT' };
    // ingress-nginx drops the request URI's final "/": "/" is written out as "https://t.test:8443", a
    // target with a query keeps its path, the others lose a final "/" (src/emit/envoy/redirects.ts).
    const path = (regex: string) => ({ name: ':path', string_match: { safe_regex: { regex } } });
    assert.deepEqual(routesOf(routeConfigOf(b, 'http'), 't.test'), [
      { match: { prefix: '/', headers: [path('/')] }, direct_response: { status: 308 }, response_headers_to_add: [{ header: { key: 'location', value: 'https://t.test:8443' }, append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' }] },
      { match: { prefix: '/', headers: [path('[^?]*\\?.*')] }, redirect },
      { match: { prefix: '/' }, redirect: { ...redirect, regex_rewrite: { pattern: { regex: '^(.*)/$' }, substitution: '\\1' } } },
    ]);
    assert.deepEqual(routesOf(routeConfigOf(b, 'https'), 't.test').map((r) => r.route?.cluster ?? r.direct_response?.status), ['default_a_80', 404]);
    assert.equal(routesOf(routeConfigOf(b, 'http'), 'plain.test')[0]!.route?.cluster, 'default_p_80');
  });

  test('port 443 is still named: otherwise Envoy keeps a port from the Host header', () => {
    const b = buildBootstrap(irOf(docs));
    assert.equal(routesOf(routeConfigOf(b, 'http'), 't.test')[1]!.redirect?.port_redirect, 443);
  });

  test('a wildcard TLS host redirects only one-label names', () => {
    const w = routesOf(routeConfigOf(buildBootstrap(irOf(docs)), 'http'), '*.w.test');
    // Deeper names first (404: no host-less rules, no default backend); no direct "/" answer: the
    // Location needs the host as sent (src/emit/envoy/redirects.ts).
    assert.ok(w[0]!.direct_response?.status === 404 && w[0]!.match.headers?.[0]?.invert_match === true);
    assert.ok(w[1]!.redirect && w[1]!.match.headers?.length === 1 && w[2]!.redirect && w[2]!.match.headers === undefined);
    assert.deepEqual(w.slice(3), [{ match: { prefix: '/' }, direct_response: { status: 404 } }]);
  });

  test('--no-ssl-redirect: no redirect routes', () => {
    const b = buildBootstrap(irOf(docs, { sslRedirect: false }));
    assert.ok(routeConfigOf(b, 'http').virtual_hosts.every((v) => v.routes.every((r) => !r.redirect)));
  });
});

describe('upstreams without endpoints', () => {
  const ir = irOf([
    ingress('e', rules(rule('e.test', ['/gone', 'Prefix', 'gone'], ['/ok', 'Prefix', 'ok']))),
    'apiVersion: v1\nkind: Service\nmetadata: {name: gone}\nspec:\n  ports: [{port: 80}]\n',
    slice('gone', '10.0.0.9'),
  ]);
  const b = buildBootstrap(ir);

  test('routes name an empty STATIC cluster, so Envoy answers 503', () => {
    const gone = b.static_resources.clusters.find((c) => c.name === 'default_gone_80')!;
    assert.deepEqual(gone, { name: 'default_gone_80', type: 'STATIC', connect_timeout: '5s', lb_policy: 'ROUND_ROBIN', load_assignment: { cluster_name: 'default_gone_80', endpoints: [] } });
    assert.equal(routesOf(routeConfigOf(b, 'http'), 'e.test')[0]!.route?.cluster, 'default_gone_80');
  });
});
