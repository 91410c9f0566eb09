/**
 * Load balancing (load-balance, upstream-hash-by): the grammar (families/load-balancing.ts), the
 * decision per Service port (lower/load-balancing.ts), the ConfigMap default, the reference key
 * (match.ts hashKeyValue) and what each target emits.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, match, type TargetName } from '../../src/index.js';
import { hashKeyValue, matchRequest } from '../../src/ir/match.js';
import type { LoadBalance } from '../../src/ir/types.js';
import { loadBalancingReader, parseHashBy } from '../../src/providers/ingress-nginx/families/load-balancing.js';
import type { AnnotationFeatures } from '../../src/providers/ingress-nginx/families/reader.js';
import { subsetGroups } from '../../src/emit/subset-groups.js';
import { toBlockYaml } from '../../src/emit/yaml-writer.js';

const P = 'nginx.ingress.kubernetes.io/';

const ingress = (name: string, annotations: Record<string, string>, opts: { host?: string; service?: string; ts?: string } = {}): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
${opts.ts ? `  creationTimestamp: "${opts.ts}"\n` : ''}  annotations:
${Object.entries(annotations).map(([k, v]) => `    ${P}${k}: ${JSON.stringify(v)}\n`).join('')}    x: "y"
spec:
  rules:
  - host: ${opts.host ?? 'a.test'}
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: ${opts.service ?? 'app'}
            port:
              number: 80
`;
const BACKENDS = ['default/app:80=127.0.0.1:9,127.0.0.1:10', 'default/other:80=127.0.0.1:11,127.0.0.1:12'];
const build = (docs: string[], target: TargetName = 'nginx', controllerConfig?: string) =>
  compile([{ path: 'ing.yaml', text: docs.join('---\n') }], { target, backends: BACKENDS, ...(controllerConfig ? { controllerConfig: { path: 'cm.yaml', text: controllerConfig } } : {}) });
const balanceOf = (r: ReturnType<typeof build>, service = 'app'): LoadBalance | undefined => r.ir?.upstreams.find((u) => u.service === service)?.balance;
const codes = (r: ReturnType<typeof build>) => r.diagnostics.map((d) => d.code);

describe('upstream-hash-by grammar (ingress-nginx ^[A-Za-z0-9\\-_${}]*$ read as util.lua parse_complex_value)', () => {
  test('variables and text become neutral key parts', () => {
    assert.deepEqual(parseHashBy('$request_uri'), { parts: [{ request: 'target' }] });
    assert.deepEqual(parseHashBy('$request_uri$host'), { parts: [{ request: 'target' }, { request: 'host' }] });
    assert.deepEqual(parseHashBy('${request_uri}-text-value'), { parts: [{ request: 'target' }, { text: '-text-value' }] });
    // $name is greedy: "-" ends it, "_" does not.
    assert.deepEqual(parseHashBy('$remote_addr-x'), { parts: [{ request: 'client-address' }, { text: '-x' }] });
    assert.deepEqual(parseHashBy('$binary_remote_addr'), { parts: [{ request: 'client-address' }] });
    assert.deepEqual(parseHashBy('$http_x_user'), { parts: [{ header: 'x-user' }] });
    assert.deepEqual(parseHashBy('$cookie_Session_ID'), { parts: [{ cookie: 'Session_ID' }] });
    assert.deepEqual(parseHashBy('$arg_id'), { parts: [{ query: 'id' }] });
    assert.deepEqual(parseHashBy('fixed'), { parts: [{ text: 'fixed' }] });
  });
  test('anything outside the grammar is refused with what was expected', () => {
    for (const v of ['$', '${request_uri', '$request_uri}', '{x}', 'a b', '$request_uri;', '$http_x"y', 'a\nb', '${}', '$request_uri.x', 'é', 'x'.repeat(1025)])
      assert.ok('expected' in parseHashBy(v) && (parseHashBy(v) as { expected: string }).expected.startsWith('expected'), v);
  });
  test('a well-formed variable ingressc does not reproduce is named', () => {
    assert.deepEqual(parseHashBy('$uri'), { unknown: 'uri' });
    assert.deepEqual(parseHashBy('$request_uri$scheme'), { unknown: 'scheme' });
    assert.deepEqual(parseHashBy('$http_'), { unknown: 'http_' });
  });
  const read = (name: string, value: string, all: Record<string, string> = { [`${P}upstream-hash-by`]: '$request_uri' }) => {
    const into: AnnotationFeatures = {};
    return { problem: loadBalancingReader.read(name, value, into, all), s: into.loadBalancing };
  };
  test('load-balance: round_robin or ewma; ingress-nginx\'s internal balancer names are refused', () => {
    assert.equal(read('load-balance', 'ewma').s?.algorithm, 'ewma');
    assert.equal(read('load-balance', 'round_robin').s?.algorithm, 'round_robin');
    for (const v of ['chash', 'sticky_balanced', 'EWMA', 'least_conn', '']) assert.match(read('load-balance', v).problem?.detail ?? '', /^expected "round_robin" or "ewma"/, v);
  });
  test('upstream-hash-by: "" is unset; unknown variables warn (IC2420); subset keys need upstream-hash-by (IC2421)', () => {
    assert.deepEqual(read('upstream-hash-by', ''), { problem: undefined, s: undefined });
    assert.equal(read('upstream-hash-by', '$uri').problem?.code, 'IC2420');
    assert.equal(read('upstream-hash-by-subset', 'true', {}).problem?.code, 'IC2421');
    assert.equal(read('upstream-hash-by-subset-size', '0').s?.subsetSize, 3);
    assert.equal(read('upstream-hash-by-subset-size', '-2').problem?.detail.startsWith('expected'), true);
    assert.equal(read('upstream-hash-by-subset-size', 'x').problem?.detail.startsWith('expected'), true);
  });
});

describe('which settings an upstream gets (controller.go createUpstreams, balancer.lua)', () => {
  test('ingressc match explains the key', () => {
    const r = match([{ path: 'ing.yaml', text: ingress('a', { 'upstream-hash-by': '$arg_id' }) }], { url: 'http://a.test/x?id=42' }, { backends: BACKENDS });
    assert.deepEqual(r.balance, { algorithm: 'hash', key: '42' });
  });
  test('upstream-hash-by wins over load-balance; ewma is least-loaded', () => {
    assert.deepEqual(balanceOf(build([ingress('a', { 'upstream-hash-by': '$request_uri', 'load-balance': 'ewma' })])), { algorithm: 'hash', key: [{ request: 'target' }] });
    assert.deepEqual(balanceOf(build([ingress('a', { 'load-balance': 'ewma' })])), { algorithm: 'least-loaded' });
    assert.equal(balanceOf(build([ingress('a', { 'load-balance': 'round_robin' })])), undefined);
  });
  test('the oldest Ingress naming the Service port decides for every Ingress; a later one that differs is told (IC3211)', () => {
    const r = build([ingress('old', { 'upstream-hash-by': '$request_uri' }, { ts: '2024-01-01T00:00:00Z' }), ingress('new', { 'load-balance': 'ewma' }, { host: 'b.test', ts: '2025-01-01T00:00:00Z' })]);
    assert.deepEqual(balanceOf(r), { algorithm: 'hash', key: [{ request: 'target' }] });
    const d = r.diagnostics.find((x) => x.code === 'IC3211');
    assert.ok(d, codes(r).join());
    assert.match(d.message, /default\/new.*default\/old.*hashes on "\$request_uri"/);
    // Same settings: nothing to say.
    assert.ok(!codes(build([ingress('old', { 'load-balance': 'ewma' }, { ts: '2024-01-01T00:00:00Z' }), ingress('new', { 'load-balance': 'ewma' }, { host: 'b.test', ts: '2025-01-01T00:00:00Z' })])).includes('IC3211'));
    // Another Service is its own upstream.
    assert.equal(balanceOf(build([ingress('old', { 'upstream-hash-by': '$request_uri' }), ingress('new', {}, { host: 'b.test', service: 'other' })]), 'other'), undefined);
  });
  test('cookie affinity on the Service port replaces the hash (IC3212)', () => {
    const r = build([ingress('a', { 'upstream-hash-by': '$request_uri', affinity: 'cookie' })]);
    assert.equal(balanceOf(r), undefined);
    assert.ok(codes(r).includes('IC3212'));
  });
  test('every live target hashes every key of the grammar; Traefik and Gateway API warn (IC2103) and keep their own balancing', () => {
    for (const t of ['nginx', 'haproxy', 'envoy', 'caddy'] as const) {
      const r = build([ingress('a', { 'upstream-hash-by': '$cookie_s$host$arg_x', 'load-balance': 'ewma' })], t);
      assert.deepEqual(balanceOf(r), { algorithm: 'hash', key: [{ cookie: 's' }, { request: 'host' }, { query: 'x' }] }, t);
      assert.ok(!codes(r).includes('IC2103'), `${t}: ${codes(r).join()}`);
    }
    for (const t of ['traefik', 'gateway-api'] as const) {
      const r = build([ingress('a', { 'upstream-hash-by': '$request_uri' })], t);
      assert.ok(r.ok && codes(r).includes('IC2103'), t);
      assert.equal(balanceOf(r), undefined);
    }
  });
  test('ConfigMap load-balance is the default of the annotation (annotation > ConfigMap > round_robin)', () => {
    const cm = (v: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ingress-nginx-controller\n  namespace: ingress-nginx\ndata:\n  load-balance: "${v}"\n`;
    assert.deepEqual(balanceOf(build([ingress('a', {})], 'nginx', cm('ewma'))), { algorithm: 'least-loaded' });
    assert.equal(balanceOf(build([ingress('a', { 'load-balance': 'round_robin' })], 'nginx', cm('ewma'))), undefined);
    assert.deepEqual(balanceOf(build([ingress('a', { 'upstream-hash-by': '$host' })], 'nginx', cm('ewma'))), { algorithm: 'hash', key: [{ request: 'host' }] });
    const bad = build([ingress('a', {})], 'nginx', cm('chash'));
    assert.ok(codes(bad).includes('IC2300'));
    const traefik = build([ingress('a', {})], 'traefik', cm('ewma'));
    assert.ok(codes(traefik).includes('IC3152'));
  });
});

describe('the reference key (match.ts hashKeyValue)', () => {
  test('parts joined, absent values empty', () => {
    const req = { hostHeader: 'A.Test:8080', target: '/p?ID=7&id=8', headers: { 'X-User': ['bob'], Cookie: 's=1; t=2' }, clientAddress: '10.0.0.1' };
    assert.equal(hashKeyValue([{ request: 'target' }, { text: '-' }, { request: 'host' }], req), '/p?ID=7&id=8-a.test');
    assert.equal(hashKeyValue([{ header: 'x-user' }, { cookie: 't' }, { query: 'id' }, { request: 'client-address' }], req), 'bob27' + '10.0.0.1');
    assert.equal(hashKeyValue([{ header: 'x-other' }, { cookie: 'u' }, { query: 'q' }], req), '');
  });
  test('matchRequest reports the key of the serving upstream', () => {
    const r = build([ingress('a', { 'upstream-hash-by': '$http_x_user' })]);
    assert.deepEqual(matchRequest(r.ir!, 'a.test', '/x', { headers: { 'x-user': 'ann' } }).balance, { algorithm: 'hash', key: 'ann' });
  });
});

describe('what each target emits', () => {
  const out = (target: TargetName, annotations: Record<string, string>) =>
    build([ingress('a', annotations)], target)
      // Envoy's JSON as block YAML, which the assertions below read.
      .files.map((f) => (f.path === 'envoy.json' ? toBlockYaml(JSON.parse(f.content)) : f.content))
      .join('\n');
  test('nginx: hash "<key>" consistent before keepalive (a constant first character: an empty key still hashes); least_conn', () => {
    assert.match(out('nginx', { 'upstream-hash-by': '${request_uri}-x$http_x_user' }), /hash "k\$\{request_uri\}-x\$\{http_x_user\}" consistent;\n\s+keepalive 16;/);
    assert.match(out('nginx', { 'load-balance': 'ewma' }), /least_conn;\n\s+keepalive/);
  });
  test('subsets: groups of the size in endpoint order, the last filled up (chashsubset.lua); nginx split_clients, HAProxy crc32 and rand()', () => {
    const eps = [1, 2, 3, 4, 5].map((p) => ({ kind: 'ip' as const, host: '127.0.0.1', port: p }));
    assert.deepEqual(subsetGroups(eps, 3), [[0, 1, 2], [3, 4, 0]]);
    assert.deepEqual(subsetGroups(eps, 5), [[0, 1, 2, 3, 4]]);
    const conf = out('nginx', { 'upstream-hash-by': '$request_uri', 'upstream-hash-by-subset': 'true', 'upstream-hash-by-subset-size': '1' });
    assert.match(conf, /split_clients "k\$\{request_uri\}" \$ingressc_lb_[0-9a-f]{12} \{\n\s+50\.00% 1;\n\s+\* 2;/);
    assert.match(conf, /proxy_pass http:\/\/u[0-9a-f]+_default_app_80_g\$ingressc_lb_[0-9a-f]{12};/);
    // HAProxy: the group from the key's crc32, a random member, use-server.
    const cfg = out('haproxy', { 'upstream-hash-by': '$request_uri', 'upstream-hash-by-subset': 'true', 'upstream-hash-by-subset-size': '1' });
    assert.match(cfg, /set-var\(txn\.ingressc_lb_group\) var\(txn\.ingressc_lb_key\),crc32,mod\(2\)\n\s+http-request set-var\(txn\.ingressc_lb_member\) rand\(1\)\n\s+use-server s1 if \{ var\(txn\.ingressc_lb_group\) -m int 0 \} \{ var\(txn\.ingressc_lb_member\) -m int 0 \}\n\s+use-server s2 if \{ var\(txn\.ingressc_lb_group\) -m int 1 \}/);
    // Envoy, Caddy: a warning, each key on one endpoint.
    const r = build([ingress('a', { 'upstream-hash-by': '$request_uri', 'upstream-hash-by-subset': 'true' })], 'envoy');
    assert.ok(codes(r).includes('IC2103'));
    assert.deepEqual(balanceOf(r), { algorithm: 'hash', key: [{ request: 'target' }] });
  });
  test('HAProxy: the key in a transaction variable, balance hash, hash-type consistent; leastconn', () => {
    const cfg = out('haproxy', { 'upstream-hash-by': '$cookie_s$arg_id$remote_addr' });
    assert.match(cfg, /http-request set-var-fmt\(txn\.ingressc_lb_key\) "%\[req\.cook\(s\)\]%\[url_param\(id\)\]%\[src\]"\n\s+balance hash var\(txn\.ingressc_lb_key\)\n\s+hash-type consistent/);
    assert.match(out('haproxy', { 'load-balance': 'ewma' }), /balance leastconn/);
  });
  test('Envoy: RING_HASH cluster and route hash_policy (the scheme first: an absent value still hashes); LEAST_REQUEST', () => {
    const y = out('envoy', { 'upstream-hash-by': '$http_x_user$remote_addr' });
    assert.match(y, /hash_policy:\n\s+- header:\n\s+header_name: ":scheme"\n\s+- header:\n\s+header_name: "x-user"\n\s+- connection_properties:\n\s+source_ip: true/);
    assert.match(y, /lb_policy: "RING_HASH"/);
    assert.match(out('envoy', { 'load-balance': 'ewma' }), /lb_policy: "LEAST_REQUEST"/);
  });
  test('Caddy: the key in a request header from placeholders (constant first character), hashed by the header policy and deleted before proxying', () => {
    const j = out('caddy', { 'upstream-hash-by': '$request_uri-$http_x_user$cookie_s$arg_id$remote_addr$host' });
    // The writer wraps long lines: compare without whitespace (the key has none).
    assert.ok(j.replace(/\s+/g, '').includes('"X-Ingressc-Lb-Key":["k{http.request.orig_uri}-{http.request.header.x-user}{http.request.cookie.s}{http.request.uri.query.id}{http.vars.client_ip}{http.request.host}"]'), j);
    assert.match(j, /"selection_policy": \{"policy": "header", "field": "X-Ingressc-Lb-Key"\}/);
    assert.match(j, /"delete": \["X-Ingressc-Lb-Key"\]/);
    assert.match(out('caddy', { 'load-balance': 'ewma' }), /"policy": "least_conn"/);
  });
});
