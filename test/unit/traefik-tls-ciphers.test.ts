/**
 * ssl-ciphers on Traefik (src/emit/traefik/tls-options.ts), proven without a binary: the strict
 * schema, and the evaluator's TLS options (test/traefik/tls-options.ts: which options, hence which
 * TLS 1.2 suites, a handshake with a given SNI gets), against what ingress-nginx applies per host
 * (src/emit/tls-ciphers.ts cipherPlan: the host's own list, else the host-less rules', else the
 * ConfigMap's).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { cipherSuitesFor, DEFAULT_SSL_CIPHERS } from '../../src/ir/ciphers.js';
import { cipherPlan } from '../../src/emit/tls-ciphers.js';
import { makeCert } from '../harness/index.js';
import { TraefikModel } from '../traefik/evaluate.js';
import { readOutput } from '../traefik/output.js';
import { traefikValidator } from '../traefik/strict-schema.js';
import { handshakeOptions, tls12Suites, GO_CIPHER_SUITES } from '../traefik/tls-options.js';

const pair = makeCert(['a.test', 'b.test', 'c.test']);
const A = 'nginx.ingress.kubernetes.io/';
const LIST = 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256';
const ONE = 'ECDHE-RSA-AES256-GCM-SHA384';
const CM_LIST = 'ECDHE-RSA-CHACHA20-POLY1305:ECDHE-RSA-AES256-GCM-SHA384';

const ing = (name: string, host: string, annotations: Record<string, string>, extra = ''): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: default
  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [A + k, v])))}
spec:
  tls: [{hosts: [${host === '' ? 'a.test' : JSON.stringify(host)}], secretName: tls}]
  rules:
  - ${host === '' ? '' : `host: ${JSON.stringify(host)}\n    `}http:
      paths:
      - {path: /${name}, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
${extra}---
`;
const SECRET = `apiVersion: v1
kind: Secret
type: kubernetes.io/tls
metadata: {name: tls, namespace: default}
stringData: {tls.crt: ${JSON.stringify(pair.cert)}, tls.key: ${JSON.stringify(pair.key)}}
`;
const CM = (data: Record<string, string>): string => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ingress-nginx-controller, namespace: ingress-nginx}\ndata: ${JSON.stringify(data)}\n`;

function run(text: string, cm?: Record<string, string>) {
  return compile([{ path: 'in.yaml', text: text + SECRET }, ...(cm ? [{ path: 'cm.yaml', text: CM(cm) }] : [])], {
    target: 'traefik',
    backends: ['default/web:80=127.0.0.1:9', 'default/canary:80=127.0.0.1:10'],
    ...(cm ? { controllerConfig: 'ingress-nginx/ingress-nginx-controller' } : {}),
  });
}

function built(text: string, cm?: Record<string, string>) {
  const r = run(text, cm);
  assert.ok(r.ok, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error')));
  const out = readOutput(r.files);
  assert.deepEqual(traefikValidator()(out.dynamic), []);
  const model = new TraefikModel(out.dynamic);
  const suites = (sni: string | undefined, offered: readonly string[]): string[] | 'closed' => {
    const o = handshakeOptions(model.tlsOptions, sni);
    return o === 'closed' ? o : tls12Suites(o.option, offered);
  };
  return { r, out, model, suites };
}

const go = (v: string): string[] => cipherSuitesFor(v, 'go');
const ALL = [...GO_CIPHER_SUITES];

test('a host\'s list: options named by every HTTPS router of the host; the ConfigMap\'s list is the default options', () => {
  const { out, model, suites } = built(ing('a', 'a.test', { 'ssl-ciphers': LIST }) + ing('b', 'b.test', {}) + ing('c', 'c.test', { 'ssl-ciphers': ONE }), { 'ssl-ciphers': CM_LIST });
  assert.deepEqual(out.dynamic.tls?.options, {
    default: { minVersion: 'VersionTLS12', cipherSuites: go(CM_LIST) },
    'ingressc-ciphers-1': { minVersion: 'VersionTLS12', cipherSuites: go(LIST) },
    'ingressc-ciphers-2': { minVersion: 'VersionTLS12', cipherSuites: go(ONE) },
  });
  const routers = Object.entries(out.dynamic.http!.routers!).filter(([, r]) => r.tls !== undefined);
  for (const [name, r] of routers) {
    const want = r.rule.includes('Host("a.test")') ? 'ingressc-ciphers-1' : r.rule.includes('Host("c.test")') ? 'ingressc-ciphers-2' : undefined;
    assert.deepEqual(r.tls, want === undefined ? {} : { options: want }, name);
  }
  assert.deepEqual(model.tlsOptions.log, []); // no conflict: Traefik applies every option
  // Which suites a TLS 1.2 handshake may agree on, by SNI.
  assert.deepEqual(suites('a.test', ALL), go(LIST));
  assert.deepEqual(suites('a.test', go(ONE)), []); // refused
  assert.deepEqual(suites('c.test', ALL), go(ONE));
  assert.deepEqual(suites('b.test', ALL), go(CM_LIST));
  assert.deepEqual(suites('unknown.test', ALL), go(CM_LIST));
  assert.deepEqual(suites(undefined, ALL), go(CM_LIST));
  assert.deepEqual(suites('b.test', ['TLS_RSA_WITH_AES_128_GCM_SHA256']), []); // RSA key exchange: not in the ConfigMap's list
});

test('every SNI gets the suites ingress-nginx\'s per-host choice gives (cipherPlan), with and without a ConfigMap, with host-less rules of their own', () => {
  const cases: [string, Record<string, string> | undefined][] = [
    [ing('a', 'a.test', { 'ssl-ciphers': LIST }) + ing('b', 'b.test', {}), undefined],
    [ing('a', 'a.test', { 'ssl-ciphers': LIST }) + ing('b', 'b.test', {}) + ing('any', '', { 'ssl-ciphers': ONE }), { 'ssl-ciphers': CM_LIST }],
    [ing('a', 'a.test', {}) + ing('any', '', { 'ssl-ciphers': ONE }), undefined],
    [ing('a', 'a.test', { 'ssl-ciphers': CM_LIST }) + ing('b', 'b.test', {}), { 'ssl-ciphers': CM_LIST }],
    [ing('a', 'a.test', {}), {}],
  ];
  for (const [text, cm] of cases) {
    const { r, suites } = built(text, cm);
    const plan = cipherPlan(r.ir!, ['ciphers']);
    const want = (c: { ciphers?: string }): string[] => (c.ciphers === undefined ? ALL.filter((s) => !s.startsWith('TLS_AES_') && !s.startsWith('TLS_CHACHA20_')) : go(c.ciphers));
    for (const sni of ['a.test', 'b.test', 'c.test', 'other.test', undefined]) {
      const vh = r.ir!.vhosts.find((v) => v.kind === 'exact' && v.name === sni);
      assert.deepEqual(suites(sni, ALL), want((vh && plan.hosts.get(vh.name)) ?? plan.fallback), `${String(sni)} in ${JSON.stringify(cm)}: ${text.slice(0, 60)}`);
    }
  }
});

test('without a ConfigMap no default options are written (Traefik\'s own); a ConfigMap without ssl-ciphers applies ingress-nginx\'s default list', () => {
  const bare = built(ing('a', 'a.test', {}));
  assert.equal(bare.out.dynamic.tls?.options, undefined);
  assert.deepEqual(bare.suites('a.test', ['TLS_RSA_WITH_AES_128_GCM_SHA256']), ['TLS_RSA_WITH_AES_128_GCM_SHA256']);
  const cm = built(ing('a', 'a.test', {}), {});
  assert.deepEqual(cm.out.dynamic.tls?.options, { default: { minVersion: 'VersionTLS12', cipherSuites: go(DEFAULT_SSL_CIPHERS) } });
  assert.deepEqual(cm.suites('a.test', ['TLS_RSA_WITH_AES_128_GCM_SHA256']), []);
});

test('routers the host gets for a canary, CORS and a deny-list all name the host\'s options (one option per domain: no fall-back to the default)', () => {
  const canary = `---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: a-canary
  namespace: default
  annotations: {${JSON.stringify(A + 'canary')}: "true", ${JSON.stringify(A + 'canary-by-header')}: X-Canary}
spec:
  rules:
  - host: a.test
    http:
      paths:
      - {path: /a, pathType: Prefix, backend: {service: {name: canary, port: {number: 80}}}}
`;
  const outputs = [
    built(ing('a', 'a.test', { 'ssl-ciphers': LIST, 'denylist-source-range': '10.0.0.0/8' }, canary)),
    built(ing('a', 'a.test', { 'ssl-ciphers': LIST, 'enable-cors': 'true', 'cors-allow-origin': 'https://x.test', 'limit-rps': '5', 'limit-whitelist': '10.0.0.0/8' })),
  ];
  for (const { out, model, suites } of outputs) {
    const hosts = Object.values(out.dynamic.http!.routers!).filter((r) => r.tls !== undefined && r.rule.includes('Host("a.test")'));
    assert.ok(hosts.length >= 4, String(hosts.length));
    for (const r of hosts) assert.deepEqual(r.tls, { options: 'ingressc-ciphers-1' }, r.rule);
    assert.deepEqual(model.tlsOptions.log, []);
    assert.deepEqual(suites('a.test', ALL), go(LIST));
  }
});

test('a request whose Host has other options than its SNI is answered 421 (Traefik\'s domain-fronting check)', () => {
  const { model } = built(ing('a', 'a.test', { 'ssl-ciphers': LIST }) + ing('b', 'b.test', {}) + ing('c', 'c.test', {}));
  assert.equal(model.route({ https: true, host: 'a.test', sni: 'a.test', path: '/a' }).status, 200);
  assert.equal(model.route({ https: true, host: 'a.test', sni: 'b.test', path: '/a' }).status, 421);
  assert.equal(model.route({ https: true, host: 'b.test', sni: 'a.test', path: '/b' }).status, 421);
  assert.equal(model.route({ https: true, host: 'c.test', sni: 'b.test', path: '/c' }).status, 200); // both default
});

test('a wildcard host\'s list cannot be bound (HostRegexp): a located warning, its handshakes take the default options', () => {
  const { r, out, suites } = built(ing('w', '*.w.test', { 'ssl-ciphers': LIST }) + ing('a', 'a.test', {}), { 'ssl-ciphers': CM_LIST });
  const warn = r.diagnostics.filter((d) => d.code === 'IC4306');
  assert.equal(warn.length, 1);
  assert.equal(warn[0]!.severity, 'warning');
  assert.equal(warn[0]!.loc?.file, 'in.yaml');
  assert.match(warn[0]!.message, /\*\.w\.test/);
  assert.deepEqual(Object.keys(out.dynamic.tls?.options ?? {}), ['default']);
  assert.deepEqual(suites('x.w.test', ALL), go(CM_LIST));
});

test('no certificate: no HTTPS routers, no TLS options', () => {
  const r = compile([{ path: 'in.yaml', text: ing('a', 'a.test', { 'ssl-ciphers': LIST }).replace(/ {2}tls: .*\n/, '') }], { target: 'traefik', backends: ['default/web:80=127.0.0.1:9'] });
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  assert.equal(readOutput(r.files).dynamic.tls, undefined);
});
