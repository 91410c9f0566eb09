import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Diagnostics } from '../../src/diagnostics/collector.js';
import { haproxyEmitter } from '../../src/emit/haproxy/emit-haproxy.js';
import { matchRequest } from '../../src/ir/match.js';
import { compile, type CompileOptions, type OutputFile, type RouteTable } from '../../src/index.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';

const ingress = (name: string, spec: string, ns = 'default'): string =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\n  namespace: ${ns}\nspec:\n${spec}`;
const svc = (name: string, port = 80): string => `backend: {service: {name: "${name}", port: {number: ${port}}}}`;
const rule = (host: string | null, ...paths: [string, string, string][]): string =>
  `  - ${host ? `host: "${host}"\n    ` : ''}http:\n      paths:\n${paths.map(([p, t, s]) => `      - {path: ${p}, pathType: ${t}, ${svc(s)}}\n`).join('')}`;
const rules = (...rs: string[]): string => `  rules:\n${rs.join('')}`;

function build(docs: string[], options: CompileOptions = {}): { files: Map<string, OutputFile>; ir: RouteTable; cfg: string; map: (name: string) => string[] } {
  const r = compile(docs.map((text, i) => ({ path: `in${i}.yaml`, text })), { target: 'haproxy', ...options });
  assert.ok(r.ok && r.ir, JSON.stringify(r.diagnostics, null, 2));
  const files = new Map(r.files.map((f) => [f.path, f]));
  const text = (p: string): string => files.get(p)?.content ?? assert.fail(`no ${p} in ${[...files.keys()].join(', ')}`);
  return { files, ir: r.ir, cfg: text('haproxy.cfg'), map: (name) => text(name).split('\n').filter(Boolean) };
}

describe('map entries', () => {
  const { map, cfg } = build([
    ingress('a', rules(
      rule('a.test', ['/foo', 'Exact', 'ex'], ['/foo', 'Prefix', 'pfx'], ['/bar/', 'Prefix', 'bar'], ['/bar/', 'Exact', 'barex'], ['/', 'Prefix', 'root']),
      rule('*.foo.com', ['/w', 'Prefix', 'wild']),
      rule(null, ['/healthz', 'Exact', 'health'], ['/', 'Prefix', 'any']),
    )),
  ]);

  test('Exact: key is vhost key + path as written (trailing slash kept)', () => {
    assert.deepEqual(map('exact.map'), ['*/healthz be_default_health_80', 'a.test/bar/ be_default_barex_80', 'a.test/foo be_default_ex_80']);
  });

  test('Prefix: key is vhost key + prefix without trailing slash + "/"; Prefix "/" is vhost key + "/"', () => {
    assert.deepEqual(map('prefix.map'), [
      '*.foo.com/w/ be_default_wild_80',
      '*/ be_default_any_80',
      'a.test/ be_default_root_80',
      'a.test/bar/ be_default_bar_80',
      'a.test/foo/ be_default_pfx_80',
    ]);
  });

  test('hosts.map holds exact and wildcard vhosts; the host-less vhost is selected in the config', () => {
    assert.deepEqual(map('hosts.map'), ['*.foo.com *.foo.com', 'a.test a.test']);
    assert.match(cfg, /regsub\(\^\[\^\.\]\+\[\.\],\*\.\),map_str\(hosts\.map\) if !\{ var\(txn\.vh\) -m found \}/);
    assert.match(cfg, /set-var\(txn\.vh\) str\(\*\) if !\{ var\(txn\.vh\) -m found \}/);
  });

  test('no fallback, no default: empty fallback.map, unknown requests go to the 404 backend', () => {
    assert.deepEqual(map('fallback.map'), []);
    assert.doesNotMatch(cfg, /if !\{ var\(txn\.vh\) -m found \}\n\s+default_backend/);
    assert.match(cfg, /default_backend not_found\n/);
    assert.match(cfg, /backend not_found\n    http-request return status 404\n/);
  });

  test('Exact is looked up before Prefix, Prefix before the fallback', () => {
    const order = ['map_str(exact.map)', 'map_beg(prefix.map)', 'map_str(fallback.map)', 'use_backend %[var(txn.be)]'].map((s) => cfg.indexOf(s));
    assert.ok(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]!)), String(order));
  });
});

test('the wildcard and host-less rules are only emitted when such vhosts exist', () => {
  const { cfg } = build([ingress('a', rules(rule('a.test', ['/', 'Prefix', 'x'])))]);
  assert.doesNotMatch(cfg, /regsub\(\^/);
  assert.doesNotMatch(cfg, /str\(\*\)/);
});

test('vhost fallback and the default upstream', () => {
  const { map, cfg } = build([
    ingress('own', `  defaultBackend: {service: {name: own, port: {number: 80}}}\n${rules(rule('own.test', ['/app', 'Prefix', 'app']))}`),
    ingress('global', '  defaultBackend: {service: {name: global, port: {number: 80}}}\n'),
    ingress('plain', rules(rule('plain.test', ['/app', 'Prefix', 'app']))),
  ]);
  assert.deepEqual(map('fallback.map'), ['own.test be_default_own_80', 'plain.test be_default_global_80']);
  assert.match(cfg, /use_backend be_default_global_80 if !\{ var\(txn\.vh\) -m found \}\n    default_backend not_found\n/);
});

describe('TLS', () => {
  const secret = (name: string): string => tlsSecretYaml(name);
  const tls = `  tls:\n  - hosts: [b.test]\n    secretName: b-cert\n  - hosts: [a.test, "*.w.test"]\n    secretName: a-cert\n  - hosts: [c.test]\n`;
  const docs = [ingress('t', tls + rules(rule('a.test', ['/', 'Prefix', 'a']), rule('b.test', ['/', 'Prefix', 'b']), rule('c.test', ['/', 'Prefix', 'c']), rule('d.test', ['/', 'Prefix', 'd']))), secret('a-cert'), secret('b-cert')];

  test('crt-list: default certificate first, explicit SNI hosts per certificate, keys beside the certs', () => {
    const { files, cfg, ir } = build(docs, { listenHttps: '0.0.0.0:8443' });
    assert.equal(ir.defaultCertificate, 'default-a-cert');
    assert.equal(files.get('crt-list.txt')?.content, 'certs/default-a-cert.crt *.w.test a.test\ncerts/default-b-cert.crt b.test\n');
    assert.match(cfg, /bind 0\.0\.0\.0:8443 ssl crt-list crt-list\.txt\n/);
    assert.match(cfg, /\n    ssl-load-extra-del-ext\n/);
    assert.equal(files.get('certs/default-a-cert.key')?.mode, 0o600);
    assert.equal(files.get('certs/default-a-cert.key')?.sensitive, true);
    assert.ok(files.has('certs/default-b-cert.crt'));
  });

  test('308 redirect for TLS vhosts on plain HTTP, keeping a non-443 HTTPS port', () => {
    const { map, cfg } = build(docs, { listenHttps: '0.0.0.0:8443' });
    // c.test has a tls entry without secretName: it is served with the default certificate and redirected too.
    // The request URI's final "/" is dropped, as ingress-nginx does without preserve-trailing-slash.
    assert.deepEqual(map('ssl-redirect.map'), ['a.test strip', 'b.test strip', 'c.test strip']);
    assert.match(cfg, /http-request redirect location 'https:\/\/%\[var\(txn\.host\)\]:8443%\[var\(txn\.pathq\),regsub\(\/\$,\)\]' code 308 if !\{ ssl_fc \} \{ var\(txn\.vh\),map_str\(ssl-redirect\.map\) -m str strip \}\n/);
    assert.match(build(docs).cfg, /redirect location 'https:\/\/%\[var\(txn\.host\)\]%\[var\(txn\.pathq\),regsub\(\/\$,\)\]' code 308/);
  });

  test('--no-ssl-redirect: no redirect rule and no redirect list', () => {
    const { files, cfg } = build(docs, { sslRedirect: false });
    assert.doesNotMatch(cfg, /redirect/);
    assert.ok(!files.has('ssl-redirect.map'));
  });

  test('no certificates: no HTTPS bind, no crt-list, no TLS globals', () => {
    const { files, cfg } = build([ingress('a', rules(rule('a.test', ['/', 'Prefix', 'x'])))]);
    assert.doesNotMatch(cfg, /ssl/);
    assert.ok(!files.has('crt-list.txt'));
  });

  test('a certificate left without hosts never claims names by its CN/SAN', () => {
    const { ir } = build(docs);
    const lonely: RouteTable = { ...ir, certificates: ir.certificates.map((c) => (c.id === 'default-a-cert' ? { ...c, hosts: [] } : c)) };
    const out = haproxyEmitter.emit(lonely, { diagnostics: new Diagnostics(), options: { resolver: '10.96.0.10' } });
    assert.equal(out.find((f) => f.path === 'crt-list.txt')?.content, 'certs/default-a-cert.crt !*\ncerts/default-b-cert.crt b.test\n');
  });
});

describe('backends', () => {
  const slice = (name: string, addresses: string[]): string =>
    `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: ${name}-1, namespace: default, labels: {kubernetes.io/service-name: ${name}}}\naddressType: IPv4\nports: [{name: "", port: 8080}]\nendpoints: [${addresses.map((a) => `{addresses: ["${a}"]}`).join(', ')}]\n`;

  test('a Service without endpoints gets a backend answering 503', () => {
    const { cfg } = build([ingress('a', rules(rule('a.test', ['/', 'Prefix', 'empty']))), slice('empty', [])]);
    assert.match(cfg, /backend be_default_empty_80\n    http-request return status 503\n/);
  });

  test('IP endpoints are plain servers; no resolvers section', () => {
    const { cfg } = build([ingress('a', rules(rule('a.test', ['/', 'Prefix', 'ips']))), slice('ips', ['10.0.0.2', '10.0.0.1'])], { backends: ['default/other:80=[::1]:9000'] });
    // After ingress-nginx's retry defaults (upstream-tuning.ts).
    assert.match(cfg, /backend be_default_ips_80\n(?:    (?:retries|option|retry-on|http-request) .*\n)*    server s1 10\.0\.0\.1:8080\n    server s2 10\.0\.0\.2:8080\n/);
    assert.doesNotMatch(cfg, /resolvers/);
  });

  test('IPv6 endpoints and listen addresses are bracketed', () => {
    const { cfg } = build([ingress('a', rules(rule('a.test', ['/', 'Prefix', 'six'])))], { backends: ['default/six:80=[::1]:9000'], listenHttp: '[::1]:8080' });
    assert.match(cfg, /server s1 \[::1\]:9000\n/);
    assert.match(cfg, /bind \[::1\]:8080\n/);
  });

  test('DNS endpoints resolve at run time and do not fail start-up when unresolvable', () => {
    const { cfg } = build([ingress('a', rules(rule('a.test', ['/', 'Prefix', 'dns'])))]);
    assert.match(cfg, /\nresolvers dns\n    parse-resolv-conf\n/);
    assert.match(cfg, /server s1 dns\.default\.svc\.cluster\.local:80 resolvers dns init-addr none\n/);
  });

  test('--resolver names the nameserver of the resolvers section', () => {
    const { cfg } = build([ingress('a', rules(rule('a.test', ['/', 'Prefix', 'dns'])))], { resolver: '127.0.0.9:5353' });
    assert.match(cfg, /\nresolvers dns\n    nameserver ns1 127\.0\.0\.9:5353\n    hold valid 10s\n/);
    const six = build([ingress('a', rules(rule('a.test', ['/', 'Prefix', 'dns'])))], { resolver: '[::1]:53' }).cfg;
    assert.match(six, /nameserver ns1 \[::1\]:53\n/);
  });
});

describe('internal consistency check (IC4002)', () => {
  const { ir } = build([ingress('a', rules(rule('a.test', ['/x', 'Prefix', 'x'], ['/y', 'Exact', 'y'])))]);
  const emit = (t: RouteTable): Diagnostics => {
    const diagnostics = new Diagnostics();
    haproxyEmitter.emit(t, { diagnostics, options: { resolver: '10.96.0.10' } });
    return diagnostics;
  };

  test('a consistent IR passes', () => assert.deepEqual(emit(ir).items, []));

  test('a map value naming a backend that is not emitted is reported', () => {
    const d = emit({ ...ir, upstreams: ir.upstreams.filter((u) => u.id !== 'default_x_80') });
    assert.equal(d.items.length, 1);
    assert.equal(d.items[0]!.code, 'IC4002');
    assert.equal(d.items[0]!.severity, 'error');
    assert.equal(d.items[0]!.target, 'haproxy');
    assert.match(d.items[0]!.message, /prefix\.map maps a\.test\/x\/ to backend be_default_x_80, which is not emitted/);
    assert.equal(d.items[0]!.loc?.file, 'in0.yaml');
  });

  test('a default upstream without a backend is reported', () => {
    const d = emit({ ...ir, defaultUpstream: 'default_missing_80' });
    assert.deepEqual(d.items.map((i) => i.code), ['IC4002']);
  });

  test('text the quoting module refuses is reported, not emitted', () => {
    const vh = ir.vhosts[0]!;
    const d = emit({ ...ir, vhosts: [{ ...vh, exact: [{ ...vh.exact[0]!, path: '/y #x' }] }] });
    assert.deepEqual(d.items.map((i) => i.code), ['IC4002']);
    assert.match(d.items[0]!.message, /refusing map key/);
  });

  test('duplicate map keys are reported', () => {
    const d = emit({ ...ir, vhosts: [ir.vhosts[0]!, ir.vhosts[0]!] });
    assert.ok(d.items.length > 0 && d.items.every((i) => i.code === 'IC4002'));
    assert.match(d.items[0]!.message, /twice/);
  });
});

test('deterministic output, sorted map lines, no user text in comments', () => {
  const docs = [ingress('a', rules(rule('zz.test', ['/b', 'Prefix', 'b'], ['/a', 'Prefix', 'a']), rule('aa.test', ['/', 'Prefix', 'r'])))];
  const one = build(docs);
  const two = build([...docs].reverse());
  assert.deepEqual([...one.files.values()], [...two.files.values()]);
  for (const f of one.files.values()) {
    if (!f.path.endsWith('.map')) continue;
    const lines = f.content.split('\n').filter(Boolean);
    assert.deepEqual(lines, [...lines].sort(), f.path);
  }
  for (const line of one.cfg.split('\n').filter((l) => l.trimStart().startsWith('#'))) assert.doesNotMatch(line, /zz\.test|aa\.test|\/a|\/b/);
});

/**
 * Pure-JS model of the frontend's lookups over the generated maps (map_str = exact key,
 * map_beg = longest key that prefixes the input), compared with the IR's reference matcher.
 * The live e2e table checks the same against a real HAProxy.
 */
describe('map lookups agree with the IR evaluation model', () => {
  const { ir, map } = build(
    [
      ingress('m', rules(
        rule('a.foo.com', ['/', 'Prefix', 'exact']),
        rule('*.foo.com', ['/w', 'Prefix', 'wild'], ['/w/x', 'Exact', 'wildx']),
        rule('*.b.foo.com', ['/', 'Exact', 'deep']),
        rule('foo.com', ['/p/', 'Prefix', 'p'], ['/p', 'Exact', 'pe'], ['/p/q', 'Prefix', 'pq']),
        rule(null, ['/any', 'Prefix', 'any']),
      )),
      ingress('d', `  defaultBackend: {service: {name: fb, port: {number: 80}}}\n${rules(rule('fb.test', ['/only', 'Exact', 'only']))}`),
    ],
    { defaultBackend: 'default/dflt:80' },
  );
  const kv = (name: string): [string, string][] => map(name).map((l) => l.split(' ') as [string, string]);
  const hosts = new Map(kv('hosts.map'));
  const exact = new Map(kv('exact.map'));
  const prefix = kv('prefix.map');
  const fallback = new Map(kv('fallback.map'));
  const hasAny = ir.vhosts.some((v) => v.kind === 'any');
  const lookup = (hostHeader: string, path: string): string => {
    const host = hostHeader.split(':')[0]!.toLowerCase().replace(/[.]$/, '');
    let vh = hosts.get(host) ?? hosts.get(host.replace(/^[^.]+[.]/, '*.'));
    if (vh === undefined && hasAny) vh = '*';
    if (vh === undefined) return ir.defaultUpstream ? `be_${ir.defaultUpstream}` : 'not_found';
    const longest = prefix.filter(([k]) => `${vh}${path}/`.startsWith(k)).sort((a, b) => b[0].length - a[0].length)[0];
    return exact.get(vh + path) ?? longest?.[1] ?? fallback.get(vh) ?? 'not_found';
  };
  const hostGrid = ['a.foo.com', 'A.FOO.COM:8080', 'x.foo.com', 'x.foo.com.', 'x.b.foo.com', 'y.x.b.foo.com', 'foo.com', 'fb.test', 'nope.test', '', '*.foo.com', '*'];
  const pathGrid = ['/', '/w', '/w/', '/w/x', '/wx', '/p', '/p/', '/p/q', '/p/q/r', '/pq', '/any', '/any/1', '/anyx', '/only', '/only/'];
  for (const h of hostGrid)
    test(`host ${JSON.stringify(h)}`, () => {
      for (const p of pathGrid) {
        const want = matchRequest(ir, h, p).upstream;
        assert.equal(lookup(h, p), want ? `be_${want}` : 'not_found', `${h}${p}`);
      }
    });
});

test('refused text outside the maps (a server address) is reported as IC4002, with no output', () => {
  const { ir } = build([ingress('a', rules(rule('a.test', ['/', 'Prefix', 'x'])))]);
  const diagnostics = new Diagnostics();
  const bad: RouteTable = { ...ir, upstreams: ir.upstreams.map((u) => ({ ...u, endpoints: [{ kind: 'dns', host: 'x.svc resolvers evil', port: 80 }] })) };
  assert.deepEqual(haproxyEmitter.emit(bad, { diagnostics, options: { resolver: '10.96.0.10' } }), []);
  assert.deepEqual(diagnostics.items.map((d) => d.code), ['IC4002']);
  assert.match(diagnostics.items[0]!.message, /refusing config argument/);
});
