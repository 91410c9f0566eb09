/**
 * ingress-nginx v1.15.1's e2e-annotations/authtls.go, ported to HTTPS requests with and without a
 * client certificate (clientcert-run.ts). The originals create a CA Secret and a client certificate
 * per host (framework.CreateIngressMASecret, client CN = the host); here a test CA signs the client
 * certificates, and a second CA stands for "a certificate from elsewhere". Assertions on nginx.conf
 * text (ssl_client_certificate, ssl_verify_client, ssl_verify_depth) are translated into what they
 * do to requests.
 */
export interface CertRequest {
  /** The client certificate: signed by the Secret's CA, by an unrelated CA, by an intermediate (or one below it) of the Secret's CA sent with it, or none. */
  cert?: 'ca' | 'other-ca' | 'sub-ca' | 'sub-sub-ca';
  /** Subject CN of the client certificate (default: the case's host). */
  cn?: string;
  /** Plain HTTP instead of HTTPS. */
  plain?: boolean;
  /** SNI, when it differs from the Host header. */
  sni?: string;
  path?: string;
  expect: number;
  /** A 302's Location header. */
  location?: string;
  /** A request header the backend must have received, starting with this text. */
  upstreamHeader?: { name: string; startsWith: string };
  /** Request headers the client sends. */
  headers?: Record<string, string>;
  /** Targets that refuse this request in the TLS handshake (an alert) instead of with `expect` (support.ts: partial). */
  handshakeRefusalOn?: string[];
  /** Targets whose partial support row documents another answer (no verification depth): the status they give instead. */
  partialOn?: Record<string, number>;
  /** Targets that send the backend no such header (support row partial: Traefik cannot set it; the client's own must be removed). */
  upstreamHeaderAbsentOn?: string[];
}

export interface CertIngress {
  name: string;
  annotations: Record<string, string>;
  path?: string;
}

export interface CertCase {
  source: string;
  it: string;
  translation: string;
  host: string;
  /** Other TLS hosts served by the same output (each with its own certificate, no client auth). */
  otherHosts?: string[];
  ingresses: CertIngress[];
  requests: CertRequest[];
}

const A = 'nginx.ingress.kubernetes.io/';
const HOST = 'authtls.foo.com';
const SECRET = { [`${A}auth-tls-secret`]: `default/ca-secret` };
export const ERROR_PAGE = 'http://127.0.0.1/error';

