import { backendCaFile, backendCertFile, backendKeyFile, upstreamIsGrpc, type Upstream } from '../../ir/types.js';
import { cipherSuitesFor } from '../../ir/ciphers.js';
import type { TypedExtension } from './types.js';

const T = 'type.googleapis.com/envoy.extensions';

/** What a cluster adds for its upstream's protocol (backend-protocol, proxy-ssl-*). */
export interface ClusterProtocol {
  /** HTTP/2 to the endpoints (gRPC): cleartext prior knowledge, or ALPN h2 over TLS. */
  typed_extension_protocol_options?: Record<string, { '@type': string; explicit_http_config: { http2_protocol_options: Record<string, never> } }>;
  /** TLS to the endpoints: no validation context = any certificate accepted (ingress-nginx's proxy_ssl_verify off). */
  transport_socket?: TypedExtension;
}

const VERSION = { 'TLSv1.2': 'TLSv1_2', 'TLSv1.3': 'TLSv1_3' } as const;

/** `tls`: the TLS twin of an 'auto-http' upstream (its HTTPS listener's cluster). */
export function clusterProtocol(u: Upstream, tls = false): ClusterProtocol {
  const out: ClusterProtocol = {};
  if (upstreamIsGrpc(u))
    out.typed_extension_protocol_options = {
      'envoy.extensions.upstreams.http.v3.HttpProtocolOptions': { '@type': `${T}.upstreams.http.v3.HttpProtocolOptions`, explicit_http_config: { http2_protocol_options: {} } },
    };
  if (u.protocol === 'https' || u.protocol === 'grpcs' || (u.protocol === 'auto-http' && tls)) {
    const t = u.tls;
    const common: Record<string, unknown> = {};
    if (u.protocol === 'grpcs') common.alpn_protocols = ['h2'];
    // proxy-ssl-ciphers: a plain list of suite names only (its support row refuses the rest), in BoringSSL's spelling.
    const suites = t?.ciphers !== undefined ? { cipher_suites: cipherSuitesFor(t.ciphers, 'boringssl') } : {};
    if (t?.versions) common.tls_params = { tls_minimum_protocol_version: VERSION[t.versions[0]!], tls_maximum_protocol_version: VERSION[t.versions[t.versions.length - 1]!], ...suites };
    else if (t?.ciphers !== undefined) common.tls_params = suites;
    if (t?.clientCertificate !== undefined) common.tls_certificates = [{ certificate_chain: { filename: backendCertFile(t.clientCertificate) }, private_key: { filename: backendKeyFile(t.clientCertificate) } }];
    if (t?.verify)
      common.validation_context = {
        trusted_ca: { filename: backendCaFile(t.verify.ca) },
        match_typed_subject_alt_names: [{ san_type: 'DNS', matcher: { exact: t.verify.name } }],
        max_verify_depth: t.verify.depth,
      };
    out.transport_socket = {
      name: 'envoy.transport_sockets.tls',
      typed_config: { '@type': `${T}.transport_sockets.tls.v3.UpstreamTlsContext`, ...(t?.sni !== undefined ? { sni: t.sni } : {}), common_tls_context: common },
    };
  }
  return out;
}
