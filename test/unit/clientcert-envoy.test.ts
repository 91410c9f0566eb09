/** Client certificates on Envoy (src/emit/envoy/clientcert.ts): the chains, the per-host script, match-cn. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { luaString } from '../../src/emit/envoy/clientcert.js';
import { makeCa, makeCert } from '../harness/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
let pems: { cert: string; key: string; ca: string } | undefined;
const certs = () => {
  if (!pems) {
    const p = makeCert(['a.test', 'b.test']);
    pems = { ...p, ca: makeCa('unit CA').cert };
  }
  return pems;
};
function run(annotations: Record<string, string>, other = false) {
  const c = certs();
  const A = 'nginx.ingress.kubernetes.io/';
  const text = `apiVersion: v1
kind: Secret
type: kubernetes.io/tls
metadata: {name: tls, namespace: default}
stringData: {tls.crt: ${JSON.stringify(c.cert)}, tls.key: ${JSON.stringify(c.key)}}
---
apiVersion: v1
kind: Secret
metadata: {name: ca, namespace: default}
stringData: {ca.crt: ${JSON.stringify(c.ca)}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: app, namespace: default, annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [A + k, v])))}}
spec:
  tls: [{hosts: [a.test], secretName: tls}]
  rules:
  - host: a.test
    http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}
${other ? `---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: other, namespace: default}
spec:
  tls: [{hosts: [b.test], secretName: tls}]
  rules:
  - host: b.test
    http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}
` : ''}`;
  return compile([{ path: 'a.yaml', text }], { target: 'envoy', backends: ['default/web:80=127.0.0.1:9000'] });
}
const bootstrap = (r: ReturnType<typeof run>): Any => JSON.parse(r.files.find((f) => f.path === 'envoy.json')!.content);

test('luaString: letters and digits as they are, every other byte a three-digit escape', () => {
  assert.equal(luaString('a.b'), '"a\\046b"');
  assert.equal(luaString('127.0'), '"127\\0460"');
  assert.equal(luaString('"]]\n'), '"\\034\\093\\093\\010"');
  assert.equal(luaString('é'), '"\\195\\169"');
});

test('a chain asking for a certificate for the host\'s SNI, verifying without refusing, depth + 1, no resumption', () => {
  const r = run({ 'auth-tls-secret': 'default/ca', 'auth-tls-verify-depth': '2' });
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  assert.ok(r.files.some((f) => f.path === 'client-ca/default-ca.crt'));
  const https = bootstrap(r).static_resources.listeners.find((l: Any) => l.name === 'https');
  assert.equal(https.filter_chains.length, 2);
  const [chain, dflt] = https.filter_chains;
  assert.deepEqual(chain.filter_chain_match, { server_names: ['a.test'] });
  assert.equal(dflt.filter_chain_match, undefined);
  const t = chain.transport_socket.typed_config;
  assert.deepEqual(t.common_tls_context.validation_context, { trusted_ca: { filename: 'client-ca/default-ca.crt' }, trust_chain_verification: 'ACCEPT_UNTRUSTED', max_verify_depth: 3 });
  assert.equal(t.require_client_certificate, false);
  assert.equal(t.disable_stateless_session_resumption, true);
  assert.equal(dflt.transport_socket.typed_config.common_tls_context.validation_context, undefined);
});

test('every HTTPS route of the host runs its script; other hosts and the HTTP listener do not', () => {
  const r = run({ 'auth-tls-secret': 'default/ca', 'auth-tls-match-cn': 'CN=x' }, true);
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  const b = bootstrap(r);
  for (const l of b.static_resources.listeners)
    for (const c of l.filter_chains) {
      const h = c.filters[0].typed_config;
      assert.deepEqual(h.http_filters.slice(2, 4).map((f: Any) => f.name), ['ingressc.clientcert', 'ingressc.clientcn']);
      for (const v of h.route_config.virtual_hosts)
        for (const x of v.routes) {
          const has = x.typed_per_filter_config?.['ingressc.clientcert'] !== undefined;
          assert.equal(has, l.name === 'https' && v.name === 'a.test', `${l.name} ${v.name}`);
          if (has) assert.equal(x.typed_per_filter_config['ingressc.clientcn'].rbac.rules.policies['match-cn'].principals[0].header.string_match.safe_regex.regex, '(?s).*(?:CN=x).*');
        }
    }
  const script: string = b.static_resources.listeners[1].filter_chains[0].filters[0].typed_config.http_filters.find((f: Any) => f.name === 'ingressc.clientcert').typed_config.source_codes['host:a.test'].inline_string;
  assert.match(script, /h:respond\(\{\[":status"\] = "421"\}/);
  assert.match(script, /if not presented or \(presented and not valid\) then\n {4}h:respond\(\{\[":status"\] = "400"\}/);
  assert.ok(!script.includes('ssl-client-cert", ssl:'), 'no certificate passed on without the annotation');
});

test('optional, optional_no_ca, the error page and pass-certificate change the script', () => {
  const script = (a: Record<string, string>): string => {
    const r = run({ 'auth-tls-secret': 'default/ca', ...a });
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    return bootstrap(r).static_resources.listeners[1].filter_chains[0].filters[0].typed_config.http_filters.find((f: Any) => f.name === 'ingressc.clientcert').typed_config.source_codes['host:a.test'].inline_string;
  };
  assert.match(script({ 'auth-tls-verify-client': 'optional' }), /\n {2}if \(presented and not valid\) then/);
  assert.match(script({ 'auth-tls-verify-client': 'optional_no_ca' }), /\n {2}if false then/);
  assert.match(script({ 'auth-tls-error-page': 'http://e.test/x' }), /\["location"\] = "http\\058\\047\\047e\\046test\\047x"/);
  assert.match(script({ 'auth-tls-pass-certificate-to-upstream': 'true' }), /hs:add\("ssl-client-cert", ssl:urlEncodedPemEncodedPeerCertificate\(\)\)/);
});
