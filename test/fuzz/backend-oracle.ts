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
