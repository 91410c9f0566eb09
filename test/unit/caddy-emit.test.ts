import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/compile.js';
import { buildConfig } from '../../src/emit/caddy/emit-caddy.js';
import type { CaddyConfig, Handler, Route, Server } from '../../src/emit/caddy/types.js';
import { matchHost, matchRequest } from '../../src/ir/match.js';
import { compile, type CompileOptions, type RouteTable } from '../../src/index.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';

const ingress = (name: string, spec: string): string => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
const rule = (host: string | null, ...paths: [string, string, string][]): string =>
  `  - ${host ? `host: "${host}"\n    ` : ''}http:\n      paths:\n${paths.map(([p, t, s]) => `      - {path: ${p}, pathType: ${t}, backend: {service: {name: ${s}, port: {number: 80}}}}\n`).join('')}`;
const tls = (secret: string, ...hosts: string[]): string => `  - hosts: [${hosts.map((h) => `"${h}"`).join(', ')}]\n    secretName: ${secret}\n`;

function irOf(docs: string[], options: CompileOptions = {}): RouteTable {
  const { ir, diags } = analyze(docs.map((text, i) => ({ path: `in${i}.yaml`, text })), { target: 'caddy', ...options });
  assert.ok(ir && !diags.hasErrors(), JSON.stringify(diags.items, null, 2));
  return ir;
}

/**
 * A model of Caddy's HTTP routing for the config we emit (caddyhttp): routes in order, a route
 * runs when one matcher set matches, handlers chain until a terminal route; the host matcher
 * ignores case and the port, `*.x` is one label; path_regexp is an RE2 search on the path; a
 * subroute that writes nothing falls through; nothing written at all is Caddy's empty 200.
 */
/** The forwarded-headers routes every server opens with (non-terminal headers handlers). */
const notPrelude = (r: Route): boolean => r.terminal === true || !r.handle.every((h) => h.handler === 'headers');

function caddyPick(server: Server, hostHeader: string, pathWithQuery: string): Handler | 'empty 200' {
  const host = hostHeader.replace(/:[0-9]+$/, '').toLowerCase();
  const path = pathWithQuery.split('?', 1)[0]!;
  const hostMatches = (pattern: string): boolean => {
    const p = pattern.split('.');
    const h = host.split('.');
    return p.length === h.length && p.every((l, i) => l === '*' || l === h[i]);
  };
  const run = (rs: Route[]): Handler | undefined => {
    for (const r of rs) {
      const ok =
        !r.match ||
        r.match.some(
          (m) =>
            (!m.host || m.host.some(hostMatches)) &&
            (!m.path_regexp || new RegExp(m.path_regexp.pattern).test(path)) &&
            Object.entries(m.vars_regexp ?? {}).every(([k, v]) => (assert.equal(k, '{http.request.uri}'), new RegExp(v.pattern).test(pathWithQuery))),
        );
      if (!ok) continue;
      for (const h of r.handle) {
        // Request headers handlers (the forwarded headers, forwarded-headers.ts) chain on.
        if (h.handler === 'headers') continue;
        const out = h.handler === 'subroute' ? run(h.routes) : h.handler === 'invoke' ? run([server.named_routes?.[h.name] ?? assert.fail(`no named route ${h.name}`)]) : h;
        if (out) return out;
      }
      if (r.terminal) return undefined;
    }
    return undefined;
  };
  return run(server.routes) ?? 'empty 200';
}

const outcome = (ir: RouteTable, h: Handler | 'empty 200'): string => {
  if (h === 'empty 200') return h;
  if (h.handler === 'static_response') return h.status_code === 308 ? 'redirect' : `status ${h.status_code}`;
  if (h.handler === 'reverse_proxy') {
    const dials = h.upstreams.map((u) => u.dial).join(',');
    return ir.upstreams.find((u) => u.endpoints.map((e) => `${e.host}:${e.port}`).join(',') === dials)?.id ?? `? ${dials}`;
  }
  return h.handler;
};

