/**
 * The Envoy oracle reads back what client certificates and request limits enforce
 * (limit-oracles.ts): a generated output passes it untouched, and each way of weakening the
 * check is caught (this proves the oracle can fail).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { makeCa, makeCert } from '../harness/index.js';
import { editEnvoyAsYaml } from '../helpers/envoy-edit.js';
import { ORACLES } from './oracles.js';

const A = 'nginx.ingress.kubernetes.io/';

function sources(annotations: Record<string, string>): { path: string; text: string }[] {
  const pair = makeCert(['a.example.com', '*.w.example.com']);
  const ca = makeCa('oracle CA');
  return [
    { path: 'tls.yaml', text: `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nmetadata: {name: tls, namespace: default}\nstringData:\n  tls.crt: ${JSON.stringify(pair.cert)}\n  tls.key: ${JSON.stringify(pair.key)}\n` },
    { path: 'ca.yaml', text: `apiVersion: v1\nkind: Secret\nmetadata: {name: ca-secret, namespace: default}\nstringData:\n  ca.crt: ${JSON.stringify(ca.cert)}\n` },
    {
      path: 'app.yaml',
      text: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: app, namespace: default, annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [A + k, v])))}}
spec:
  tls: [{hosts: [a.example.com, "*.w.example.com"], secretName: tls}]
  rules:
  - host: a.example.com
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
      - {path: /x, pathType: Exact, backend: {service: {name: web, port: {number: 80}}}}
  - host: "*.w.example.com"
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
`,
    },
  ];
}

function tampered(annotations: Record<string, string>, edit: (yaml: string) => string): string[] {
  const r = compile(sources(annotations), { target: 'envoy' });
  assert.ok(r.ok && r.ir, JSON.stringify(r.diagnostics));
  assert.deepEqual(ORACLES.envoy(r.ir, r.files), [], 'the untouched output passes');
  const files = r.files.map((f) => (f.path === 'envoy.json' ? { ...f, content: editEnvoyAsYaml(f.content, edit) } : f));
  assert.notEqual(files.find((f) => f.path === 'envoy.json')!.content, r.files.find((f) => f.path === 'envoy.json')!.content, 'the edit changed the output');
  return ORACLES.envoy(r.ir, files);
}

test('Envoy oracle: weakened client-certificate checks are caught', () => {
  const all = { 'auth-tls-secret': 'default/ca-secret', 'auth-tls-match-cn': 'CN=(a|b)', 'auth-tls-error-page': 'http://x.example/err', 'auth-tls-pass-certificate-to-upstream': 'true' };
  const edits: [string, (c: string) => string][] = [
    ['verify on → optional', (c) => c.replace(/if not presented or \(presented and not valid\) then/g, 'if (presented and not valid) then')],
    ['depth', (c) => c.replace('max_verify_depth: 2', 'max_verify_depth: 9')],
    ['refusing handshake policy', (c) => c.replace('trust_chain_verification: "ACCEPT_UNTRUSTED"', 'trust_chain_verification: "VERIFY_TRUST_CHAIN"')],
    ['session resumption', (c) => c.replace('disable_stateless_session_resumption: true', 'disable_stateless_session_resumption: false')],
    ['another CA', (c) => c.replace('filename: "client-ca/default-ca-secret.crt"', 'filename: "client-ca/evil.crt"')],
    // The last copy: the default HTTPS chain's (each chain's filters are read on their own).
    ['SNI check', (c) => {
      const at = c.lastIndexOf('\\\\094a\\\\037\\\\046example');
      return `${c.slice(0, at)}\\\\094b${c.slice(at + 6)}`;
    }],
    ['a route without the script', (c) => c.replace(/\n( *)ingressc\.clientcert:\n\1  "@type": "[^"]+"\n\1  name: "host:a\.example\.com"/, '')],
    ['match-cn', (c) => c.replace('(?s).*(?:CN=(a|b)).*', '(?s).*(?:CN=(a|b|c)).*')],
    ['no certificate passed on', (c) => c.replace(/\\n {2}hs:add\(\\"ssl-client-cert\\", ssl:urlEncodedPemEncodedPeerCertificate\(\)\)/g, '')],
  ];
  for (const [what, edit] of edits) assert.notDeepEqual(tampered(all, edit), [], what);
});

test('Envoy oracle: weakened request limits are caught', () => {
  const all = { 'limit-rps': '30', 'limit-rpm': '7', 'limit-whitelist': '10.0.0.0/8' };
  const edits: [string, (c: string) => string][] = [
    ['shared bucket', (c) => c.replace(/key: "remote_address"\n( *)value: ""/, 'key: "remote_address"\n$1value: "127.0.0.1"')],
    ['burst', (c) => c.replaceAll('max_tokens: 151', 'max_tokens: 1000')],
    ['rate', (c) => c.replaceAll('fill_interval: "0.1s"', 'fill_interval: "0.05s"')],
    ['status', (c) => c.replaceAll('code: 503', 'code: 429')],
    ['exemption list', (c) => c.replace('address_prefix: "10.0.0.0"', 'address_prefix: "0.0.0.0"')],
    ['a route without descriptors', (c) => c.replace(/\n( *)rate_limits:\n(\1  [^\n]*\n|\1    [^\n]*\n|\1      [^\n]*\n|\1        [^\n]*\n|\1          [^\n]*\n|\1            [^\n]*\n)+/, '\n')],
  ];
  for (const [what, edit] of edits) assert.notDeepEqual(tampered(all, edit), [], what);
});
