import { backendCaFile, backendCertFile, upstreamIsGrpc, type RouteTable, type Upstream } from '../../ir/types.js';
import type { OutputFile } from '../emitter.js';
import { cfgWord, quotedArg } from './quote.js';

/** HAProxy loads a client certificate and its key from one PEM file. */
export const clientPemFile = (id: string): string => backendCertFile(id).replace(/\.crt$/, '.pem');

/**
 * The server-line options of an upstream's protocol (backend-protocol and proxy-ssl-*):
 * `proto h2` for gRPC (HTTP/2 to the endpoints; cleartext = prior knowledge), `ssl` with an
 * explicit `verify none` (HAProxy verifies by default and needs a CA for it) or `verify required
 * ca-file … verifyhost …`, `sni str(…)`, the client certificate, TLS versions and ciphers.
 * 'auto-http' has none: its backend's twin (autoHttpTwin) is an 'https' one.
 */
export function serverOptions(u: Upstream): string {
  const opts: string[] = [];
  if (u.protocol === 'https' || u.protocol === 'grpcs') {
    const t = u.tls;
    opts.push('ssl');
    if (t?.verify) opts.push('verify required', `ca-file ${cfgWord(backendCaFile(t.verify.ca))}`, `verifyhost ${cfgWord(t.verify.name)}`);
    else opts.push('verify none');
    if (t?.sni !== undefined) opts.push(`sni str(${cfgWord(t.sni)})`);
    if (t?.clientCertificate !== undefined) opts.push(`crt ${cfgWord(clientPemFile(t.clientCertificate))}`);
    if (t?.versions) opts.push(`ssl-min-ver ${t.versions[0]!}`, `ssl-max-ver ${t.versions[t.versions.length - 1]!}`);
    if (t?.ciphers !== undefined) opts.push(`ciphers ${quotedArg(t.ciphers)}`);
    if (u.protocol === 'grpcs') opts.push('alpn h2');
  }
  if (upstreamIsGrpc(u)) opts.push('proto h2');
  return opts.length ? ` ${opts.join(' ')}` : '';
}

/** gRPC clients need HTTP/2 on the TLS listener (ALPN); cleartext HTTP/2 is detected by its preface. */
export const bindAlpn = (ir: RouteTable): string => (ir.upstreams.some(upstreamIsGrpc) ? ' alpn h2,http/1.1' : '');

/** certs/<id>.client.pem (certificate, then key) for each client certificate a server presents. */
export function clientPemFiles(ir: RouteTable): OutputFile[] {
  const used = new Set(ir.upstreams.map((u) => u.tls?.clientCertificate).filter((c): c is string => c !== undefined));
  return (ir.backendCertificates ?? [])
    .filter((b) => used.has(b.id) && b.certPem !== undefined && b.keyPem !== undefined)
    .map((b) => ({ path: clientPemFile(b.id), content: `${b.certPem!}${b.keyPem!}`, mode: 0o600, sensitive: true }));
}

/**
 * AUTO_HTTP (ingress-nginx's `proxy_pass $scheme://`): TLS to the backend exactly when the client
 * used TLS. A server is one or the other, so every backend of an 'auto-http' upstream (its own,
 * its variants', policies' and canaries', all named after the upstream id `<base>_auto-http…`) has
 * a twin `<name>.tls` whose servers speak TLS; the frontend switches to it on a TLS connection.
 */
export const autoHttpTwin = (name: string): string => `${name}.tls`;
export const autoHttpRule = (ir: RouteTable): string[] =>
  ir.upstreams.some((u) => u.protocol === 'auto-http') ? ['http-request set-var(txn.be) var(txn.be),concat(.tls) if { ssl_fc } { var(txn.be) -m sub _auto-http }'] : [];