const DOCS = [
  ingress(
    'main',
    `  tls:\n${tls('a-tls', 'a.test')}${tls('w-tls', '*.w.test')}  rules:\n${rule('a.test', ['/', 'Prefix', 'a-root'], ['/api', 'Prefix', 'a-api'], ['/api', 'Exact', 'a-api-exact'], ['/api/v1', 'Prefix', 'a-v1'])}${rule('*.w.test', ['/x', 'Prefix', 'w-x'])}${rule('b.w.test', ['/y', 'Exact', 'b-y'])}${rule('*.a.test', ['/', 'Prefix', 'sub-a'])}${rule(null, ['/any', 'Prefix', 'any-svc'], ['/Case', 'Exact', 'case-svc'])}`,
  ),
  ingress('own', `  defaultBackend: {service: {name: own-default, port: {number: 80}}}\n  rules:\n${rule('own.test', ['/z', 'Prefix', 'own-z'])}`),
  tlsSecretYaml('a-tls', { hosts: ['a.test'] }),
  tlsSecretYaml('w-tls', { hosts: ['*.w.test'] }),
];

describe('caddy routing model agrees with the IR', () => {
  for (const options of [{}, { defaultBackend: 'default/fallback:80' }, { sslRedirect: false }] as CompileOptions[]) {
    test(`every host × path answers as matchRequest (${JSON.stringify(options)})`, () => {
      const ir = irOf(DOCS, options);
      const c = buildConfig(ir);
      const hosts = ['a.test', 'A.TEST:8443', 'x.a.test', 'y.x.a.test', 'q.w.test', 'b.w.test', 'c.b.w.test', 'w.test', 'own.test', 'unknown.test', 'own.test.x'];
      const paths = ['/', '/api', '/api/', '/api/v1', '/api/v1/x', '/apix', '/API', '/x', '/x/1', '/xy', '/y', '/y/', '/any/1', '/anyx', '/Case', '/case', '/z/1', '/q?x=1'];
      const mismatches: string[] = [];
      for (const host of hosts) {
        for (const path of paths) {
          const m = matchRequest(ir, host, path);
          const want = m.upstream ?? 'status 404';
          const got = outcome(ir, caddyPick(c.apps.http.servers.https!, host, path));
          if (got !== want) mismatches.push(`https ${host}${path}: caddy ${got}, IR ${want}`);
          const redirect = matchHost(ir, host).vhost?.tls?.sslRedirect === true;
          const gotHttp = outcome(ir, caddyPick(c.apps.http.servers.http!, host, path));
          if (gotHttp !== (redirect ? 'redirect' : want)) mismatches.push(`http ${host}${path}: caddy ${gotHttp}, IR ${redirect ? 'redirect' : want}`);
        }
      }
      assert.deepEqual(mismatches, []);
    });
  }
});

