// ingress-nginx v1.15.1's end-to-end tests of backend-protocol, gRPC, proxy-ssl-* and
// service-upstream (test/e2e/annotations/{backendprotocol,grpc,proxyssl,serviceupstream}.go) and
// ingress2gateway's backend TLS tests (provider_ingressnginx_test.go TestIngressNGINXBackendTLS),
// ported as requests to real backends behind a live proxy: an HTTPS echo (signed by a private CA,
// recording SNI and the client certificate) and a gRPC echo (@grpc/grpc-js, recording :authority
// and metadata). Assertions on nginx.conf text are translated into the behaviour that text gives.
import type { CertPair, BackendCa } from '../../harness/index.js';

export const A = 'nginx.ingress.kubernetes.io/';

/** Material every case may use, made once per run. */
export interface BackendCtx {
  /** CA of the backends' certificates (the proxy trusts it with proxy-ssl-secret ca.crt). */
  ca: BackendCa;
  /** Another CA: a backend certificate from it must fail verification. */
  otherCa: BackendCa;
  /** Backend certificate for backend.test (SAN backend.test). */
  backendCert: CertPair;
  /** Backend certificate naming "upstream_balancer" (ingress-nginx's verify name without proxy-ssl-name). */
  balancerCert: CertPair;
  /** Backend certificate for backend.test from otherCa. */
  strangerCert: CertPair;
  /** Client certificate (CN proxy-client) the proxy presents to backends. */
  clientCert: CertPair;
}

/** 'auth': the external auth service (test/harness/auth-server.ts); "{{auth}}" in an annotation value is its URL. */
export type BackendKind = 'http' | 'https' | 'https-tls13' | 'https-aes128' | 'https-mtls' | 'https-balancer' | 'https-stranger' | 'grpc' | 'grpcs' | 'grpcs-stranger' | 'auth';

export interface CaseIngress {
  name: string;
  host: string;
  annotations: Record<string, string>;
  /** Service name (its port is 80); default "echo". */
  service?: string;
  /** Serve the host with TLS (a kubernetes.io/tls Secret for it is added). */
  tls?: boolean;
  /** Service port number, from the ports of the started backends (default 80). */
  port?: (ports: Record<string, number>) => number;
  /** Service port name (in place of `port`). */
  portName?: string;
  /** The rule's one Prefix path (default "/"). */
  path?: string;
}

export type CaseRequest =
  | {
      kind: 'http';
      host: string;
      /** Default "/". */
      path?: string;
      https?: boolean;
      expect: { status: number; service?: string; sni?: string | false; clientCN?: string | null; host?: string };
    }
  | {
      kind: 'grpc';
      host: string;
      /** Client connects with TLS (to the HTTPS listener). */
      tls: boolean;
      delayMs?: number;
      /** Request metadata the client sends. */
      metadata?: Record<string, string>;
      /** `metadata`: request metadata the backend must see, with these values. */
      expect: { ok: true; service: string; authority: string; metadata?: Record<string, string> } | { ok: false };
    };

export interface BackendCase {
  source: string;
  it: string;
  translation: string;
  ingresses: CaseIngress[];
  /** Service name → the backend answering for it (started for the case). */
  services: Record<string, BackendKind>;
  /** The proxy-ssl Secret default/backend-ca: which keys it holds. */
  secret?: { ca?: boolean; client?: boolean };
  /** Extra manifests (Service, EndpointSlice), given the ports of the started backends. */
  extra?: (ports: Record<string, number>) => string;
  /** Route services through --backend (default true). */
  overrides?: boolean;
  requests: CaseRequest[];
  /** The compile must fail with this code on every target (a located error). */
  compileError?: string;
  /** The ingress-nginx controller ConfigMap's data (--controller-config). */
  configMap?: Record<string, string>;
  /** Gateway API refuses the case (IC4110) although its keys have rows: why. */
  gatewayRefused?: string;
  /**
   * Names a loopback DNS responder answers (A records; NXDOMAIN for any other name): the proxies
   * get --resolver pointed at it, the evaluators resolve the output's names through it.
   */
  dns?: { records: Record<string, string>; /** Names the proxy must have asked for by the end. */ asked: string[] };
  /** Gateway API leaves the outcome to the implementation: the route must name this Service, why. */
  gatewayUndecided?: { service: string; why: string };
}

const https = (host: string, service: string, extra: Partial<{ sni: string | false; clientCN: string | null }> = {}): CaseRequest => ({ kind: 'http', host, https: true, expect: { status: 200, service, ...extra } });

const serviceUpstreamManifests = (p: Record<string, number>): string =>
  ['echo', 'echo2']
    .map(
      (svc) => `apiVersion: v1
kind: Service
metadata: {name: ${svc}, namespace: default}
spec:
  clusterIP: 127.0.0.1
  ports: [{name: http, port: ${p['cluster-ip']}}]
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: ${svc}-1, namespace: default, labels: {kubernetes.io/service-name: ${svc}}}
addressType: IPv4
ports: [{name: http, port: ${p.endpoint}}]
endpoints:
- addresses: [127.0.0.1]
  conditions: {ready: true}
`,
    )
    .join('---\n');

