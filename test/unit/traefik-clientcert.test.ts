/**
 * Client certificates (auth-tls-*) on Traefik (src/emit/traefik/clientcert.ts), proven without a
 * binary: the strict schema, the evaluator's TLS options by SNI and Go's verification
 * (test/traefik/tls-options.ts), denial as well as acceptance, and the refusals of what Traefik
 * cannot enforce as ingress-nginx does (wildcard hosts, chains Go would accept beyond the depth,
 * optional_no_ca, match-cn, error-page, pass-certificate).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { makeCa, makeCert, makeClientCert, makeSubCa, type TestCa } from '../harness/index.js';
import { TraefikModel } from '../traefik/evaluate.js';
import { readOutput } from '../traefik/output.js';
import { traefikValidator } from '../traefik/strict-schema.js';
import { clientCertificateAccepted, handshakeOptions } from '../traefik/tls-options.js';

const caWithPathLen = (cn: string, pathLen: number): TestCa => makeCa(cn, { pathLen });

const CA = caWithPathLen('traefik unit CA', 1);
const CA2 = caWithPathLen('traefik unit CA 2', 2);
const OTHER = caWithPathLen('another CA', 1);
const good = makeClientCert(CA, 'client');
const foreign = makeClientCert(OTHER, 'client');
const sub = makeSubCa(CA, 'intermediate');
const viaSub = makeClientCert(sub, 'client via one intermediate');
const sub2 = makeSubCa(sub, 'second intermediate');
const viaSub2 = makeClientCert(sub2, 'client via two intermediates');
const tlsPair = makeCert(['a.test', 'b.test', 'c.test', '*.w.test']);
const A = 'nginx.ingress.kubernetes.io/';

const ing = (name: string, host: string, annotations: Record<string, string>): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: default
  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [A + k, v])))}
spec:
  tls: [{hosts: [${JSON.stringify(host)}], secretName: tls}]
  rules:
  - host: ${JSON.stringify(host)}
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
---
`;
const secrets = (ca: TestCa = CA): string => `apiVersion: v1
kind: Secret
type: kubernetes.io/tls
metadata: {name: tls, namespace: default}
stringData: {tls.crt: ${JSON.stringify(tlsPair.cert)}, tls.key: ${JSON.stringify(tlsPair.key)}}
---
apiVersion: v1
kind: Secret
metadata: {name: ca, namespace: default}
stringData: {ca.crt: ${JSON.stringify(ca.cert)}}
`;
const SECRET = { 'auth-tls-secret': 'default/ca' };

const run = (text: string, ca?: TestCa) => compile([{ path: 'in.yaml', text: text + secrets(ca) }], { target: 'traefik', backends: ['default/web:80=127.0.0.1:9'] });

function built(text: string, ca?: TestCa) {
  const r = run(text, ca);
  assert.ok(r.ok, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error')));
  const out = readOutput(r.files);
  assert.deepEqual(traefikValidator()(out.dynamic), []);
  const model = new TraefikModel(out.dynamic);
  /** Does a handshake with this SNI, sending this certificate (and intermediates), complete? */
  const handshake = (sni: string | undefined, client?: { cert: string; intermediates?: string }): boolean => {
    const o = handshakeOptions(model.tlsOptions, sni);
    return o !== 'closed' && clientCertificateAccepted(o.option, out.files, client);
  };
  return { r, out, model, handshake };
}

test('"on": the host\'s own TLS options require a certificate verified against the Secret\'s CA; denial and acceptance by handshake', () => {
  const { out, model, handshake } = built(ing('a', 'a.test', SECRET) + ing('b', 'b.test', {}));
  assert.deepEqual(out.dynamic.tls?.options, { 'ingressc-clientauth-1': { minVersion: 'VersionTLS12', clientAuth: { caFiles: ['client-ca/default-ca.crt'], clientAuthType: 'RequireAndVerifyClientCert' } } });
  assert.equal(out.files.get('client-ca/default-ca.crt'), CA.cert);
  const https = Object.values(out.dynamic.http!.routers!).filter((r) => r.tls !== undefined);
  for (const r of https) assert.deepEqual(r.tls, r.rule.includes('Host("a.test")') ? { options: 'ingressc-clientauth-1' } : {}, r.rule);
  assert.deepEqual(model.tlsOptions.log, []);
  // Denied: no certificate, one from another CA, one beyond the depth (two intermediates; the CA's pathlen is 1).
  assert.equal(handshake('a.test'), false);
  assert.equal(handshake('a.test', foreign), false);
  assert.equal(handshake('a.test', { cert: viaSub2.cert, intermediates: sub2.chain }), false);
  assert.equal(handshake('a.test', { cert: viaSub.cert }), false); // the intermediate not sent
  // Accepted: signed by the CA, or through one intermediate the client sends (ingress-nginx's depth 1).
  assert.equal(handshake('a.test', good), true);
  assert.equal(handshake('a.test', { cert: viaSub.cert, intermediates: sub.chain }), true);
  // Other hosts ask for nothing.
  assert.equal(handshake('b.test'), true);
  assert.equal(handshake(undefined), true);
});