describe('caddy.json structure', () => {
  const c: CaddyConfig = buildConfig(irOf(DOCS));

  test('no network of its own: admin off, no automatic HTTPS, no OCSP, no HTTP/3, storage inside the directory', () => {
    assert.deepEqual(c.admin, { disabled: true, config: { persist: false } });
    assert.deepEqual(c.storage, { module: 'file_system', root: 'caddy-data' });
    for (const s of Object.values(c.apps.http.servers)) {
      assert.deepEqual(s.automatic_https, { disable: true });
      assert.deepEqual(s.protocols, ['h1', 'h2']);
    }
    assert.equal(c.apps.tls?.disable_ocsp_stapling, true);
  });

  test('--listen-admin puts the admin endpoint on that loopback address', () => {
    const ir = irOf(DOCS, { listenAdmin: '127.0.0.1:2999' });
    const r = compile(DOCS.map((text, i) => ({ path: `in${i}.yaml`, text })), { target: 'caddy', listenAdmin: '127.0.0.1:2999' });
    assert.ok(r.ok);
    assert.deepEqual(JSON.parse(r.files.find((f) => f.path === 'caddy.json')!.content).admin, { listen: '127.0.0.1:2999', config: { persist: false } });
    assert.deepEqual(buildConfig(ir, { host: '[::1]', port: 2019 }).admin, { listen: '[::1]:2019', config: { persist: false } });
  });

  test('certificates load from certs/ by tag; the SNI of a TLS host selects its own, exact names before wildcards, the default last', () => {
    assert.deepEqual(c.apps.tls?.certificates.load_files, [
      { certificate: 'certs/default-a-tls.crt', key: 'certs/default-a-tls.key', tags: ['default-a-tls'] },
      { certificate: 'certs/default-w-tls.crt', key: 'certs/default-w-tls.key', tags: ['default-w-tls'] },
    ]);
    assert.deepEqual(c.apps.http.servers.https!.tls_connection_policies, [
      { match: { sni: ['*.w.test'] }, certificate_selection: { any_tag: ['default-w-tls'] } },
      { certificate_selection: { any_tag: ['default-a-tls'] } },
    ]);
    const many = buildConfig(irOf([ingress('m', `  tls:\n${tls('w-tls', '*.w.test')}${tls('x-tls', 'x.test', 'b.w.test')}${tls('a-tls', 'a.test')}  rules:\n${rule('*.w.test', ['/', 'Prefix', 's'])}${rule('b.w.test', ['/', 'Prefix', 's'])}${rule('x.test', ['/', 'Prefix', 's'])}${rule('a.test', ['/', 'Prefix', 's'])}`), tlsSecretYaml('a-tls'), tlsSecretYaml('w-tls'), tlsSecretYaml('x-tls')]));
    assert.deepEqual(many.apps.http.servers.https!.tls_connection_policies, [
      { match: { sni: ['b.w.test', 'x.test'] }, certificate_selection: { any_tag: ['default-x-tls'] } },
      { match: { sni: ['*.w.test'] }, certificate_selection: { any_tag: ['default-w-tls'] } },
      { certificate_selection: { any_tag: ['default-a-tls'] } },
    ]);
  });

  test('without certificates there is no HTTPS server and no tls app', () => {
    const plain = buildConfig(irOf([ingress('p', `  rules:\n${rule('p.test', ['/', 'Prefix', 'p'])}`)]));
    assert.deepEqual(Object.keys(plain.apps.http.servers), ['http']);
    assert.equal(plain.apps.tls, undefined);
  });

  test('the redirect keeps the HTTPS port unless it is 443; Host and URI come from the request', () => {
    const loc = (listenHttps: string): string => {
      const r = buildConfig(irOf(DOCS, { listenHttps })).apps.http.servers.http!.routes.filter(notPrelude)[1]!.handle[0]!;
      assert.equal(r.handler, 'subroute');
      // Without preserve-trailing-slash: a URI ending in "/" loses it (src/emit/caddy/redirects.ts).
      const h = r.routes[0]!.handle[0]!;
      assert.ok(h.handler === 'subroute' && h.routes.length === 2);
      return h.routes.map((x) => {
        const s = x.handle[0]!;
        assert.ok(s.handler === 'static_response' && s.status_code === 308);
        return s.headers!.Location![0]!;
      }).join(' | ');
    };
    assert.equal(loc('0.0.0.0:443'), 'https://{http.request.host}{http.regexp.ingressc_uri.1} | https://{http.request.host}{http.request.uri}');
    assert.equal(loc('127.0.0.1:8443'), 'https://{http.request.host}:8443{http.regexp.ingressc_uri.1} | https://{http.request.host}:8443{http.request.uri}');
  });

  test('an upstream without ready endpoints answers 503, IPv6 endpoints are bracketed, output is deterministic', () => {
    const noEndpoints = `apiVersion: v1\nkind: Service\nmetadata: {name: gone}\nspec:\n  ports: [{port: 80}]\n---\napiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: gone-1\n  labels: {kubernetes.io/service-name: gone}\naddressType: IPv4\nports: [{port: 8080}]\nendpoints:\n- addresses: ["10.255.0.1"]\n  conditions: {ready: false}\n`;
    const src = [ingress('e', `  rules:\n${rule('e.test', ['/gone', 'Prefix', 'gone'], ['/v6', 'Prefix', 'v6'])}`), noEndpoints].map((text, i) => ({ path: `in${i}.yaml`, text }));
    const opts = { target: 'caddy' as const, backends: ['default/v6:80=[::1]:8080,10.0.0.1:80'] };
    const one = compile(src, opts);
    assert.ok(one.ok, JSON.stringify(one.diagnostics));
    assert.deepEqual(compile(src, opts).files, one.files);
    const server = buildConfig(one.ir!).apps.http.servers.http!;
    const sub = server.routes.filter(notPrelude)[1]!.handle[0]!;
    assert.ok(sub.handler === 'subroute');
    const handlerOf = (prefix: string): Handler => sub.routes.find((r) => r.match?.[0]?.path_regexp?.pattern.startsWith(`^${prefix}`))!.handle[0]!;
    assert.deepEqual(handlerOf('/gone'), { handler: 'static_response', status_code: 503 });
    // Routes invoke one shared reverse_proxy per upstream.
    assert.deepEqual(handlerOf('/v6'), { handler: 'invoke', name: 'default_v6_80' });
    assert.deepEqual(Object.keys(server.named_routes ?? {}), ['default_v6_80']);
    const v6 = server.named_routes!.default_v6_80!.handle[0]!;
    assert.ok(v6.handler === 'reverse_proxy');
    assert.deepEqual(v6.upstreams, [{ dial: '10.0.0.1:80' }, { dial: '[::1]:8080' }]);
  });
});

