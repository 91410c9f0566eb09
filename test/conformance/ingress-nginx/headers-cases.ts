/**
 * ingress-nginx v1.15.1's end-to-end assertions on the headers a backend and a client receive
 * (test/e2e/annotations/customheaders.go, ipdenylist.go with use-forwarded-headers), ported to
 * requests against a live proxy with an echo backend (headers-run.ts), and through the Traefik and
 * Gateway API evaluators for what those model (response headers). Each case names its source file
 * and It(...). Assertions on nginx.conf text are translated into the behaviour that text produces.
 */
import type { TargetName } from '../../../src/index.js';

export interface HeaderRequest {
  path?: string;
  from?: string;
  headers?: Record<string, string>;
  expect: number;
  /** Response headers; null: must be absent. */
  responseHeaders?: Record<string, string | null>;
  /** Request headers the echo received (lowercase names). */
  backendHeaders?: Record<string, string>;
}

export interface HeaderCase {
  source: string;
  it: string;
  host: string;
  annotations: Record<string, string>;
  /** The controller ConfigMap's data (ingress-nginx/ingress-nginx-controller); absent: none given. */
  controller?: Record<string, string>;
  /** Other ConfigMaps of the inputs, "namespace/name" → data. */
  configMaps?: Record<string, Record<string, string>>;
  /** The compile must fail with this code, located (ingress-nginx answers 503 or the key is not honoured). */
  refusedWith?: string;
  /** Targets that must refuse with this code instead (their support row or KEY_SUPPORT lists no support). */
  refusedOn?: Partial<Record<TargetName, string>>;
  requests: HeaderRequest[];
}

const SRC_CUSTOM = 'test/e2e/annotations/customheaders.go';
const SRC_DENY = 'test/e2e/annotations/ipdenylist.go';
const HOST = 'custom-headers';
// Traefik and the Gateway API cannot trust a client-address header (KEY_WHY_NOT); the four proxies can.
const NO_REALIP: Partial<Record<TargetName, string>> = { traefik: 'IC3151', 'gateway-api': 'IC3151' };

export const HEADER_CASES: readonly HeaderCase[] = [
  {
    source: SRC_CUSTOM,
    it: 'should return status code 200 when no custom-headers is configured',
    host: HOST,
    annotations: {},
    // Body().Contains("host=custom-headers"): the echo saw the Host as sent.
    requests: [{ expect: 200, backendHeaders: { host: HOST } }],
  },
  {
    source: SRC_CUSTOM,
    it: 'should return status code 503 when custom-headers is configured with an invalid secret',
    host: HOST,
    annotations: { 'custom-headers': 'default/custom-headers' },
    // No ConfigMap default/custom-headers: ingress-nginx denies the location (503); ingressc refuses to compile, at the annotation.
    refusedWith: 'IC3220',
    requests: [],
  },
  {
    source: SRC_CUSTOM,
    it: `should set "more_set_headers 'My-Custom-Header' '42';" when custom-headers are set`,
    host: HOST,
    annotations: { 'custom-headers': 'default/custom-headers' },
    configMaps: { 'default/custom-headers': { 'My-Custom-Header': '42', 'My-Custom-Header-Dollar': '$remote_addr' } },
    controller: { 'global-allowed-response-headers': 'My-Custom-Header,My-Custom-Header-Dollar' },
    requests: [
      // The nginx.conf text `more_set_headers "My-Custom-Header: 42";` as what it does: the response carries it, replacing the backend's.
      { expect: 200, responseHeaders: { 'My-Custom-Header': '42', 'My-Custom-Header-Dollar': '$remote_addr' } },
      { path: '/?header=My-Custom-Header:backend', expect: 200, responseHeaders: { 'My-Custom-Header': '42' } },
    ],
  },
  {
    source: SRC_CUSTOM,
    it: 'should set "more_set_headers ..." when custom-headers are set (adapted: a header not in global-allowed-response-headers denies the location)',
    host: HOST,
    annotations: { 'custom-headers': 'default/custom-headers' },
    configMaps: { 'default/custom-headers': { 'My-Custom-Header': '42' } },
    refusedWith: 'IC3222',
    requests: [],
  },
  {
    source: SRC_DENY,
    it: 'only deny explicitly denied IPs, allow all others',
    host: 'ipdenylist.foo.com',
    annotations: { 'denylist-source-range': '18.0.0.0/8, 56.0.0.1' },
    controller: { 'use-forwarded-headers': 'true' },
    refusedOn: NO_REALIP,
    requests: [
      { from: '127.0.0.3', headers: { 'X-Forwarded-For': '18.0.0.1' }, expect: 403 },
      { from: '127.0.0.3', headers: { 'X-Forwarded-For': '56.0.0.1' }, expect: 403 },
      { from: '127.0.0.3', headers: { 'X-Forwarded-For': '56.0.0.2' }, expect: 200, backendHeaders: { 'x-real-ip': '56.0.0.2', 'x-forwarded-for': '56.0.0.2' } },
    ],
  },
  {
    source: SRC_DENY,
    it: 'only allow explicitly allowed IPs, deny all others',
    host: 'ipdenylist.foo.com',
    annotations: { 'denylist-source-range': '18.1.0.0/16, 56.0.0.0/8', 'whitelist-source-range': '18.0.0.0/8, 55.0.0.0/8' },
    controller: { 'use-forwarded-headers': 'true' },
    refusedOn: NO_REALIP,
    requests: [
      { from: '127.0.0.3', headers: { 'X-Forwarded-For': '18.1.0.1' }, expect: 403 },
      { from: '127.0.0.3', headers: { 'X-Forwarded-For': '10.10.10.10' }, expect: 403 },
      { from: '127.0.0.3', headers: { 'X-Forwarded-For': '18.4.0.1' }, expect: 200 },
      { from: '127.0.0.3', headers: { 'X-Forwarded-For': '55.55.55.55' }, expect: 200 },
    ],
  },
  {
    source: 'rootfs/etc/nginx/template/nginx.tmpl (the location proxy_set_header block; use-forwarded-headers false)',
    it: 'a client cannot make the backend believe another address, scheme or host (X-Forwarded-For $remote_addr)',
    host: 'fwd.foo.com',
    annotations: {},
    requests: [
      {
        from: '127.0.0.3',
        headers: { 'X-Forwarded-For': '203.0.113.9', 'X-Real-IP': '203.0.113.10', 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'evil.test', 'X-Scheme': 'https', Proxy: 'http://evil.test' },
        expect: 200,
        backendHeaders: { 'x-forwarded-for': '127.0.0.3', 'x-real-ip': '127.0.0.3', 'x-forwarded-proto': 'http', 'x-forwarded-host': 'fwd.foo.com', 'x-scheme': 'http', 'x-original-forwarded-for': '203.0.113.9' },
      },
    ],
  },
];
