/**
 * enable-access-log "false" on nginx: every answer of the route's location is unlogged, its
 * redirects too (ingress-nginx answers them inside the location). Live: test/e2e/access-log.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';

const ing = (name: string, host: string, path: string, annotations: Record<string, string> = {}): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: default
  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [`nginx.ingress.kubernetes.io/${k}`, v])))}
spec:
  tls: [{hosts: [${host}], secretName: tls}]
  rules:
  - host: ${host}
    http:
      paths:
      - {path: ${path}, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}
`;
const CONFIGMAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: ingress-nginx}\ndata: {use-forwarded-headers: "true"}\n';
const QUIET = { 'enable-access-log': 'false' };

function conf(forwarded: boolean, extra: Record<string, string> = {}): string {
  const text = [ing('q', 'a.test', '/quiet', { ...QUIET, ...extra }), ing('l', 'a.test', '/loud'), ing('other', 'b.test', '/'), tlsSecretYaml('tls', { hosts: ['a.test', 'b.test'] })].join('---\n');
  const r = compile([{ path: 'a.yaml', text }, ...(forwarded ? [{ path: 'cm.yaml', text: CONFIGMAP }] : [])], { target: 'nginx', ...(forwarded ? { controllerConfig: 'ingress-nginx/c' } : {}) });
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  return r.files.find((f) => f.path === 'nginx.conf')!.content;
}
/** The server blocks naming `host`, in file order. */
const servers = (c: string, host: string): string[] => c.split(/\n(?= {4}server \{)/).filter((s) => s.includes(`server_name "${host}";`));

test('the HTTPS redirect server of a host with a quiet route redirects per location, the quiet ones unlogged', () => {
  const [redirect] = servers(conf(false), 'a.test');
  assert.match(redirect!, /location = "\/quiet" \{\n {12}access_log off;\n {12}return 308 https:\/\/\$host\$ingressc_uri_nts;/);
  assert.match(redirect!, /location \^~ "\/quiet\/" \{\n {12}access_log off;\n {12}return 308 /);
  assert.match(redirect!, /location \^~ "\/loud\/" \{\n {12}return 308 /);
  assert.match(redirect!, /location \/ \{\n {12}return 308 /);
  assert.doesNotMatch(redirect!, /\n {8}return 308/, 'no server-level redirect');
  // A host without a quiet route keeps its one server-level redirect.
  const [other] = servers(conf(false), 'b.test');
  assert.match(other!, /\n {8}return 308 https:\/\/\$host\$ingressc_uri_nts;/);
  assert.doesNotMatch(other!, /location/);
});

test('with use-forwarded-headers, a host with a quiet route decides the redirect in each location', () => {
  const [server] = servers(conf(true), 'a.test');
  const check = 'if ($ingressc_forwarded_proto = http) { return 308 https://$host$ingressc_uri_nts; }';
  const locations = server!.split('\n').filter((l) => /^ {8}location [^@]/.test(l)).length;
  assert.equal(server!.split(check).length - 1, locations, server);
  assert.doesNotMatch(server!, /\n {8}if \(\$ingressc_forwarded_proto/, 'no server-level redirect');
  assert.match(server!, /location \^~ "\/quiet\/" \{\n {12}if [^\n]*\n {12}access_log off;/);
  const [other] = servers(conf(true), 'b.test');
  assert.match(other!, new RegExp(`\\n {8}${check.replace(/[$()?{}]/g, '\\$&')}`));
});

test('a quiet route that answers with a permanent redirect writes access_log off beside it', () => {
  const c = conf(false, { 'permanent-redirect': 'https://x.test/' });
  const [server] = servers(c, 'a.test');
  assert.match(server!, /location \^~ "\/quiet\/" \{\n {12}access_log off;\n {12}return 301 /);
});
