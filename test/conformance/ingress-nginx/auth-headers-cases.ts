/**
 * auth-proxy-set-headers: the ConfigMap's headers go to the auth service only (ingress-nginx writes
 * them as proxy_set_header lines in its auth location). httpbun is played by
 * test/harness/auth-server.ts: /header/<name>/<value> admits only a request carrying that header
 * with that value, /token/<value> one with X-Token: <value>. Traefik's forwardAuth cannot add
 * headers to the auth request only: it fails closed (IC2101).
 */
import type { PortedCase } from './cases.js';

const A = 'nginx.ingress.kubernetes.io/';

const configMap = (name: string, data: Record<string, string>): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}, namespace: default}\ndata: ${JSON.stringify(data)}\n`;

const withHeaders = (url: string, configmap = 'default/auth-headers'): Record<string, string> => ({ [`${A}auth-url`]: url, [`${A}auth-proxy-set-headers`]: configmap });

export const AUTH_HEADER_CASES: PortedCase[] = [
  {
    source: 'e2e-annotations/auth.go',
    it: 'should set "proxy_set_header "My-Custom-Header" "42";" when auth-headers are set',
    translation:
      'the proxy_set_header line in the auth location → the auth service receives My-Custom-Header: 42 (it admits only then) and the backend does not; a client\'s own My-Custom-Header is replaced on the auth request and reaches the backend unchanged',
    host: 'auth-headers',
    ingresses: [{ name: 'auth', annotations: withHeaders('{{auth}}/header/My-Custom-Header/42') }],
    objects: [configMap('auth-headers', { 'My-Custom-Header': '42' })],
    refusedOn: ['traefik'],
    requests: [
      { from: '127.0.0.1', expect: 200, backendHeaders: { 'my-custom-header': null } },
      { from: '127.0.0.1', headers: { 'My-Custom-Header': '41' }, expect: 200, backendHeaders: { 'my-custom-header': '41' } },
    ],
  },
  {
    source: 'ingressc',
    it: 'auth-proxy-set-headers: $scheme, $host, $remote_addr and $http_<name> are expanded as nginx does',
    translation: 'X-All "$scheme.$host.${remote_addr}.${http_x_in}-" → "http.vars.auth.127.0.0.1.v-" when the client sends X-In: v',
    host: 'vars.auth',
    ingresses: [{ name: 'vars', annotations: withHeaders('{{auth}}/header/X-All/http.vars.auth.127.0.0.1.v-') }],
    objects: [configMap('auth-headers', { 'X-All': '$scheme.$host.${remote_addr}.${http_x_in}-' })],
    refusedOn: ['traefik'],
    requests: [
      { from: '127.0.0.1', headers: { 'X-In': 'v' }, expect: 200, backendHeaders: { 'x-all': null, 'x-in': 'v' } },
      { from: '127.0.0.1', headers: { 'X-In': 'w' }, expect: 401 },
      { from: '127.0.0.1', expect: 401 },
    ],
  },
  {
    source: 'ingressc',
    it: 'auth-proxy-set-headers: $request_uri is the path and query as sent',
    translation: 'X-Uri "u$request_uri" → "u/p" for GET /p',
    host: 'uri.auth',
    ingresses: [{ name: 'uri', annotations: withHeaders('{{auth}}/header/X-Uri/u/p') }],
    objects: [configMap('auth-headers', { 'X-Uri': 'u$request_uri' })],
    refusedOn: ['traefik'],
    requests: [
      { from: '127.0.0.1', path: '/p', expect: 200 },
      { from: '127.0.0.1', path: '/q', expect: 401 },
    ],
  },
  {
    source: 'ingressc',
    it: "auth-proxy-set-headers: a set header replaces the client's on the auth request, also when its value comes out empty",
    translation: 'X-Token "$http_x_key": the client\'s X-Key decides; its own X-Token never reaches the auth service',
    host: 'replace.auth',
    ingresses: [{ name: 'replace', annotations: withHeaders('{{auth}}/token/s3cret') }],
    objects: [configMap('auth-headers', { 'X-Token': '$http_x_key' })],
    refusedOn: ['traefik'],
    requests: [
      { from: '127.0.0.1', headers: { 'X-Key': 's3cret' }, expect: 200 },
      { from: '127.0.0.1', headers: { 'X-Token': 's3cret' }, expect: 401 },
      { from: '127.0.0.1', headers: { 'X-Token': 's3cret', 'X-Key': 'wrong' }, expect: 401 },
    ],
  },
  {
    source: 'ingressc',
    it: 'auth-proxy-set-headers naming a ConfigMap that is not in the inputs',
    translation: 'ingress-nginx denies the location (503); ingressc refuses to compile, located at the annotation (IC3220)',
    host: 'missing.auth',
    ingresses: [{ name: 'missing', annotations: withHeaders('{{auth}}/status/200', 'default/nowhere') }],
    deniedWith: 'IC3220',
    requests: [],
  },
  {
    source: 'ingressc',
    it: 'auth-proxy-set-headers with a variable no target can reproduce',
    translation: 'nginx would expand $cookie_session; ingressc refuses the entry, located at the ConfigMap key (IC3221)',
    host: 'badvar.auth',
    ingresses: [{ name: 'badvar', annotations: withHeaders('{{auth}}/status/200') }],
    objects: [configMap('auth-headers', { 'X-Session': '$cookie_session' })],
    deniedWith: 'IC3221',
    requests: [],
  },
];
