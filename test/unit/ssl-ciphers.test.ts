/** ssl-ciphers / ssl-prefer-server-ciphers (annotations) and the ConfigMap's ssl-ciphers: grammar, per-host lowering, each target's output. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, type TargetName } from '../../src/index.js';
import { cipherRefusal, cipherSuitesFor, DEFAULT_SSL_CIPHERS, isCipherString } from '../../src/ir/ciphers.js';
import { makeCert } from '../harness/index.js';

const pair = makeCert(['a.test', 'b.test']);
const A = 'nginx.ingress.kubernetes.io/';

const ing = (name: string, host: string, annotations: Record<string, string>, tls = true): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: default
  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [A + k, v])))}
spec:
${tls ? `  tls: [{hosts: [${host}], secretName: tls}]\n` : ''}  rules:
  - ${host === '' ? '' : `host: ${host}\n    `}http:
      paths:
      - {path: /${name}, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
---
`;
const SECRET = `apiVersion: v1
kind: Secret
type: kubernetes.io/tls
metadata: {name: tls, namespace: default}
stringData: {tls.crt: ${JSON.stringify(pair.cert)}, tls.key: ${JSON.stringify(pair.key)}}
`;
const CM = (data: Record<string, string>): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ingress-nginx-controller, namespace: ingress-nginx}\ndata: ${JSON.stringify(data)}\n`;

const run = (text: string, target: TargetName = 'nginx', cm?: Record<string, string>) =>
  compile([{ path: 'in.yaml', text: text + SECRET }, ...(cm ? [{ path: 'cm.yaml', text: CM(cm) }] : [])], { target, ...(cm ? { controllerConfig: 'ingress-nginx/ingress-nginx-controller' } : {}) });
const codes = (r: ReturnType<typeof run>, severity?: string) => r.diagnostics.filter((d) => severity === undefined || d.severity === severity).map((d) => `${d.code} ${d.loc?.file}:${d.loc?.line}`);
const file = (r: ReturnType<typeof run>, path: string): string => r.files.find((f) => f.path === path)?.content ?? assert.fail(`no ${path}: ${JSON.stringify(r.diagnostics)}`);

const LIST = 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256';
const E2E = 'ALL:!aNULL:!EXPORT56:RC4+RSA@STRENGTH:+HIGH@SECLEVEL=0:+MEDIUM:+LOW:+SSLv2:+EXP';

describe('grammar', () => {
  test('ingress-nginx\'s regex: letters, digits, ! : + - _, @STRENGTH, @SECLEVEL=0-5', () => {
    for (const v of [LIST, E2E, 'HIGH:!aNULL:!MD5', 'DEFAULT@SECLEVEL=5']) assert.ok(isCipherString(v), v);
    for (const v of ['', 'HIGH AES', 'HIGH;', "HIGH'", 'HIGH"', '$x', 'HIGH@SECLEVEL=6', 'HIGH@FOO', 'a,b', 'A'.repeat(1025), 'HIGH\n']) assert.ok(!isCipherString(v), JSON.stringify(v));
  });
  test('an annotation outside it is a located error; a ConfigMap value too', () => {
    assert.deepEqual(codes(run(ing('a', 'a.test', { 'ssl-ciphers': 'HIGH; return 200' })), 'error'), ['IC2081 in.yaml:6']);
    assert.deepEqual(codes(run(ing('a', 'a.test', {}), 'nginx', { 'ssl-ciphers': "HIGH'" }), 'error'), ['IC2300 cm.yaml:4']);
  });
  test('Go and BoringSSL: plain lists of known names only, translated in order; at least one suite the library offers', () => {
    assert.deepEqual(cipherSuitesFor(`${LIST}:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256`, 'go'), ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256']);
    assert.deepEqual(cipherSuitesFor(DEFAULT_SSL_CIPHERS, 'go').length, 6);
    for (const v of ['HIGH', '!aNULL:ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256@STRENGTH', 'ecdhe-rsa-aes128-gcm-sha256', 'DHE-RSA-AES128-GCM-SHA256', 'TLS_AES_128_GCM_SHA256'])
      for (const lib of ['go', 'boringssl'] as const) assert.ok(cipherRefusal(v, lib) !== undefined, `${v} ${lib}`);
  });
});

describe('per host, as ingress-nginx\'s server block', () => {
  test('the first Ingress of the host that sets each key decides; a different later value warns (IC3240), the same one does not', () => {
    const r = run(ing('a', 'a.test', { 'ssl-ciphers': LIST }) + ing('b', 'a.test', { 'ssl-ciphers': 'HIGH', 'ssl-prefer-server-ciphers': 'false' }) + ing('c', 'a.test', { 'ssl-ciphers': LIST }));
    assert.ok(r.ok);
    assert.deepEqual(r.ir!.vhosts.find((v) => v.name === 'a.test')!.tlsCiphers, { ciphers: LIST, preferServer: false });
    assert.deepEqual(codes(r).filter((c) => c.startsWith('IC3240')), ['IC3240 in.yaml:20']);
  });
  test('nginx: server-level lines in the host\'s server, the default server for host-less rules, the ConfigMap at http level', () => {
    const r = run(ing('a', 'a.test', { 'ssl-ciphers': E2E, 'ssl-prefer-server-ciphers': 'true' }) + ing('b', 'b.test', {}) + ing('c', '', { 'ssl-prefer-server-ciphers': 'false' }, false), 'nginx', { 'ssl-ciphers': LIST });
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const conf = file(r, 'nginx.conf');
    const http = conf.slice(0, conf.indexOf('server {'));
    assert.match(http, new RegExp(`ssl_ciphers "${LIST}";\\n\\s*ssl_prefer_server_ciphers on;`));
    const servers = conf.split(/\n\s*server \{/).slice(1);
    const of = (name: string) => servers.filter((s) => s.includes(`server_name "${name}"`));
    assert.equal(servers.filter((s) => s.includes(`ssl_ciphers "${E2E}";`) && s.includes('ssl_prefer_server_ciphers on;')).length, 1);
    assert.ok(of('a.test').some((s) => s.includes(`ssl_ciphers "${E2E}";`)));
    assert.ok(of('b.test').every((s) => !s.includes('ssl_ciphers')));
    assert.ok(servers[0]!.includes('default_server') && servers[0]!.includes('ssl_prefer_server_ciphers off;') && !servers[0]!.includes('ssl_ciphers'));
  });
  test('HAProxy: a crt-list line of its own per host with a list, the bind\'s for the rest; OpenSSL strings as written', () => {
    const r = run(ing('a', 'a.test', { 'ssl-ciphers': E2E }) + ing('b', 'b.test', {}) + ing('c', 'c.test', { 'ssl-ciphers': LIST }, false), 'haproxy', { 'ssl-ciphers': 'HIGH:!aNULL' });
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const crt = file(r, 'crt-list.txt').trim().split('\n');
    assert.equal(crt.length, 3);
    assert.match(crt[0]!, /^certs\/\S+\.crt b\.test$/);
    assert.match(crt[1]!, new RegExp(`^certs/\\S+\\.crt \\[ciphers ${E2E.replace(/[+]/g, '\\+')}\\] a\\.test$`));
    assert.match(crt[2]!, new RegExp(`^certs/\\S+\\.crt \\[ciphers ${LIST}\\] c\\.test$`));
    assert.match(file(r, 'haproxy.cfg'), / ssl crt-list crt-list\.txt.* ciphers HIGH:!aNULL\n/);
  });
  test('Envoy: a filter chain per distinct list, by SNI; the default chain keeps the ConfigMap\'s (BoringSSL names, DHE left out)', () => {
    const r = run(ing('a', 'a.test', { 'ssl-ciphers': LIST }) + ing('b', 'b.test', {}), 'envoy', {});
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const https = JSON.parse(file(r, 'envoy.json')).static_resources.listeners.find((l: { name: string }) => l.name === 'https');
    const params = (c: { transport_socket: { typed_config: { common_tls_context: { tls_params?: { cipher_suites?: string[] } } } } }) => c.transport_socket.typed_config.common_tls_context.tls_params?.cipher_suites;
    assert.deepEqual(https.filter_chains.map((c: { name: string }) => c.name), ['https-ciphers-1', 'https']);
    assert.deepEqual(https.filter_chains[0].filter_chain_match.server_names, ['a.test']);
    assert.deepEqual(params(https.filter_chains[0]), LIST.split(':'));
    assert.deepEqual(params(https.filter_chains[1]), DEFAULT_SSL_CIPHERS.split(':').filter((n) => !n.startsWith('DHE')));
  });
  test('Caddy: a connection policy per host with a list (a host without tls gets the default certificate), Go\'s names', () => {
    const r = run(ing('a', 'a.test', { 'ssl-ciphers': LIST }) + ing('b', 'b.test', { 'ssl-ciphers': 'ECDHE-RSA-AES256-GCM-SHA384' }, false), 'caddy');
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const policies = JSON.parse(file(r, 'caddy.json')).apps.http.servers.https.tls_connection_policies;
    assert.deepEqual(policies.map((p: { match?: { sni: string[] }; cipher_suites?: string[] }) => [p.match?.sni ?? null, p.cipher_suites ?? null]), [
      [['a.test'], ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256']],
      [['b.test'], ['TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384']],
      [null, null],
    ]);
  });
  test('a keyword list is refused on Envoy, Caddy and Traefik (IC3071 at the annotation, IC3153 at the ConfigMap key); nginx and HAProxy take it', () => {
    for (const target of ['envoy', 'caddy', 'traefik'] as const) {
      assert.deepEqual(codes(run(ing('a', 'a.test', { 'ssl-ciphers': E2E }), target), 'error'), ['IC3071 in.yaml:6'], target);
      assert.deepEqual(codes(run(ing('a', 'a.test', {}), target, { 'ssl-ciphers': 'HIGH:!aNULL' }), 'error'), ['IC3153 cm.yaml:4'], target);
    }
    for (const target of ['nginx', 'haproxy'] as const) assert.ok(run(ing('a', 'a.test', { 'ssl-ciphers': E2E }), target).ok, target);
  });
  test('where a target cannot apply a key: a warning saying why (IC2103)', () => {
    const cases: [TargetName, string][] = [
      ['haproxy', 'ssl-prefer-server-ciphers'],
      ['envoy', 'ssl-prefer-server-ciphers'],
      ['caddy', 'ssl-prefer-server-ciphers'],
      ['traefik', 'ssl-prefer-server-ciphers'],
      ['gateway-api', 'ssl-ciphers'],
    ];
    for (const [target, key] of cases) {
      const r = run(ing('a', 'a.test', { 'ssl-ciphers': LIST, 'ssl-prefer-server-ciphers': 'false' }), target);
      assert.ok(r.ok, target);
      assert.ok(r.diagnostics.some((d) => d.code === 'IC2103' && d.message.includes(A + key)), `${target} ${key}`);
    }
  });
});