const EXTERNAL_NAME_SOURCE = 'e2e-core/servicebackend__service_externalname.go';
const NIP = '127.0.0.1.nip.io';
const GATEWAY_EXTERNAL_NAME = {
  service: 'external-nip',
  why: 'the HTTPRoute names the ExternalName Service (with warning IC4511); Gateway API leaves ExternalName backends to the implementation (BackendObjectReference: implementations SHOULD NOT support them, CVE-2021-25740)',
};

/** Service external-nip of type ExternalName, with the echo backend's port under `portName` when given. */
const externalNameService = (externalName: string, portName?: string) => (p: Record<string, number>): string =>
  `apiVersion: v1
kind: Service
metadata: {name: external-nip, namespace: default}
spec:
  type: ExternalName
  externalName: ${JSON.stringify(externalName)}
${portName ? `  ports: [{name: ${portName}, port: ${p.echo}, targetPort: ${p.echo}, protocol: TCP}]\n` : ''}`;

function externalNameCases(): BackendCase[] {
  const base = { source: EXTERNAL_NAME_SOURCE, services: { echo: 'http' as const }, overrides: false, gatewayUndecided: GATEWAY_EXTERNAL_NAME };
  const ing = (name: string, annotations: Record<string, string> = {}, portName?: string): CaseIngress => ({
    name,
    host: 'echo',
    annotations,
    service: 'external-nip',
    ...(portName ? { portName } : { port: (p: Record<string, number>) => p.echo! }),
  });
  const vhost = { [`${A}upstream-vhost`]: NIP };
  const nip = { records: { [NIP]: '127.0.0.1' }, asked: [NIP] };
  return [
    {
      ...base,
      it: 'works with external name set to incomplete fqdn',
      translation: 'externalName "echo" (one label): ingress-nginx resolves it through its pod\'s search domains, ingressc writes echo.default.svc.cluster.local (IC3250); the responder knows only that full name, and the request reaches the echo backend',
      ingresses: [ing('incomplete-fqdn')],
      extra: externalNameService('echo'),
      dns: { records: { 'echo.default.svc.cluster.local': '127.0.0.1' }, asked: ['echo.default.svc.cluster.local'] },
      requests: [{ kind: 'http', host: 'echo', expect: { status: 200, service: 'echo', host: 'echo' } }],
    },
    {
      ...base,
      it: 'should return 200 for service type=ExternalName without a port defined',
      translation: `externalName ${NIP}, no ports, upstream-vhost ${NIP} (upstream's Ingress names the httpbun Service, so its ExternalName Service is not on the path; here the Ingress names the ExternalName Service, as the It says): 200 from the backend, which sees Host ${NIP}`,
      ingresses: [ing('no-port', vhost)],
      extra: externalNameService(NIP),
      dns: nip,
      requests: [{ kind: 'http', host: 'echo', expect: { status: 200, service: 'echo', host: NIP } }],
    },
    {
      ...base,
      it: 'should return 200 for service type=ExternalName with a port defined',
      translation: `the same Service with a port (BuildNIPExternalNameService: name "echo"), the Ingress naming its number: 200, Host ${NIP}`,
      ingresses: [ing('with-port', vhost)],
      extra: externalNameService(NIP, 'echo'),
      dns: nip,
      requests: [{ kind: 'http', host: 'echo', expect: { status: 200, service: 'echo', host: NIP } }],
    },
    {
      ...base,
      it: 'should return status 502 for service type=ExternalName with an invalid host',
      translation: 'externalName invalid.hostname, which the responder answers NXDOMAIN: a 5xx (StatusRange(Status5xx); nginx and Caddy 502, HAProxy and Envoy 503: a server without an address)',
      ingresses: [ing('invalid-host')],
      extra: externalNameService('invalid.hostname'),
      dns: { records: {}, asked: ['invalid.hostname'] },
      requests: [{ kind: 'http', host: 'echo', expect: { status: 502 } }],
    },
    {
      ...base,
      it: 'should return 200 for service type=ExternalName using a port name',
      translation: `the Ingress names the Service port "echo", which the ExternalName Service's ports map to the backend's port: 200, Host ${NIP}`,
      ingresses: [ing('port-name', vhost, 'echo')],
      extra: externalNameService(NIP, 'echo'),
      dns: nip,
      requests: [{ kind: 'http', host: 'echo', expect: { status: 200, service: 'echo', host: NIP } }],
    },
    {
      ...base,
      it: 'should return 200 for service type=ExternalName using FQDN with trailing dot',
      translation: `externalName "${NIP}." (the It's title; upstream's code leaves the dot out and names httpbun): the absolute name is resolved without the dot and the request is served, Host the client's`,
      ingresses: [ing('trailing-dot')],
      extra: externalNameService(`${NIP}.`),
      dns: nip,
      requests: [{ kind: 'http', host: 'echo', expect: { status: 200, service: 'echo', host: 'echo' } }],
    },
  ];
}