export const CLIENT_CERT_CASES: CertCase[] = [
  {
    source: 'e2e-annotations/authtls.go',
    it: 'should set sslClientCertificate, sslVerifyClient and sslVerifyDepth with auth-tls-secret',
    translation: '"ssl_verify_client on; ssl_verify_depth 1;" → without a client certificate 400, with one signed by the Secret\'s CA 200 (and 400 for one from another CA, or for a handshake without SNI)',
    host: HOST,
    ingresses: [{ name: 'authtls', annotations: SECRET }],
    requests: [
      { expect: 400, handshakeRefusalOn: ['traefik'] },
      { cert: 'ca', expect: 200 },
      { cert: 'other-ca', expect: 400, handshakeRefusalOn: ['caddy', 'traefik'] },
      // ingressc: no SNI at all, so the handshake is the default server's, which asks for no certificate
      // (Traefik: the default TLS options, then 421 for a Host of other options).
      { sni: '', expect: 400, partialOn: { traefik: 421 } },
    ],
  },
  {
    source: 'e2e-annotations/authtls.go',
    it: 'should set valid auth-tls-secret, sslVerify to off, and sslVerifyDepth to 2',
    translation: '"ssl_verify_client off; ssl_verify_depth 2;" → a request without a client certificate is served',
    host: HOST,
    ingresses: [{ name: 'authtls', annotations: { ...SECRET, [`${A}auth-tls-verify-client`]: 'off', [`${A}auth-tls-verify-depth`]: '2' } }],
    requests: [{ expect: 200 }],
  },
  {
    source: 'e2e-annotations/authtls.go',
    it: 'should 302 redirect to error page instead of 400 when auth-tls-error-page is set',
    translation: '"error_page 495 496 = <url>" → without a client certificate 302 to the error page; with one 200',
    host: HOST,
    ingresses: [{ name: 'authtls', annotations: { ...SECRET, [`${A}auth-tls-error-page`]: ERROR_PAGE } }],
    requests: [
      { expect: 302, location: ERROR_PAGE },
      { cert: 'ca', expect: 200 },
    ],
  },
  {
    source: 'e2e-annotations/authtls.go',
    it: 'should pass URL-encoded certificate to upstream',
    translation: '"proxy_set_header ssl-client-cert $ssl_client_escaped_cert;" → without a certificate 400; with one 200, the backend receiving ssl-client-cert = the URL-encoded PEM',
    host: HOST,
    ingresses: [{ name: 'authtls', annotations: { ...SECRET, [`${A}auth-tls-pass-certificate-to-upstream`]: 'true' } }],
    requests: [
      { expect: 400 },
      { cert: 'ca', expect: 200, upstreamHeader: { name: 'ssl-client-cert', startsWith: '-----BEGIN%20CERTIFICATE-----%0A' } },
    ],
  },
  {
    source: 'e2e-annotations/authtls.go',
    it: 'should validate auth-tls-verify-client',
    translation: 'verify-client "on" → with a certificate 200, without 400 (the update to "off" is the sslVerify-off case above)',
    host: HOST,
    ingresses: [{ name: 'authtls', annotations: { ...SECRET, [`${A}auth-tls-verify-client`]: 'on' } }],
    requests: [
      { cert: 'ca', expect: 200, upstreamHeader: { name: 'ssl-client-verify', startsWith: 'SUCCESS' }, upstreamHeaderAbsentOn: ['traefik'] },
      { expect: 400, handshakeRefusalOn: ['traefik'] },
    ],
  },
  {
    source: 'e2e-annotations/authtls.go',
    it: 'should return 403 using auth-tls-match-cn with no matching CN from client',
    translation: '"CN=notgonnamatch" → a valid certificate with CN=authtls.foo.com gets 403',
    host: HOST,
    ingresses: [{ name: 'authtls', annotations: { ...SECRET, [`${A}auth-tls-verify-client`]: 'on', [`${A}auth-tls-match-cn`]: 'CN=notgonnamatch' } }],
    requests: [{ cert: 'ca', expect: 403 }],
  },
  {
    source: 'e2e-annotations/authtls.go',
    it: 'should return 200 using auth-tls-match-cn with matching CN from client',
    translation: '"CN=authtls" (searched in the subject DN) → CN=authtls.foo.com gets 200',
    host: HOST,
    ingresses: [{ name: 'authtls', annotations: { ...SECRET, [`${A}auth-tls-verify-client`]: 'on', [`${A}auth-tls-match-cn`]: 'CN=authtls' } }],
    requests: [{ cert: 'ca', expect: 200 }],
  },
  {
    source: 'e2e-annotations/authtls.go',
    it: 'should return 200 using auth-tls-match-cn where atleast one of the regex options matches CN from client',
    translation: '"CN=(itwillmatch|withthenextoption|authtls)" → CN=authtls.foo.com gets 200; CN=someoneelse gets 403',
    host: HOST,
    ingresses: [{ name: 'authtls', annotations: { ...SECRET, [`${A}auth-tls-verify-client`]: 'on', [`${A}auth-tls-match-cn`]: 'CN=(itwillmatch|withthenextoption|authtls)' } }],
    requests: [
      { cert: 'ca', expect: 200 },
      { cert: 'ca', cn: 'someoneelse', expect: 403 },
    ],
  },
  {
    source: 'ingressc',
    it: 'client certificates apply per host: every Ingress of the host, plain HTTP redirected, another SNI refused',
    translation:
      'annotations.md: "Client Certificate Authentication is applied per host": a second Ingress of the host without annotations is protected too; plain HTTP gets the TLS redirect, never the backend; a handshake for another TLS host cannot reach this one (nginx: 421); optional: no certificate passes (ssl-client-verify NONE), a foreign one gets 400; a client cannot forge ssl-client-verify',
    host: HOST,
    otherHosts: ['open.foo.com'],
    ingresses: [
      { name: 'authtls', annotations: { ...SECRET, [`${A}auth-tls-verify-client`]: 'optional' } },
      { name: 'plain', path: '/other', annotations: {} },
    ],
    requests: [
      { path: '/other', cert: 'other-ca', expect: 400, handshakeRefusalOn: ['caddy', 'traefik'] },
      { path: '/other', cert: 'ca', expect: 200 },
      { path: '/other', expect: 200, headers: { 'ssl-client-verify': 'SUCCESS' }, upstreamHeader: { name: 'ssl-client-verify', startsWith: 'NONE' }, upstreamHeaderAbsentOn: ['traefik'] },
      // Traefik answers 301 to GET where ingress-nginx answers 308 (IC4301).
      { plain: true, expect: 308, partialOn: { traefik: 301 } },
      { sni: 'open.foo.com', cert: 'other-ca', expect: 421 },
    ],
  },
  {
    source: 'ingressc',
    it: 'auth-tls-verify-depth limits the intermediates between the client certificate and the CA',
    translation:
      'annotations.md: "The validation depth between the provided client certificate and the Certification Authority chain" (nginx ssl_verify_depth, OpenSSL counting): depth 1 accepts a certificate signed by the CA or by one intermediate the client sends, not by a second-level intermediate',
    host: HOST,
    ingresses: [{ name: 'authtls', annotations: { ...SECRET, [`${A}auth-tls-verify-depth`]: '1' } }],
    requests: [
      { cert: 'ca', expect: 200 },
      { cert: 'sub-ca', expect: 200 },
      { cert: 'sub-sub-ca', expect: 400, partialOn: { haproxy: 200, caddy: 200 }, handshakeRefusalOn: ['traefik'] },
    ],
  },
  {
    source: 'ingressc',
    it: 'auth-tls-verify-depth 2 accepts a second-level intermediate',
    translation: 'ssl_verify_depth 2: a certificate signed by an intermediate of an intermediate of the CA, sent with both, gets 200',
    host: HOST,
    ingresses: [{ name: 'authtls', annotations: { ...SECRET, [`${A}auth-tls-verify-depth`]: '2' } }],
    requests: [{ cert: 'sub-sub-ca', expect: 200 }],
  },
];
