/**
 * The HAProxy oracle's view of backend protocols (src/emit/haproxy/backend-protocol.ts): the
 * server options an upstream's protocol and TLS settings call for, derived from the IR, and the
 * AUTO_HTTP twins (`<backend>.tls`, TLS servers).
 */
import { backendCaFile, backendCertFile, type Upstream } from '../../src/ir/types.js';

/** The options after `server sN host:port` (before `resolvers`), '' for none; `twin`: an AUTO_HTTP backend's TLS twin. */
export function haproxyServerOptions(u: Upstream, twin: boolean): string {
  const p = twin && u.protocol === 'auto-http' ? 'https' : u.protocol;
  const o: string[] = [];
  if (p === 'https' || p === 'grpcs') {
    const t = u.tls;
    o.push('ssl');
    if (t?.verify) o.push('verify required', `ca-file ${backendCaFile(t.verify.ca)}`, `verifyhost ${t.verify.name}`);
    else o.push('verify none');
    if (t?.sni !== undefined) o.push(`sni str(${t.sni})`);
    if (t?.clientCertificate !== undefined) o.push(`crt ${backendCertFile(t.clientCertificate).replace(/\.crt$/, '.pem')}`);
    if (t?.versions) o.push(`ssl-min-ver ${t.versions[0]!}`, `ssl-max-ver ${t.versions[t.versions.length - 1]!}`);
    if (t?.ciphers !== undefined) o.push(`ciphers ${t.ciphers}`);
    if (p === 'grpcs') o.push('alpn h2');
  }
  if (p === 'grpc' || p === 'grpcs') o.push('proto h2');
  return o.join(' ');
}

/** An AUTO_HTTP twin's name back to its backend's, or undefined when `name` is no twin. */
export const haproxyTwinBase = (name: string): string | undefined => (/_auto-http.*\.tls$/.test(name) ? name.slice(0, -'.tls'.length) : undefined);

/**
 * The Caddy oracle's view of a reverse_proxy's protocol (src/emit/caddy/backend-protocol.ts):
 * checks `transport.versions` / `transport.tls` (and the TLS Host header, the client's) against the
 * upstream, and returns the handler without them for the general checks.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function caddyProtocolRead(rp: any, u: Upstream, scheme: 'http' | 'https', problems: string[], name: string): any {
  const tlsUsed = u.protocol === 'https' || u.protocol === 'grpcs' || (u.protocol === 'auto-http' && scheme === 'https');
  const t = u.tls;
  const sn = t?.verify?.name ?? t?.sni;
  const wantTls = tlsUsed
    ? {
        ...(t?.verify ? { root_ca_pem_files: [backendCaFile(t.verify.ca)] } : { insecure_skip_verify: true }),
        ...(sn !== undefined ? { server_name: sn } : {}),
        ...(t?.clientCertificate !== undefined ? { client_certificate_file: backendCertFile(t.clientCertificate), client_certificate_key_file: backendCertFile(t.clientCertificate).replace(/\.crt$/, '.key') } : {}),
      }
    : undefined;
  const wantVersions = u.protocol === 'grpc' ? ['h2c', '2'] : undefined;
  const tr = rp?.transport;
  if (JSON.stringify(tr?.tls) !== JSON.stringify(wantTls) || JSON.stringify(tr?.versions) !== JSON.stringify(wantVersions)) problems.push(`caddy: transport of ${JSON.stringify(name)}: ${JSON.stringify(tr).slice(0, 200)}, the upstream's protocol wants tls ${JSON.stringify(wantTls)} versions ${JSON.stringify(wantVersions)}`);
  if (!tr || (!tr.tls && !tr.versions)) return rp;
  const { tls: _t, versions: _v, ...rest } = tr;
  const out = { ...rp, transport: rest };
  if (Object.keys(rest).length === 1) delete out.transport;
  // Over TLS the client's Host is set explicitly (Caddy would send the upstream's address).
  const set = { ...(rp.headers?.request?.set ?? {}) };
  if (tlsUsed && JSON.stringify(set.Host) === '["{http.request.hostport}"]') {
    delete set.Host;
    out.headers = { ...rp.headers, request: { set } };
    if (Object.keys(set).length === 0) {
      const { request: _r, ...h } = out.headers;
      out.headers = h;
    }
  }
  return out;
}

/** The files of the proxy-ssl-secret Secrets the upstreams use (src/emit/cert-files.ts), every target. */
export const backendSecretFiles = (ir: { backendCertificates?: readonly { id: string; caPem?: string; certPem?: string; keyPem?: string }[] }): string[] =>
  (ir.backendCertificates ?? []).flatMap((b) => [...(b.caPem !== undefined ? [backendCaFile(b.id)] : []), ...(b.certPem !== undefined && b.keyPem !== undefined ? [backendCertFile(b.id), backendCertFile(b.id).replace(/\.crt$/, '.key')] : [])]);
