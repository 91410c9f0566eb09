import { certFile, type RouteTable } from '../../ir/types.js';
import { cfgWord } from './quote.js';
import { crtOptions } from './clientcert.js';

export const CRT_LIST = 'crt-list.txt';

/**
 * The crt-list for the HTTPS bind. HAProxy serves the first loaded certificate when the SNI
 * matches nothing, so the IR's default certificate comes first. Every line names its SNI hosts
 * explicitly (the IR pairs TLS hosts with Secrets; a certificate's own CN/SAN must not claim a
 * host paired with another one); a certificate without hosts gets "!*", which stops HAProxy from
 * falling back to its CN/SAN. Keys are loaded from certs/<id>.key beside each certificate
 * (`ssl-load-extra-del-ext` in global), so the shared certs/<id>.crt|.key files are used as is.
 */
export function renderCrtList(ir: RouteTable): string {
  const certs = [...ir.certificates].sort((a, b) => Number(b.id === ir.defaultCertificate) - Number(a.id === ir.defaultCertificate));
  // A host that requires client certificates gets a line of its own, with its certificate (its
  // Secret's or the default one) and its verification options (clientcert.ts).
  const auth = ir.vhosts.filter((v) => v.tls?.clientAuth && v.tls.certificate !== undefined);
  const authNames = new Set(auth.map((v) => v.name));
  const lines = certs.map((c) => {
    const plain = c.hosts.filter((h) => !authNames.has(h));
    return [cfgWord(certFile(c.id)), ...(plain.length ? plain.map(cfgWord) : ['!*'])].join(' ');
  });
  for (const v of auth) lines.push([cfgWord(certFile(v.tls!.certificate!)), crtOptions(v.tls!.clientAuth!), cfgWord(v.name)].join(' '));
  return lines.map((l) => `${l}\n`).join('');
}
