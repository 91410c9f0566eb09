import { backendCaFile, backendCertFile, backendKeyFile, upstreamIsGrpc } from '../../ir/types.js';
import { cipherSuitesFor } from '../../ir/ciphers.js';
const T = 'type.googleapis.com/envoy.extensions';
const VERSION = { 'TLSv1.2': 'TLSv1_2', 'TLSv1.3': 'TLSv1_3' };
/** `tls`: the TLS twin of an 'auto-http' upstream (its HTTPS listener's cluster). */
export function clusterProtocol(u, tls = false) {
    const out = {};
    if (upstreamIsGrpc(u))
        out.typed_extension_protocol_options = {
            'envoy.extensions.upstreams.http.v3.HttpProtocolOptions': { '@type': `${T}.upstreams.http.v3.HttpProtocolOptions`, explicit_http_config: { http2_protocol_options: {} } },
        };
    if (u.protocol === 'https' || u.protocol === 'grpcs' || (u.protocol === 'auto-http' && tls)) {
        const t = u.tls;
        const common = {};
        if (u.protocol === 'grpcs')
            common.alpn_protocols = ['h2'];
        // proxy-ssl-ciphers: a plain list of suite names only (its support row refuses the rest), in BoringSSL's spelling.
        const suites = t?.ciphers !== undefined ? { cipher_suites: cipherSuitesFor(t.ciphers, 'boringssl') } : {};
        if (t?.versions)
            common.tls_params = { tls_minimum_protocol_version: VERSION[t.versions[0]], tls_maximum_protocol_version: VERSION[t.versions[t.versions.length - 1]], ...suites };
        else if (t?.ciphers !== undefined)
            common.tls_params = suites;
        if (t?.clientCertificate !== undefined)
            common.tls_certificates = [{ certificate_chain: { filename: backendCertFile(t.clientCertificate) }, private_key: { filename: backendKeyFile(t.clientCertificate) } }];
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
