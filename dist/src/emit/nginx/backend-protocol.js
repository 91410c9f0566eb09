import { backendCaFile, backendCertFile, backendKeyFile, upstreamIsGrpc } from '../../ir/types.js';
import { nginxQuote } from './quote.js';
/**
 * How nginx reaches an upstream of a given protocol (ingress-nginx buildProxyPass): proxy_pass
 * http:// | https:// | $scheme:// (AUTO_HTTP), grpc_pass grpc:// | grpcs://, with the upstream's
 * TLS client settings as <module>_ssl_* directives of the module that proxies (proxy or grpc).
 */
export function passLines(u, target) {
    const grpc = upstreamIsGrpc(u);
    const scheme = u.protocol === 'https' ? 'https' : u.protocol === 'grpc' ? 'grpc' : u.protocol === 'grpcs' ? 'grpcs' : u.protocol === 'auto-http' ? '$scheme' : 'http';
    const pass = `${grpc ? 'grpc_pass' : 'proxy_pass'} ${scheme}://${target};`;
    const tls = u.protocol === 'https' || u.protocol === 'grpcs' || u.protocol === 'auto-http' ? tlsLines(grpc ? 'grpc' : 'proxy', u.tls) : [];
    return [...tls, pass];
}
function tlsLines(m, tls) {
    if (!tls)
        return [];
    const out = [];
    // nginx has one name for both SNI and the certificate check; lowering gives them the same value.
    const name = tls.sni ?? tls.verify?.name;
    if (tls.sni !== undefined && tls.verify && tls.verify.name !== tls.sni)
        throw new Error(`nginx: SNI ${tls.sni} and verified name ${tls.verify.name} differ`);
    if (name !== undefined)
        out.push(`${m}_ssl_name ${nginxQuote(name)};`);
    if (tls.sni !== undefined)
        out.push(`${m}_ssl_server_name on;`);
    if (tls.verify) {
        out.push(`${m}_ssl_trusted_certificate ${nginxQuote(backendCaFile(tls.verify.ca))};`);
        out.push(`${m}_ssl_verify on;`);
        out.push(`${m}_ssl_verify_depth ${tls.verify.depth};`);
    }
    if (tls.clientCertificate !== undefined) {
        out.push(`${m}_ssl_certificate ${nginxQuote(backendCertFile(tls.clientCertificate))};`);
        out.push(`${m}_ssl_certificate_key ${nginxQuote(backendKeyFile(tls.clientCertificate))};`);
    }
    if (tls.versions)
        out.push(`${m}_ssl_protocols ${tls.versions.join(' ')};`);
    if (tls.ciphers !== undefined)
        out.push(`${m}_ssl_ciphers ${nginxQuote(tls.ciphers)};`);
    return out;
}
/**
 * gRPC clients speak HTTP/2: with a gRPC upstream the TLS listeners negotiate it by ALPN (as
 * ingress-nginx's `http2 on`). A plaintext port stays HTTP/1.1: nginx 1.22 cannot serve
 * prior-knowledge h2c and HTTP/1.1 on one port (1.25.1 can).
 */
export const tlsListenHttp2 = (ir) => ir.upstreams.some(upstreamIsGrpc);
/**
 * A location body for a gRPC upstream, as ingress-nginx writes it for GRPC/GRPCS: its request
 * headers are grpc_set_header (proxySetHeader in template.go; grpc_pass ignores proxy_set_header, and
 * would send the upstream's name as :authority), its timeouts also grpc_*_timeout. A body that
 * sets no header gets the http-level defaults (`proxyHeaders`) as grpc_set_header lines.
 */
export function adaptForGrpc(lines, u, proxyHeaders) {
    if (!u || !upstreamIsGrpc(u))
        return [...lines];
    const out = lines.flatMap((l) => (/^proxy_(connect|send|read)_timeout /.test(l) ? [l, l.replace(/^proxy_/, 'grpc_')] : [l.replace(/^proxy_set_header /, 'grpc_set_header ')]));
    if (out.some((l) => l.startsWith('grpc_set_header ')))
        return out;
    const defaults = proxyHeaders.filter((l) => !/^proxy_set_header (Connection|Upgrade) /.test(l)).map((l) => l.replace(/^proxy_set_header /, 'grpc_set_header '));
    const at = out.findIndex((l) => l.startsWith('grpc_pass '));
    return at < 0 ? out : [...out.slice(0, at), ...defaults, ...out.slice(at)];
}
