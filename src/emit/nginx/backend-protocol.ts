import { backendCaFile, backendCertFile, backendKeyFile, upstreamIsGrpc, type RouteTable, type Upstream, type UpstreamTls } from '../../ir/types.js';
import { nginxQuote } from './quote.js';

/**
 * How nginx reaches an upstream of a given protocol (ingress-nginx buildProxyPass): proxy_pass
 * http:// | https:// | $scheme:// (AUTO_HTTP), grpc_pass grpc:// | grpcs://, with the upstream's
 * TLS client settings as <module>_ssl_* directives of the module that proxies (proxy or grpc).
 */
export function passLines(u: Upstream, target: string): string[] {
  const grpc = upstreamIsGrpc(u);
  const scheme = u.protocol === 'https' ? 'https' : u.protocol === 'grpc' ? 'grpc' : u.protocol === 'grpcs' ? 'grpcs' : u.protocol === 'auto-http' ? '$scheme' : 'http';
  const pass = `${grpc ? 'grpc_pass' : 'proxy_pass'} ${scheme}://${target};`;
  const tls = u.protocol === 'https' || u.protocol === 'grpcs' || u.protocol === 'auto-http' ? tlsLines(grpc ? 'grpc' : 'proxy', u.tls) : [];
  return [...tls, pass];
}

function tlsLines(m: 'proxy' | 'grpc', tls: UpstreamTls | undefined): string[] {
  if (!tls) return [];
  const out: string[] = [];
  // nginx has one name for both SNI and the certificate check; lowering gives them the same value.
  const name = tls.sni ?? tls.verify?.name;
  if (tls.sni !== undefined && tls.verify && tls.verify.name !== tls.sni) throw new Error(`nginx: SNI ${tls.sni} and verified name ${tls.verify.name} differ`);
  if (name !== undefined) out.push(`${m}_ssl_name ${nginxQuote(name)};`);
  if (tls.sni !== undefined) out.push(`${m}_ssl_server_name on;`);
  if (tls.verify) {
    out.push(`${m}_ssl_trusted_certificate ${nginxQuote(backendCaFile(tls.verify.ca))};`);
    out.push(`${m}_ssl_verify on;`);
    out.push(`${m}_ssl_verify_depth ${tls.verify.depth};`);
  }
  if (tls.clientCertificate !== undefined) {
    out.push(`${m}_ssl_certificate ${nginxQuote(backendCertFile(tls.clientCertificate))};`);
    out.push(`${m}_ssl_certificate_key ${nginxQuote(backendKeyFile(tls.clientCertificate))};`);
  }
  if (tls.versions) out.push(`${m}_ssl_protocols ${tls.versions.join(' ')};`);
  if (tls.ciphers !== undefined) out.push(`${m}_ssl_ciphers ${nginxQuote(tls.ciphers)};`);
  return out;
}

/**
 * gRPC clients speak HTTP/2: with a gRPC upstream the TLS listeners negotiate it by ALPN (as
 * ingress-nginx's `http2 on`). A plaintext port stays HTTP/1.1: nginx 1.22 cannot serve
 * prior-knowledge h2c and HTTP/1.1 on one port (1.25.1 can).
 */
export const tlsListenHttp2 = (ir: RouteTable): boolean => ir.upstreams.some(upstreamIsGrpc);

/** The proxy_*_timeout lines of a location, repeated for grpc_pass (ingress-nginx writes grpc_*_timeout from the same annotations). */
export function grpcTimeoutLines(lines: readonly string[], u: Upstream | undefined): string[] {
  if (!u || !upstreamIsGrpc(u)) return [...lines];
  return lines.flatMap((l) => (/^proxy_(connect|send|read)_timeout /.test(l) ? [l, l.replace(/^proxy_/, 'grpc_')] : [l]));
}