/**
 * proxyssl.go "proxy-ssl-location-only": its nginx.conf checks (the server block has the proxy_ssl_*
 * lines with "false", none with "true") as what they do to another Ingress's location on the host,
 * which inherits the server's lines: the It's Ingress (path /bar, HTTPS, verify on, server-name on,
 * the Secret with ca.crt, tls.crt, tls.key: a backend certificate naming upstream_balancer, from
 * the CA) is served either way (assertProxySSL); a second Ingress on the host, HTTPS to a backend
 * whose certificate comes from another CA, inherits verification with "false" (502) and gets none
 * with "true" (200).
 */
function proxySslLocationOnlyCases(): BackendCase[] {
  const annotations = { [`${A}proxy-ssl-secret`]: 'default/backend-ca', [`${A}backend-protocol`]: 'HTTPS', [`${A}proxy-ssl-verify`]: 'on', [`${A}proxy-ssl-server-name`]: 'on' };
  const one = (value: 'true' | 'false', inherits: boolean): BackendCase => ({
    source: 'e2e-annotations/proxyssl.go',
    it: `proxy-ssl-location-only flag should change the nginx config server part (ConfigMap proxy-ssl-location-only "${value}")`,
    translation: `with "${value}" the server block ${inherits ? 'holds' : 'lacks'} the It's proxy_ssl_* lines: /bar (its Ingress) reaches the verified backend; the other Ingress's location on the host ${inherits ? 'inherits proxy_ssl_verify on and the CA, so its backend from another CA is refused' : 'has no proxy_ssl_* line, so its backend from another CA is served unverified'}`,
    gatewayRefused: inherits ? '"upstream_balancer" is not a BackendTLSPolicy hostname' : 'HTTPS without proxy-ssl-verify: no unverified TLS in Gateway API',
    configMap: { 'proxy-ssl-location-only': value },
    ingresses: [
      { name: 'proxyssl', host: 'proxyssl.com', path: '/bar', annotations, service: 'balancer', tls: true },
      { name: 'other', host: 'proxyssl.com', annotations: { [`${A}backend-protocol`]: 'HTTPS' }, service: 'stranger' },
    ],
    services: { balancer: 'https-balancer', stranger: 'https-stranger' },
    secret: { ca: true, client: true },
    requests: [
      { kind: 'http', host: 'proxyssl.com', path: '/bar', https: true, expect: { status: 200, service: 'balancer', sni: 'upstream_balancer' } },
      inherits ? { kind: 'http', host: 'proxyssl.com', https: true, expect: { status: 502 } } : { kind: 'http', host: 'proxyssl.com', https: true, expect: { status: 200, service: 'stranger', sni: false } },
    ],
  });
  return [one('false', true), one('true', false)];
}

