import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/compile.js';
import { buildBootstrap, renderEnvoy } from '../../src/emit/envoy/emit-envoy.js';
import { compile, type CompileOptions, type RouteTable } from '../../src/index.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';
import type { Bootstrap, HcmFilter } from '../../src/emit/envoy/types.js';

const ingress = (name: string, spec: string): string => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
const rule = (host: string | null, path: string, svc: string): string =>
  `  - ${host ? `host: "${host}"\n    ` : ''}http:\n      paths:\n      - {path: ${path}, pathType: Prefix, backend: {service: {name: "${svc}", port: {number: 80}}}}\n`;
const secret = (name: string): string => tlsSecretYaml(name);

function irOf(docs: string[], options: CompileOptions = {}): RouteTable {
  const { ir, diags } = analyze(docs.map((text, i) => ({ path: `in${i}.yaml`, text })), { target: 'envoy', ...options });
  assert.ok(ir && !diags.hasErrors(), JSON.stringify(diags.items, null, 2));
  return ir;
}

const TLS_DOCS = [
  ingress(
    'tls',
    `  tls:
  - hosts: [a.test]
    secretName: a-tls
  - hosts: ["*.w.test", only-tls.test]
    secretName: w-tls
  - hosts: [nosecret.test]
  rules:
${rule('a.test', '/', 'a')}${rule('*.w.test', '/', 'w')}${rule('nosecret.test', '/', 'n')}${rule('plain.test', '/', 'p')}${rule(null, '/', 'any')}`,
  ),
];