test('a request for the host over a handshake for another name (or none) gets 421; the client\'s ssl-client-* headers never reach the backend', () => {
  const { model } = built(ing('a', 'a.test', SECRET) + ing('b', 'b.test', {}));
  const forged = { 'ssl-client-verify': 'SUCCESS', 'ssl-client-subject-dn': 'CN=admin' };
  const o = model.route({ https: true, host: 'a.test', sni: 'a.test', path: '/x', headers: forged });
  assert.equal(o.kind, 'proxied');
  if (o.kind === 'proxied') for (const h of ['ssl-client-verify', 'ssl-client-subject-dn', 'ssl-client-issuer-dn', 'ssl-client-cert']) assert.equal(o.setHeaders[h], '', h);
  for (const sni of ['b.test', 'unknown.test', '']) assert.equal(model.route({ https: true, host: 'a.test', sni, path: '/x' }).status, 421, sni);
  assert.equal(model.route({ https: true, host: 'A.TEST:443', sni: 'b.test', path: '/x' }).status, 421);
  assert.equal(model.route({ https: true, host: 'a.test.', sni: 'b.test', path: '/x' }).status, 421);
  // The other host is unaffected, but not through the client-certificate host's handshake.
  assert.equal(model.route({ https: true, host: 'b.test', sni: 'b.test', path: '/x' }).status, 200);
  assert.equal(model.route({ https: true, host: 'b.test', sni: 'a.test', path: '/x' }).status, 421);
  // Plain HTTP is redirected, never served.
  assert.notEqual(model.route({ host: 'a.test', path: '/x' }).kind, 'proxied');
});

test('two hosts with the same CA get options of their own: one\'s handshake does not open the other', () => {
  const { out, model, handshake } = built(ing('a', 'a.test', SECRET) + ing('c', 'c.test', SECRET));
  assert.deepEqual(Object.keys(out.dynamic.tls?.options ?? {}), ['ingressc-clientauth-1', 'ingressc-clientauth-2']);
  assert.equal(handshake('c.test', good), true);
  assert.equal(handshake('c.test'), false);
  assert.equal(model.route({ https: true, host: 'a.test', sni: 'c.test', path: '/' }).status, 421);
});

test('"optional": no certificate passes, a bad one ends the handshake; the host\'s ciphers stay on its options', () => {
  const { out, handshake } = built(ing('a', 'a.test', { ...SECRET, 'auth-tls-verify-client': 'optional', 'ssl-ciphers': 'ECDHE-RSA-AES128-GCM-SHA256' }));
  assert.deepEqual(out.dynamic.tls?.options?.['ingressc-clientauth-1'], {
    minVersion: 'VersionTLS12',
    cipherSuites: ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'],
    clientAuth: { caFiles: ['client-ca/default-ca.crt'], clientAuthType: 'VerifyClientCertIfGiven' },
  });
  assert.equal(handshake('a.test'), true);
  assert.equal(handshake('a.test', good), true);
  assert.equal(handshake('a.test', foreign), false);
});

test('auth-tls-verify-depth 2 with a CA of pathlen 2 accepts a second-level intermediate; "off" asks for nothing', () => {
  const sub1 = makeSubCa(CA2, 'i1');
  const sub2b = makeSubCa(sub1, 'i2');
  const deep = makeClientCert(sub2b, 'deep');
  const { handshake } = built(ing('a', 'a.test', { ...SECRET, 'auth-tls-verify-depth': '2' }), CA2);
  assert.equal(handshake('a.test', { cert: deep.cert, intermediates: sub2b.chain }), true);
  assert.equal(handshake('a.test'), false);
  const off = built(ing('a', 'a.test', { ...SECRET, 'auth-tls-verify-client': 'off' }));
  assert.equal(off.out.dynamic.tls?.options, undefined);
  assert.equal(off.handshake('a.test'), true);
});

test('fails closed, located, where Traefik cannot restrict as ingress-nginx does', () => {
  const refused = (text: string, ca: TestCa | undefined, code: string): void => {
    const r = run(text, ca);
    assert.equal(r.ok, false, code);
    assert.equal(r.files.length, 0, code);
    const e = r.diagnostics.filter((d) => d.severity === 'error');
    assert.ok(e.some((d) => d.code === code && d.loc?.file === 'in.yaml' && d.loc.line >= 1), `${code}: ${JSON.stringify(e)}`);
  };
  refused(ing('w', '*.w.test', SECRET), undefined, 'IC4307'); // HostRegexp binds no options
  refused(ing('a', 'a.test', SECRET), makeCa('no pathlen'), 'IC4308'); // any number of intermediates
  refused(ing('a', 'a.test', SECRET), CA2, 'IC4308'); // pathlen 2 > depth 1
  refused(ing('a', 'a.test', { ...SECRET, 'auth-tls-verify-client': 'optional_no_ca' }), undefined, 'IC3071');
  for (const [key, value] of [['auth-tls-match-cn', 'CN=client'], ['auth-tls-error-page', 'https://err.test/'], ['auth-tls-pass-certificate-to-upstream', 'true']]) {
    const r = run(ing('a', 'a.test', { ...SECRET, [key!]: value! }));
    assert.equal(r.ok, false, key);
    assert.ok(r.diagnostics.some((d) => d.severity === 'error' && d.loc?.file === 'in.yaml' && d.message.includes(key!)), `${key}: ${JSON.stringify(r.diagnostics)}`);
  }
});