export const BACKEND_CASES: BackendCase[] = [
  {
    source: 'e2e-annotations/backendprotocol.go',
    it: 'should set backend protocol to https:// and use proxy_pass',
    translation: '"proxy_pass https://upstream_balancer;" → the proxy speaks TLS to the backend: an HTTPS-only backend answers; without the annotation the same backend does not (the proxy spoke plain HTTP)',
    gatewayRefused: 'HTTPS without proxy-ssl-verify: no unverified TLS in Gateway API',
    ingresses: [
      { name: 'bp-https', host: 'backendprotocol.foo.com', annotations: { [`${A}backend-protocol`]: 'HTTPS' }, service: 'secure' },
      { name: 'bp-plain', host: 'plain.foo.com', annotations: {}, service: 'secure' },
    ],
    services: { secure: 'https' },
    requests: [
      { kind: 'http', host: 'backendprotocol.foo.com', expect: { status: 200, service: 'secure', sni: false, host: 'backendprotocol.foo.com' } },
      { kind: 'http', host: 'plain.foo.com', expect: { status: 502 } },
    ],
  },
  {
    source: 'ingressc',
    it: 'a canary of a route with backend-protocol HTTPS is reached over TLS too (the main location\'s protocol)',
    translation: 'ingress-nginx routes the canary in the main location ("proxy_pass https://upstream_balancer;" with the canary\'s balancer): the canary Service, HTTPS-only, answers every request with canary-weight 100',
    gatewayRefused: 'HTTPS without proxy-ssl-verify: no unverified TLS in Gateway API',
    ingresses: [
      { name: 'bp-main', host: 'canary-tls.foo.com', annotations: { [`${A}backend-protocol`]: 'HTTPS' }, service: 'secure' },
      { name: 'bp-canary', host: 'canary-tls.foo.com', annotations: { [`${A}canary`]: 'true', [`${A}canary-weight`]: '100' }, service: 'secure2' },
    ],
    services: { secure: 'https', secure2: 'https' },
    requests: [
      { kind: 'http', host: 'canary-tls.foo.com', expect: { status: 200, service: 'secure2' } },
      { kind: 'http', host: 'canary-tls.foo.com', expect: { status: 200, service: 'secure2' } },
    ],
  },
  {
    source: 'e2e-annotations/backendprotocol.go',
    it: 'should set backend protocol to https:// and use proxy_pass with lowercase annotation',
    translation: '"https" is read case-insensitively: the same TLS connection to the backend',
    gatewayRefused: 'HTTPS without proxy-ssl-verify: no unverified TLS in Gateway API',
    ingresses: [{ name: 'bp-https-lower', host: 'backendprotocol.foo.com', annotations: { [`${A}backend-protocol`]: 'https' }, service: 'secure' }],
    services: { secure: 'https' },
    requests: [{ kind: 'http', host: 'backendprotocol.foo.com', expect: { status: 200, service: 'secure' } }],
  },
  {
    source: 'e2e-annotations/backendprotocol.go',
    it: 'should set backend protocol to $scheme:// and use proxy_pass',
    translation: '"proxy_pass $scheme://upstream_balancer;" → TLS to the backend exactly when the client used TLS: an HTTPS backend answers HTTPS clients and not plain ones, a plain backend the reverse',
    ingresses: [
      { name: 'auto-secure', host: 'auto-secure.foo.com', annotations: { [`${A}backend-protocol`]: 'AUTO_HTTP', [`${A}ssl-redirect`]: 'false' }, service: 'secure', tls: true },
      { name: 'auto-plain', host: 'auto-plain.foo.com', annotations: { [`${A}backend-protocol`]: 'AUTO_HTTP', [`${A}ssl-redirect`]: 'false' }, service: 'echo', tls: true },
    ],
    services: { secure: 'https', echo: 'http' },
    requests: [
      https('auto-secure.foo.com', 'secure'),
      { kind: 'http', host: 'auto-secure.foo.com', expect: { status: 502 } },
      { kind: 'http', host: 'auto-plain.foo.com', expect: { status: 200, service: 'echo' } },
      { kind: 'http', host: 'auto-plain.foo.com', https: true, expect: { status: 502 } },
    ],
  },
  {
    source: 'e2e-annotations/backendprotocol.go + grpc.go',
    it: 'should set backend protocol to grpc:// and use grpc_pass / should return OK for service with backend protocol GRPC',
    translation: '"grpc_pass grpc://upstream_balancer;" and the grpcbin HeadersUnary call over TLS: a real gRPC client reaches the h2c gRPC backend through the HTTPS listener; the backend sees content-type application/grpc and :authority = the Ingress host',
    ingresses: [{ name: 'grpc', host: 'grpc.foo.com', annotations: { [`${A}backend-protocol`]: 'GRPC' }, service: 'grpcbin', tls: true }],
    services: { grpcbin: 'grpc' },
    requests: [{ kind: 'grpc', host: 'grpc.foo.com', tls: true, expect: { ok: true, service: 'grpcbin', authority: 'grpc.foo.com' } }],
  },
  {
    source: 'e2e-annotations/grpc.go',
    it: 'should return OK when request not exceed timeout / should return Error when request exceed timeout',
    translation: 'grpc_*_timeout 10s from the proxy-*-timeout annotations, plaintext gRPC (h2c) on port 80 → here 1 s: a call answered at once succeeds, one answered after 3 s fails; the client connects to the HTTP listener with prior-knowledge HTTP/2 (and, the same Ingress with TLS, to the HTTPS listener)',
    gatewayRefused: 'proxy-read-timeout: a GRPCRoute has no timeouts',
    ingresses: [
      {
        name: 'grpcbin-delay',
        host: 'grpc',
        annotations: { [`${A}backend-protocol`]: 'GRPC', [`${A}proxy-connect-timeout`]: '1', [`${A}proxy-send-timeout`]: '1', [`${A}proxy-read-timeout`]: '1' },
        service: 'grpcbin',
      },
      {
        name: 'grpcbin-delay-tls',
        host: 'grpc-tls.foo.com',
        annotations: { [`${A}backend-protocol`]: 'GRPC', [`${A}proxy-connect-timeout`]: '1', [`${A}proxy-send-timeout`]: '1', [`${A}proxy-read-timeout`]: '1' },
        service: 'grpcbin',
        tls: true,
      },
    ],
    services: { grpcbin: 'grpc' },
    requests: [
      { kind: 'grpc', host: 'grpc', tls: false, expect: { ok: true, service: 'grpcbin', authority: 'grpc' } },
      { kind: 'grpc', host: 'grpc', tls: false, delayMs: 3000, expect: { ok: false } },
      { kind: 'grpc', host: 'grpc-tls.foo.com', tls: true, expect: { ok: true, service: 'grpcbin', authority: 'grpc-tls.foo.com' } },
      { kind: 'grpc', host: 'grpc-tls.foo.com', tls: true, delayMs: 3000, expect: { ok: false } },
    ],
  },
  {
    source: 'e2e-annotations/backendprotocol.go + grpc.go',
    it: 'should set backend protocol to grpcs:// and use grpc_pass / should return OK for service with backend protocol GRPCS',
    translation: '"grpc_pass grpcs://upstream_balancer;" → gRPC over TLS to the backend (the e2e test adds grpc_ssl_* by configuration-snippet, which ingressc refuses; without it nginx verifies nothing): the gRPC client over TLS reaches a TLS-only gRPC backend',
    gatewayRefused: 'GRPCS without proxy-ssl-verify: no unverified TLS in Gateway API',
    ingresses: [{ name: 'grpcs', host: 'grpcs.foo.com', annotations: { [`${A}backend-protocol`]: 'GRPCS' }, service: 'grpcbin', tls: true }],
    services: { grpcbin: 'grpcs' },
    requests: [{ kind: 'grpc', host: 'grpcs.foo.com', tls: true, expect: { ok: true, service: 'grpcbin', authority: 'grpcs.foo.com' } }],
  },
  {
    source: 'e2e-annotations/grpc.go',
    it: 'should return OK for service with backend protocol GRPCS (its configuration-snippet grpc_ssl_name/grpc_ssl_server_name as proxy-ssl-*)',
    translation: 'the e2e test sets "grpc_ssl_name <service DNS name>; grpc_ssl_server_name on;" by configuration-snippet (ingress-nginx ignores proxy-ssl-* for GRPCS: IC3117); ingressc applies proxy-ssl-* to GRPCS, so the same behaviour is written with proxy-ssl-secret, -verify, -name and -server-name: the TLS gRPC backend, verified against the CA for backend.test, answers; one whose certificate comes from another CA is refused',
    ingresses: [
      {
        name: 'grpcs-verified',
        host: 'grpcs-verified.foo.com',
        annotations: { [`${A}backend-protocol`]: 'GRPCS', [`${A}proxy-ssl-secret`]: 'default/backend-ca', [`${A}proxy-ssl-verify`]: 'on', [`${A}proxy-ssl-name`]: 'backend.test', [`${A}proxy-ssl-server-name`]: 'on' },
        service: 'grpcbin',
        tls: true,
      },
      {
        name: 'grpcs-stranger',
        host: 'grpcs-stranger.foo.com',
        annotations: { [`${A}backend-protocol`]: 'GRPCS', [`${A}proxy-ssl-secret`]: 'default/backend-ca', [`${A}proxy-ssl-verify`]: 'on', [`${A}proxy-ssl-name`]: 'backend.test', [`${A}proxy-ssl-server-name`]: 'on' },
        service: 'grpcstranger',
        tls: true,
      },
    ],
    services: { grpcbin: 'grpcs', grpcstranger: 'grpcs-stranger' },
    secret: { ca: true },
    requests: [
      { kind: 'grpc', host: 'grpcs-verified.foo.com', tls: true, expect: { ok: true, service: 'grpcbin', authority: 'grpcs-verified.foo.com' } },
      { kind: 'grpc', host: 'grpcs-stranger.foo.com', tls: true, expect: { ok: false } },
    ],
  },
  {
    source: 'e2e-annotations/backendprotocol.go',
    it: "should set backend protocol to '' and use fastcgi_pass",
    translation: 'FCGI (fastcgi_pass) is not supported by ingressc: a located compile error on every target',
    ingresses: [{ name: 'fcgi', host: 'backendprotocol.foo.com', annotations: { [`${A}backend-protocol`]: 'FCGI' } }],
    services: { echo: 'http' },
    requests: [],
    compileError: 'IC2220',
  },
  {
    source: 'e2e-annotations/proxyssl.go',
    it: 'should set valid proxy-ssl-secret',
    translation: 'proxy_ssl_* lines with the Secret (ca.crt, tls.crt, tls.key) on an HTTP backend (the echo service is plain HTTP): they do not change it; plain HTTP gets the TLS host\'s 308, HTTPS is served',
    ingresses: [{ name: 'proxyssl', host: 'proxyssl.foo.com', annotations: { [`${A}proxy-ssl-secret`]: 'default/backend-ca' }, tls: true }],
    services: { echo: 'http' },
    secret: { ca: true, client: true },
    requests: [
      { kind: 'http', host: 'proxyssl.foo.com', expect: { status: 308 } },
      https('proxyssl.foo.com', 'echo'),
    ],
  },
  {
    source: 'e2e-annotations/proxyssl.go',
    it: 'should set valid proxy-ssl-secret, proxy-ssl-verify to on, proxy-ssl-verify-depth to 2, and proxy-ssl-server-name to on',
    translation: 'the same on an HTTP backend: verification settings do not touch a plain connection (308 plain, 200 HTTPS)',
    ingresses: [
      {
        name: 'proxyssl-verify',
        host: 'proxyssl.foo.com',
        annotations: { [`${A}proxy-ssl-secret`]: 'default/backend-ca', [`${A}proxy-ssl-verify`]: 'on', [`${A}proxy-ssl-verify-depth`]: '2', [`${A}proxy-ssl-server-name`]: 'on' },
        tls: true,
      },
    ],
    services: { echo: 'http' },
    secret: { ca: true, client: true },
    requests: [
      { kind: 'http', host: 'proxyssl.foo.com', expect: { status: 308 } },
      https('proxyssl.foo.com', 'echo'),
    ],
  },
  {
    source: 'e2e-annotations/proxyssl.go',
    it: 'should set valid proxy-ssl-secret, proxy-ssl-ciphers to HIGH:!AES',
    translation: 'proxy_ssl_ciphers HIGH:!AES on an HTTP backend: 308 plain, 200 HTTPS',
    ingresses: [{ name: 'proxyssl-ciphers', host: 'proxyssl.foo.com', annotations: { [`${A}proxy-ssl-secret`]: 'default/backend-ca', [`${A}proxy-ssl-ciphers`]: 'HIGH:!AES' }, tls: true }],
    services: { echo: 'http' },
    secret: { ca: true, client: true },
    requests: [
      { kind: 'http', host: 'proxyssl.foo.com', expect: { status: 308 } },
      https('proxyssl.foo.com', 'echo'),
    ],
  },
  {
    source: 'e2e-annotations/proxyssl.go',
    it: 'should set valid proxy-ssl-secret, proxy-ssl-protocols',
    translation: 'proxy_ssl_protocols "TLSv1.2 TLSv1.3" on an HTTP backend: 308 plain, 200 HTTPS',
    ingresses: [{ name: 'proxyssl-protocols', host: 'proxyssl.foo.com', annotations: { [`${A}proxy-ssl-secret`]: 'default/backend-ca', [`${A}proxy-ssl-protocols`]: 'TLSv1.2 TLSv1.3' }, tls: true }],
    services: { echo: 'http' },
    secret: { ca: true, client: true },
    requests: [
      { kind: 'http', host: 'proxyssl.foo.com', expect: { status: 308 } },
      https('proxyssl.foo.com', 'echo'),
    ],
  },
  {
    source: 'e2e-annotations/proxyssl.go (assertProxySSL, on an HTTPS backend)',
    it: 'should set valid proxy-ssl-secret, proxy-ssl-verify to on, proxy-ssl-verify-depth to 2, and proxy-ssl-server-name to on',
    translation: 'what proxy_ssl_trusted_certificate/verify/name/server_name/certificate do with backend-protocol HTTPS: a backend certificate from the CA in ca.crt naming proxy-ssl-name is accepted and gets that name as SNI and the client certificate from tls.crt; one from another CA is refused (502)',
    gatewayRefused: 'a client certificate (tls.crt) cannot be presented by a BackendTLSPolicy',
    ingresses: [
      {
        name: 'verified',
        host: 'verified.foo.com',
        annotations: {
          [`${A}backend-protocol`]: 'HTTPS',
          [`${A}proxy-ssl-secret`]: 'default/backend-ca',
          [`${A}proxy-ssl-verify`]: 'on',
          [`${A}proxy-ssl-verify-depth`]: '2',
          [`${A}proxy-ssl-server-name`]: 'on',
          [`${A}proxy-ssl-name`]: 'backend.test',
        },
        service: 'secure',
      },
      {
        name: 'stranger',
        host: 'stranger.foo.com',
        annotations: { [`${A}backend-protocol`]: 'HTTPS', [`${A}proxy-ssl-secret`]: 'default/backend-ca', [`${A}proxy-ssl-verify`]: 'on', [`${A}proxy-ssl-name`]: 'backend.test' },
        service: 'stranger',
      },
    ],
    services: { secure: 'https-mtls', stranger: 'https-stranger' },
    secret: { ca: true, client: true },
    requests: [
      { kind: 'http', host: 'verified.foo.com', expect: { status: 200, service: 'secure', sni: 'backend.test', clientCN: 'proxy-client' } },
      { kind: 'http', host: 'stranger.foo.com', expect: { status: 502 } },
    ],
  },
  {
    source: 'e2e-annotations/proxyssl.go (assertProxySSL defaults, on an HTTPS backend)',
    it: 'should set valid proxy-ssl-secret',
    translation: 'the defaults assertProxySSL checks (verify off, protocols TLSv1.2, no SNI): a backend certificate from another CA is accepted unverified, no SNI is sent; a TLS 1.3-only backend is refused (protocols TLSv1.2) unless proxy-ssl-protocols allows TLSv1.3',
    gatewayRefused: 'HTTPS without proxy-ssl-verify',
    ingresses: [
      { name: 'defaults', host: 'defaults.foo.com', annotations: { [`${A}backend-protocol`]: 'HTTPS', [`${A}proxy-ssl-secret`]: 'default/backend-ca' }, service: 'stranger' },
      { name: 'tls12', host: 'tls12.foo.com', annotations: { [`${A}backend-protocol`]: 'HTTPS', [`${A}proxy-ssl-secret`]: 'default/backend-ca' }, service: 'modern' },
      { name: 'tls13', host: 'tls13.foo.com', annotations: { [`${A}backend-protocol`]: 'HTTPS', [`${A}proxy-ssl-secret`]: 'default/backend-ca', [`${A}proxy-ssl-protocols`]: 'TLSv1.3' }, service: 'modern' },
    ],
    services: { stranger: 'https-stranger', modern: 'https-tls13' },
    secret: { ca: true },
    requests: [
      { kind: 'http', host: 'defaults.foo.com', expect: { status: 200, service: 'stranger', sni: false } },
      { kind: 'http', host: 'tls12.foo.com', expect: { status: 502 } },
      { kind: 'http', host: 'tls13.foo.com', expect: { status: 200, service: 'modern' } },
    ],
  },
  {
    source: 'annotations.md "Backend Certificate Authentication" (proxy-ssl-ciphers) + nginx proxy_ssl_ciphers',
    it: 'proxy-ssl-ciphers limits the TLS 1.2 suites offered to the backend',
    translation: 'a TLS 1.2 backend that accepts only ECDHE-ECDSA-AES128-GCM-SHA256: reached when the list names that suite (200), not when it names only others (502), whatever else the proxy would offer by default',
    ingresses: [
      { name: 'listed', host: 'listed.foo.com', annotations: { [`${A}backend-protocol`]: 'HTTPS', [`${A}proxy-ssl-secret`]: 'default/backend-ca', [`${A}proxy-ssl-ciphers`]: 'ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256' }, service: 'aes128' },
      { name: 'unlisted', host: 'unlisted.foo.com', annotations: { [`${A}backend-protocol`]: 'HTTPS', [`${A}proxy-ssl-secret`]: 'default/backend-ca', [`${A}proxy-ssl-ciphers`]: 'ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305' }, service: 'aes128' },
    ],
    services: { aes128: 'https-aes128' },
    secret: { ca: true },
    requests: [
      { kind: 'http', host: 'listed.foo.com', expect: { status: 200, service: 'aes128' } },
      { kind: 'http', host: 'unlisted.foo.com', expect: { status: 502 } },
    ],
  },
  {
    source: 'annotations.md "Backend Certificate Authentication" + nginx proxy_ssl_name default ($proxy_host)',
    it: 'proxy-ssl-verify on without proxy-ssl-name checks the name upstream_balancer',
    translation: 'ingress-nginx proxies to "upstream_balancer", nginx\'s default proxy_ssl_name: a backend certificate naming it is accepted, one naming backend.test is refused (502)',
    gatewayRefused: '"upstream_balancer" is not a BackendTLSPolicy hostname',
    ingresses: [
      { name: 'balancer', host: 'balancer.foo.com', annotations: { [`${A}backend-protocol`]: 'HTTPS', [`${A}proxy-ssl-secret`]: 'default/backend-ca', [`${A}proxy-ssl-verify`]: 'on' }, service: 'balancer' },
      { name: 'named', host: 'named.foo.com', annotations: { [`${A}backend-protocol`]: 'HTTPS', [`${A}proxy-ssl-secret`]: 'default/backend-ca', [`${A}proxy-ssl-verify`]: 'on' }, service: 'secure' },
    ],
    services: { balancer: 'https-balancer', secure: 'https' },
    secret: { ca: true },
    requests: [
      { kind: 'http', host: 'balancer.foo.com', expect: { status: 200, service: 'balancer' } },
      { kind: 'http', host: 'named.foo.com', expect: { status: 502 } },
    ],
  },
  {
    source: 'ingress2gateway provider_ingressnginx_test.go TestIngressNGINXBackendTLS',
    it: 'valid backend tls produces BackendTLSPolicy / unsupported annotations emit warnings but policy still generated / valid backend tls with body verification',
    translation: 'HTTPS + proxy-ssl-verify on + proxy-ssl-secret (CA only) + proxy-ssl-server-name on + proxy-ssl-name <service DNS name>, with and without verify-depth 3 and protocols "TLSv1.2 TLSv1.3": the request reaches the HTTPS backend (200); body verification (the first Ingress again, GET /hostname with a non-empty body) is the backend answering, which the first request asserts (the Ingress path "/" takes every path alike)',
    ingresses: [
      {
        name: 'backend-tls-valid',
        host: 'backend-tls-valid.example.com',
        annotations: { [`${A}backend-protocol`]: 'HTTPS', [`${A}proxy-ssl-verify`]: 'on', [`${A}proxy-ssl-secret`]: 'default/backend-ca', [`${A}proxy-ssl-server-name`]: 'on', [`${A}proxy-ssl-name`]: 'backend.test' },
        service: 'secure',
      },
      {
        name: 'backend-tls-warn',
        host: 'backend-tls-warn.example.com',
        annotations: {
          [`${A}backend-protocol`]: 'HTTPS',
          [`${A}proxy-ssl-verify`]: 'on',
          [`${A}proxy-ssl-secret`]: 'default/backend-ca',
          [`${A}proxy-ssl-server-name`]: 'on',
          [`${A}proxy-ssl-name`]: 'backend.test',
          [`${A}proxy-ssl-verify-depth`]: '3',
          [`${A}proxy-ssl-protocols`]: 'TLSv1.2 TLSv1.3',
        },
        service: 'secure',
      },
    ],
    services: { secure: 'https' },
    secret: { ca: true },
    requests: [
      { kind: 'http', host: 'backend-tls-valid.example.com', expect: { status: 200, service: 'secure', sni: 'backend.test' } },
      { kind: 'http', host: 'backend-tls-warn.example.com', expect: { status: 200, service: 'secure', sni: 'backend.test' } },
    ],
  },
  {
    source: 'e2e-annotations/serviceupstream.go',
    it: 'should use the Service Cluster IP and Port / should not use the Service Cluster IP and Port',
    translation: '"/dbg backends" lists the Service ClusterIP as the only endpoint → the Service (clusterIP 127.0.0.1, port = a backend "cluster-ip") and its EndpointSlice (another backend "endpoint") answer differently: with service-upstream "true" the ClusterIP answers, with "false" the endpoint (the ConfigMap contexts are not modelled)',
    ingresses: [
      { name: 'su-on', host: 'serviceupstream', annotations: { [`${A}service-upstream`]: 'true' }, service: 'echo', port: (p) => p['cluster-ip']! },
      { name: 'su-off', host: 'serviceupstream-off', annotations: { [`${A}service-upstream`]: 'false' }, service: 'echo2', port: (p) => p['cluster-ip']! },
    ],
    services: { 'cluster-ip': 'http', endpoint: 'http' },
    overrides: false,
    extra: (p) =>
      ['echo', 'echo2']
        .map(
          (svc) => `apiVersion: v1
kind: Service
metadata: {name: ${svc}, namespace: default}
spec:
  clusterIP: 127.0.0.1
  ports: [{name: http, port: ${p['cluster-ip']}}]
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: ${svc}-1, namespace: default, labels: {kubernetes.io/service-name: ${svc}}}
addressType: IPv4
ports: [{name: http, port: ${p.endpoint}}]
endpoints:
- addresses: [127.0.0.1]
  conditions: {ready: true}
`,
        )
        .join('---\n'),
    requests: [
      { kind: 'http', host: 'serviceupstream', expect: { status: 200, service: 'cluster-ip' } },
      { kind: 'http', host: 'serviceupstream-off', expect: { status: 200, service: 'endpoint' } },
    ],
  },
  {
    source: 'e2e-annotations/serviceupstream.go',
    it: 'when enabling in the configmap: should use the Service Cluster IP and Port / when enabling in the configmap and disabling in the annotations: should not use the Service Cluster IP and Port',
    translation: 'ConfigMap service-upstream: "true" (--controller-config): an Ingress without the annotation proxies to the ClusterIP, one with service-upstream: "false" to its endpoints',
    configMap: { 'service-upstream': 'true' },
    ingresses: [
      { name: 'su-default', host: 'serviceupstream', annotations: {}, service: 'echo', port: (p) => p['cluster-ip']! },
      { name: 'su-off', host: 'serviceupstream-off', annotations: { [`${A}service-upstream`]: 'false' }, service: 'echo2', port: (p) => p['cluster-ip']! },
    ],
    services: { 'cluster-ip': 'http', endpoint: 'http' },
    overrides: false,
    extra: serviceUpstreamManifests,
    requests: [
      { kind: 'http', host: 'serviceupstream', expect: { status: 200, service: 'cluster-ip' } },
      { kind: 'http', host: 'serviceupstream-off', expect: { status: 200, service: 'endpoint' } },
    ],
  },

  // e2e-core/servicebackend/service_externalname.go: ExternalName Services behind the live proxies,
  // resolved through a loopback DNS responder (test/harness/dns.ts) that plays cluster DNS and
  // nip.io ("127.0.0.1.nip.io" is 127.0.0.1), NXDOMAIN for any other name. The e2e Services are on
  // port 80; here the Ingress names the echo backend's port (an ExternalName Service has no
  // endpoints to translate a port). "WaitForNginxServer(... proxy_pass http://upstream_balancer)"
  // is the request succeeding.
  ...externalNameCases(),
  ...proxySslLocationOnlyCases(),
  {
    source: 'e2e-annotations/grpc.go',
    it: 'authorization metadata should be overwritten by external auth response headers',
    translation:
      'an ExternalName Service (grpcbin.default.svc.cluster.local through the DNS responder; its port, named "echo", the Ingress names by number, as upstream\'s 9000) with backend-protocol GRPC and TLS; auth-url answers 200 with "authorization: foo" (httpbun\'s /response-headers) and auth-response-headers Authorization: the client sends metadata authorization "bar" over TLS and the gRPC backend sees "foo"',
    ingresses: [
      {
        name: 'grpc-auth',
        host: 'echo',
        annotations: { [`${A}auth-url`]: '{{auth}}/response-headers?authorization=foo', [`${A}auth-response-headers`]: 'Authorization', [`${A}backend-protocol`]: 'GRPC' },
        service: 'grpcbin-test',
        port: (p) => p.grpcbin!,
        tls: true,
      },
    ],
    services: { grpcbin: 'grpc', auth: 'auth' },
    overrides: false,
    extra: (p) => `apiVersion: v1
kind: Service
metadata: {name: grpcbin-test, namespace: default}
spec:
  type: ExternalName
  externalName: grpcbin.default.svc.cluster.local
  ports: [{name: echo, port: ${p.grpcbin}, targetPort: ${p.grpcbin}, protocol: TCP}]
`,
    dns: { records: { 'grpcbin.default.svc.cluster.local': '127.0.0.1' }, asked: ['grpcbin.default.svc.cluster.local'] },
    gatewayUndecided: GATEWAY_EXTERNAL_NAME,
    requests: [{ kind: 'grpc', host: 'echo', tls: true, metadata: { authorization: 'bar' }, expect: { ok: true, service: 'grpcbin', authority: 'echo', metadata: { authorization: 'foo' } } }],
  },
];