describe('JSON rendering', () => {
  test('2-space JSON, one field per line, that parses back to exactly the bootstrap object', () => {
    const b = buildBootstrap(irOf(TLS_DOCS));
    const text = renderEnvoy(b);
    assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(b)));
    assert.equal(text, `${JSON.stringify(b, null, 2)}\n`);
    assert.match(text, /^\{\n {2}"static_resources": \{\n {4}"listeners": \[\n/);
  });

  test('host names that YAML 1.1 reads as booleans stay strings; user text stays inside string values', () => {
    const text = renderEnvoy(buildBootstrap(irOf([ingress('b', `  rules:\n${rule('y', '/', 'on')}${rule('on', '/', 'no')}`)])));
    const hosts = (JSON.parse(text) as Bootstrap).static_resources.listeners[0]!.filter_chains[0]!.filters[0] as HcmFilter;
    assert.deepEqual(hosts.typed_config.route_config.virtual_hosts.map((v) => v.domains[0]).sort(), ['*', 'on', 'y']);
    assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  test('a non-finite number is refused, not written as null (Envoy would read a default)', () => {
    const b = buildBootstrap(irOf(TLS_DOCS));
    b.static_resources.listeners[0]!.address.socket_address.port_value = Number.NaN;
    assert.throws(() => renderEnvoy(b), /non-finite number/);
  });

  test('deterministic: same input, same bytes', () => {
    const src = [...TLS_DOCS, secret('a-tls'), secret('w-tls')].map((text, i) => ({ path: `in${i}.yaml`, text }));
    const one = compile(src, { target: 'envoy' });
    const two = compile(src, { target: 'envoy' });
    assert.ok(one.ok);
    assert.deepEqual(one.files, two.files);
    assert.deepEqual(one.files.map((f) => [f.path, f.mode]), [
      ['certs/default-a-tls.crt', 0o644],
      ['certs/default-a-tls.key', 0o600],
      ['certs/default-w-tls.crt', 0o644],
      ['certs/default-w-tls.key', 0o600],
      ['envoy.json', undefined],
    ]);
    assert.equal(one.mainFile, 'envoy.json');
  });
});

describe('listeners', () => {
  test('HTTP only without certificates; no admin listener; IPv6 unbracketed', () => {
    const b = buildBootstrap(irOf([ingress('p', `  rules:\n${rule('p.test', '/', 'p')}`)], { listenHttp: '[::]:8080' }));
    assert.deepEqual(b.static_resources.listeners.map((l) => [l.name, l.address.socket_address]), [['http', { address: '::', port_value: 8080 }]]);
    assert.equal((b as { admin?: unknown }).admin, undefined);
  });

  test('HTTPS: one chain holding every certificate, the default first (Envoy picks by SNI against their names)', () => {
    const b = buildBootstrap(irOf(TLS_DOCS));
    const https = b.static_resources.listeners[1]!;
    assert.equal(https.name, 'https');
    assert.deepEqual(https.listener_filters?.map((f) => f.name), ['envoy.filters.listener.tls_inspector']);
    assert.equal(https.filter_chains.length, 1, 'one route table in Envoy, whatever the number of certificates');
    const chain = https.filter_chains[0]!;
    assert.equal(chain.filter_chain_match, undefined);
    const certs = (chain.transport_socket?.typed_config as unknown as { common_tls_context: { tls_certificates: unknown[] } }).common_tls_context.tls_certificates;
    assert.deepEqual(certs, [
      { certificate_chain: { filename: 'certs/default-a-tls.crt' }, private_key: { filename: 'certs/default-a-tls.key' } },
      { certificate_chain: { filename: 'certs/default-w-tls.crt' }, private_key: { filename: 'certs/default-w-tls.key' } },
    ]);
  });

  test('a TLS host whose certificate does not name it is reported for envoy (IC4302)', () => {
    const src = [...TLS_DOCS, secret('a-tls'), secret('w-tls')].map((text, i) => ({ path: `in${i}.yaml`, text }));
    const r = compile(src, { target: 'envoy' });
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const w = r.diagnostics.filter((d) => d.code === 'IC4302');
    assert.ok(w.length > 0 && w.every((d) => d.target === 'envoy' && /envoy picks certificates by SNI/.test(d.message)), JSON.stringify(w));
  });

  test('HTTP and HTTPS on one port is refused (IC5001, for every target)', () => {
    const src = [...TLS_DOCS, secret('a-tls'), secret('w-tls')].map((text, i) => ({ path: `in${i}.yaml`, text }));
    for (const [listenHttp, listenHttps] of [['127.0.0.1:8080', '127.0.0.1:8080'], ['0.0.0.0:8080', '127.0.0.1:8080'], ['[::1]:8443', '[::]:8443']]) {
      const r = compile(src, { target: 'envoy', listenHttp, listenHttps });
      assert.ok(!r.ok);
      assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), ['IC5001']);
    }
    assert.ok(compile(src, { target: 'envoy', listenHttp: '127.0.0.1:8080', listenHttps: '127.0.0.2:8080' }).ok);
    const plain = [ingress('p', `  rules:\n${rule('p.test', '/', 'p')}`)].map((text, i) => ({ path: `in${i}.yaml`, text }));
    assert.ok(!compile(plain, { target: 'envoy', listenHttp: '127.0.0.1:8080', listenHttps: '127.0.0.1:8080' }).ok);
  });

  test('connection manager: edge XFF/XFP, the Host as sent, normalisation by the Lua filters, router last with typed_config', () => {
    const tc = (buildBootstrap(irOf(TLS_DOCS)).static_resources.listeners[0]!.filter_chains[0]!.filters[0] as HcmFilter).typed_config;
    assert.equal(tc.use_remote_address, true);
    // Envoy's own normaliser differs from the rule (README "Semantics"): off, the Lua filters apply it.
    assert.equal(tc.normalize_path, false);
    assert.equal(tc.merge_slashes, false);
    assert.equal(tc.strip_trailing_host_dot, false);
    assert.equal(tc.route_config.ignore_port_in_host_matching, true);
    const lua = 'type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua';
    // Request headers whose names nginx refuses: those with "_" dropped by the codec, the others by the first filter (header-names.ts).
    assert.deepEqual(tc.common_http_protocol_options, { headers_with_underscores_action: 'DROP_HEADER' });
    assert.match(JSON.stringify(tc.http_filters[0]!.typed_config), /function envoy_on_request\(h\)\\n  drop_refused_names\(h\)\\n/);
    assert.deepEqual(tc.http_filters.map((f) => [f.name, f.typed_config['@type']]), [
      ['ingressc.normalize', lua],
      ['ingressc.restore', lua],
      ['envoy.filters.http.router', 'type.googleapis.com/envoy.extensions.filters.http.router.v3.Router'],
    ]);
    // The restoring filter must keep the route chosen on the normalised path.
    assert.equal((tc.http_filters[1]!.typed_config as { clear_route_cache?: boolean }).clear_route_cache, false);
  });
});

describe('clusters', () => {
  const kinds = (opts: CompileOptions): [string, string, string[]][] =>
    buildBootstrap(irOf([ingress('c', `  rules:\n${rule('c.test', '/', 'c')}`)], opts)).static_resources.clusters.map((c) => [
      c.name,
      c.type,
      c.load_assignment.endpoints.flatMap((e) => e.lb_endpoints.map((l) => `${l.endpoint.address.socket_address.address}:${l.endpoint.address.socket_address.port_value}`)),
    ]);

  test('cluster DNS name → STRICT_DNS', () => {
    assert.deepEqual(kinds({}), [['default_c_80', 'STRICT_DNS', ['c.default.svc.cluster.local:80']]]);
  });
  test('IP literals (v4 and v6) → STATIC', () => {
    assert.deepEqual(kinds({ backends: ['default/c:80=10.0.0.2:8080,[fd00::1]:8080'] }), [['default_c_80', 'STATIC', ['10.0.0.2:8080', 'fd00::1:8080']]]);
  });
  test('a mix → STRICT_DNS (Envoy resolves an IP literal to itself)', () => {
    assert.deepEqual(kinds({ backends: ['default/c:80=10.0.0.2:8080,backup.example.net:80'] }), [['default_c_80', 'STRICT_DNS', ['10.0.0.2:8080', 'backup.example.net:80']]]);
  });
  test('--resolver becomes the DNS resolver of STRICT_DNS clusters; none without it or without DNS clusters', () => {
    const docs = [ingress('c', `  rules:\n${rule('c.test', '/', 'c')}`)];
    const dns = buildBootstrap(irOf(docs, { resolver: '127.0.0.9:5353' }), new WeakMap(), '127.0.0.9:5353').typed_dns_resolver_config;
    assert.deepEqual(dns?.typed_config.resolvers, [{ socket_address: { address: '127.0.0.9', port_value: 5353 } }]);
    assert.equal(dns?.name, 'envoy.network.dns_resolver.cares');
    assert.equal(buildBootstrap(irOf(docs)).typed_dns_resolver_config, undefined);
    assert.equal(buildBootstrap(irOf(docs, { backends: ['default/c:80=10.0.0.2:8080'] }), new WeakMap(), '10.0.0.1').typed_dns_resolver_config, undefined);
  });
});

test('renderEnvoy: a non-finite number or null anywhere in the bootstrap is refused, the word null inside a string is not', () => {
  const b = (v: unknown) => ({ admin: { address: { socket_address: { address: '127.0.0.1', port_value: v } } }, list: [1, v] }) as unknown as Bootstrap;
  for (const v of [Number.NaN, Number.POSITIVE_INFINITY, null]) assert.throws(() => renderEnvoy(b(v)), /non-finite number or null/, String(v));
  for (const v of ['null', 'x null', 'null,', '"null"\n', 0]) assert.doesNotThrow(() => renderEnvoy(b(v)), String(v));
});
