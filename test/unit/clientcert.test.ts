/** Client certificates (auth-tls-*): value grammar, per-host lowering, the fail-closed refusals, nginx output. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, match, renderMatchText, type TargetName } from '../../src/index.js';
import { clientcertReader } from '../../src/providers/ingress-nginx/families/clientcert.js';
import type { AnnotationFeatures } from '../../src/providers/ingress-nginx/families/reader.js';
import { makeCa, makeCert } from '../harness/index.js';

const ca = makeCa('unit CA');
const tlsPair = makeCert(['a.test']);

const ing = (name: string, annotations: Record<string, string>, opts: { tls?: boolean; path?: string; host?: string; ns?: string } = {}): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: ${opts.ns ?? 'default'}
  annotations:
${Object.entries(annotations).map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: ${JSON.stringify(v)}\n`).join('')}spec:
${opts.tls === false ? '' : `  tls: [{hosts: [${opts.host ?? 'a.test'}], secretName: tls}]\n`}  rules:
  - host: ${opts.host ?? 'a.test'}
    http:
      paths:
      - {path: ${opts.path ?? '/'}, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
---
`;
const SECRETS = `apiVersion: v1
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
const run = (text: string, target: TargetName = 'nginx') => compile([{ path: 'in.yaml', text }], { target });
const errors = (r: ReturnType<typeof run>) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);

describe('auth-tls-* grammar', () => {
  const read = (name: string, value: string) => {
    const f: AnnotationFeatures = {};
    return { problem: clientcertReader.read(name, value, f, {}), s: f.clientCert };
  };
  test('accepted values', () => {
    assert.deepEqual(read('auth-tls-secret', 'ns/ca').s?.secret, { namespace: 'ns', name: 'ca' });
    assert.deepEqual(read('auth-tls-secret', 'ca').s?.secret, { namespace: '', name: 'ca' });
    for (const v of ['on', 'off', 'optional', 'optional_no_ca']) assert.equal(read('auth-tls-verify-client', v).s?.verify, v);
    assert.equal(read('auth-tls-verify-depth', '2').s?.depth, 2);
    assert.equal(read('auth-tls-error-page', 'https://example.com/err?x=1').s?.errorPage, 'https://example.com/err?x=1');
    assert.equal(read('auth-tls-match-cn', 'CN=(a|b)').s?.matchCN, 'CN=(a|b)');
    assert.equal(read('auth-tls-pass-certificate-to-upstream', 'True').s?.passCertificate, true);
    assert.equal(read('auth-tls-pass-certificate-to-upstream', 'false').s?.passCertificate, false);
  });
  test('refused values name what was expected (IC2340)', () => {
    for (const [k, v] of [
      ['auth-tls-secret', 'a/b/c'],
      ['auth-tls-secret', 'NS/ca'],
      ['auth-tls-secret', ''],
      ['auth-tls-verify-client', 'On'],
      ['auth-tls-verify-client', 'on; ssl_verify_client off'],
      ['auth-tls-verify-depth', '0'],
      ['auth-tls-verify-depth', '100'],
      ['auth-tls-error-page', '/relative'],
      ['auth-tls-error-page', 'https://example.com/$host'],
      ['auth-tls-error-page', 'http://a.com/"; return 200;'],
      ['auth-tls-match-cn', 'O=org'],
      ['auth-tls-match-cn', 'CN=(?<n>x)'],
      ['auth-tls-match-cn', 'CN=x") { return 200; } if ($a ~ "'],
    ] as const) {
      const p = read(k, v).problem;
      assert.equal(p?.code, 'IC2340', `${k}: ${v}`);
      assert.match(p?.detail ?? '', /expected/);
    }
  });
});

describe('client certificates in the IR', () => {
  test('decided per host by the first Ingress with auth-tls-secret; every route of the host is covered', () => {
    const r = run(ing('a', { 'auth-tls-secret': 'default/ca', 'auth-tls-verify-depth': '2', 'auth-tls-match-cn': 'CN=x' }, { path: '/a' }) + ing('b', {}, { path: '/b' }) + SECRETS);
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const c = r.ir!.vhosts[0]!.tls?.clientAuth;
    assert.deepEqual({ ...c, caPem: c?.caPem.startsWith('-----BEGIN CERTIFICATE-----') }, { caId: 'default-ca', caPem: true, verify: 'on', depth: 2, passCertificate: false, matchCN: 'CN=x', ingress: 'default/a' });
    const conf = r.files.find((f) => f.path === 'nginx.conf')!.content;
    assert.match(conf, /ssl_client_certificate "client-ca\/default-ca\.crt";\n\s+ssl_verify_client on;\n\s+ssl_verify_depth 2;/);
    assert.match(conf, /if \(\$ssl_client_s_dn !~ "CN=x"\) \{ return 403; \}/);
    assert.ok(r.files.some((f) => f.path === 'client-ca/default-ca.crt' && f.content === c?.caPem));
  });

  test('a later Ingress of the host cannot change it (IC3173 warning)', () => {
    // Equal creationTimestamps: namespace/name in descending order decides (default/b first).
    const r = run(ing('b', { 'auth-tls-secret': 'ca' }, { path: '/b' }) + ing('a', { 'auth-tls-secret': 'ca', 'auth-tls-verify-client': 'off' }, { path: '/a' }) + SECRETS);
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.ok(r.diagnostics.some((d) => d.code === 'IC3173' && d.severity === 'warning'));
    assert.equal(r.ir!.vhosts[0]!.tls?.clientAuth?.verify, 'on');
  });

  test('fail closed: no secret, missing Secret, other namespace, no TLS, plain HTTP served', () => {
    assert.deepEqual(errors(run(ing('a', { 'auth-tls-verify-client': 'on' }) + SECRETS)), ['IC3172']);
    assert.deepEqual(errors(run(ing('a', { 'auth-tls-secret': 'default/nope' }) + SECRETS)), ['IC3170']);
    assert.deepEqual(errors(run(ing('a', { 'auth-tls-secret': 'other/ca' }) + SECRETS)), ['IC3174']);
    assert.deepEqual(errors(run(ing('a', { 'auth-tls-secret': 'ca' }, { tls: false }) + SECRETS)), ['IC3171']);
    assert.deepEqual(errors(run(ing('a', { 'auth-tls-secret': 'ca', 'ssl-redirect': 'false' }) + SECRETS)), ['IC3171']);
    // verify "off" checks nothing, so it needs no redirect.
    assert.deepEqual(errors(run(ing('a', { 'auth-tls-secret': 'ca', 'auth-tls-verify-client': 'off', 'ssl-redirect': 'false' }) + SECRETS)), []);
  });

  test('a bad ca.crt is IC2341 at the key', () => {
    const r = run(ing('a', { 'auth-tls-secret': 'ca' }) + SECRETS.replace(/ca\.crt: "[^"]*"/, 'ca.crt: "not a certificate"'));
    assert.ok(errors(r).includes('IC2341'), JSON.stringify(errors(r)));
  });

  test('targets without a row refuse every auth-tls-* key (IC2101); Traefik what it cannot bound', () => {
    for (const target of ['gateway-api'] as const) {
      const r = run(ing('a', { 'auth-tls-secret': 'ca' }) + SECRETS, target);
      assert.ok(errors(r).includes('IC2101'), `${target}: ${JSON.stringify(errors(r))}`);
    }
    // Traefik (test/unit/traefik-clientcert.test.ts): a CA without basicConstraints pathlen cannot bound the chain Go accepts.
    assert.deepEqual(errors(run(ing('a', { 'auth-tls-secret': 'ca' }) + SECRETS, 'traefik')), ['IC4308']);
    // HAProxy, Caddy and Traefik cannot send the URL-encoded PEM.
    for (const target of ['haproxy', 'caddy', 'traefik'] as const) assert.ok(errors(run(ing('a', { 'auth-tls-secret': 'ca', 'auth-tls-pass-certificate-to-upstream': 'true' }) + SECRETS, target)).includes('IC2101'));
    // Caddy cannot accept an unverified certificate and report the verification result.
    assert.deepEqual(errors(run(ing('a', { 'auth-tls-secret': 'ca', 'auth-tls-verify-client': 'optional_no_ca' }) + SECRETS, 'caddy')), ['IC3071']);
  });

  test('HAProxy: a crt-list line of its own for the host, the SNI tied to the Host, the checks in the frontend', () => {
    const r = run(ing('a', { 'auth-tls-secret': 'ca', 'auth-tls-match-cn': 'CN=x' }) + SECRETS, 'haproxy');
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const list = r.files.find((f) => f.path === 'crt-list.txt')!.content;
    assert.equal(list, 'certs/default-tls.crt !*\ncerts/default-tls.crt [verify optional ca-file client-ca/default-ca.crt] a.test\n');
    const cfg = r.files.find((f) => f.path === 'haproxy.cfg')!.content;
    assert.match(cfg, /ssl crt-list crt-list\.txt ca-ignore-err all crt-ignore-err all/);
    assert.match(cfg, /http-request deny deny_status 421 if \{ ssl_fc \} \{ var\(txn\.vh\) -m str a\.test \} !\{ var\(txn\.snivh\) -m str a\.test \}/);
    assert.match(cfg, /http-request deny deny_status 400 if \{ ssl_fc \} \{ var\(txn\.vh\) -m str a\.test \} !\{ ssl_c_used \}/);
    assert.match(cfg, /http-request deny deny_status 403 if .* !\{ ssl_c_s_dn\(,0,rfc2253\) -m reg 'CN=x' \}/);
    assert.ok(r.files.some((f) => f.path === 'client-ca/default-ca.crt'));
    // A tls entry without secretName (the default certificate) still gets its verifying line.
    const other = ing('b', {}, { host: 'b.test' });
    const noSecret = run(ing('a', { 'auth-tls-secret': 'ca' }).replace('secretName: tls}', '}') + other + SECRETS, 'haproxy');
    assert.ok(noSecret.ok, JSON.stringify(noSecret.diagnostics));
    assert.match(noSecret.files.find((f) => f.path === 'crt-list.txt')!.content, /^certs\/default-tls\.crt \[verify optional ca-file client-ca\/default-ca\.crt\] a\.test$/m);
  });

  test('`ingressc match` states what the host requires', () => {
    const m = match([{ path: 'in.yaml', text: ing('a', { 'auth-tls-secret': 'ca', 'auth-tls-match-cn': 'CN=x' }) + SECRETS }], { url: 'https://a.test/' });
    assert.ok(m.ok, JSON.stringify(m.diagnostics));
    assert.deepEqual({ verify: m.clientAuth?.verify, matchCN: m.clientAuth?.matchCN, ingress: m.clientAuth?.ingress }, { verify: 'on', matchCN: 'CN=x', ingress: 'default/a' });
    assert.match(renderMatchText(m), /mtls {4}a client certificate is required \(CA default-ca, depth 1; decided by Ingress default\/a\); subject must match CN=x/);
  });
});