describe('many hosts', () => {
  const n = 2000;
  const docs = [
    ingress('many', `  rules:\n${Array.from({ length: n }, (_, i) => rule(`h${i}.test`, ['/', 'Prefix', `s${i % 7}`])).join('')}`),
    ingress('wild', `  rules:\n${Array.from({ length: 40 }, (_, i) => rule(`*.w${i}.wild.test`, ['/', 'Prefix', `w${i % 3}`])).join('')}${rule('*.h7.test', ['/', 'Prefix', 'wild'])}${rule('*.other.test', ['/', 'Prefix', 'other'])}${rule('*.solo.example', ['/', 'Prefix', 'solo'])}`),
    ingress('any', `  rules:\n${rule(null, ['/any', 'Prefix', 'any-svc'])}`),
  ];
  const ir = irOf(docs, { defaultBackend: 'default/fallback:80' });
  const server = buildConfig(ir).apps.http.servers.http!;
  const routes = server.routes.filter(notPrelude);
  const isGroup = (r: Route): boolean => r.handle[0]!.handler === 'subroute' && r.handle[0]!.routes.every((x) => x.match?.[0]?.host);

  test('exact hosts: one route lists them all, then groups of at most 8, each listing exactly the names below it', () => {
    const root = routes[1]!;
    assert.ok(isGroup(root) && root.terminal);
    assert.equal(root.match![0]!.host!.length, 2 * n);
    let levels = 0;
    const walk = (r: Route, depth: number): void => {
      const children = r.handle[0]!.handler === 'subroute' ? r.handle[0]!.routes : [];
      if (!isGroup(r)) return;
      levels = Math.max(levels, depth);
      assert.ok(children.length <= 8, `${children.length} children`);
      assert.deepEqual([...r.match![0]!.host!].sort(), children.flatMap((c) => c.match![0]!.host!).sort());
      for (const c of children) walk(c, depth + 1);
    };
    walk(root, 1);
    assert.equal(levels, 4);
  });

  test('wildcards: grouped under *.*.<parent>, not terminal; a lone wildcard stays as it is', () => {
    const wild = routes.filter((r) => r.match?.[0]?.host?.some((h) => h.startsWith('*.')));
    assert.deepEqual(wild.map((r) => r.match![0]!.host), [['*.*.test', '*.*.test.'], ['*.solo.example', '*.solo.example.'], ['*.*.wild.test', '*.*.wild.test.']]);
    assert.deepEqual(wild.map((r) => r.terminal), [undefined, true, undefined]);
    assert.equal(wild[2]!.handle[0]!.handler === 'subroute' && wild[2]!.handle[0]!.routes.length, 40);
  });

  test('route every host, its case and port variants, wildcards and unknown hosts as matchRequest', () => {
    const mismatches: string[] = [];
    const hosts = ['h0.test', 'h1999.test', 'H1777.TEST:80', 'h64.test', 'h1024.test.', 'x.h7.test', 'y.x.h7.test', 'h2000.test', 'unknown.test', 'h7.test',
      'a.w0.wild.test', 'A.W39.WILD.TEST:8080', 'b.w17.wild.test.', 'a.w40.wild.test', 'a.nope.wild.test', 'a.b.w3.wild.test', 'w3.wild.test', 'z.other.test', 'z.nope.test', 'x.solo.example', 'x.y.solo.example'];
    for (const host of hosts) {
      for (const path of ['/p', '/any/1']) {
        const want = matchRequest(ir, host, path).upstream ?? 'status 404';
        const got = outcome(ir, caddyPick(server, host, path));
        if (got !== want) mismatches.push(`${host}${path}: caddy ${got}, IR ${want}`);
      }
    }
    assert.deepEqual(mismatches, []);
  });
});
