import { certificateNames } from '../cert-names.js';
import { certFile, keyFile, type Certificate, type RouteTable } from '../../ir/types.js';
import { caddyLiteral, wildcardHost } from './quote.js';
import type { ConnectionPolicy, TlsApp } from './types.js';

/** Every certificate, loaded from certs/ (relative to the working directory) and tagged with its id. */
export function tlsApp(ir: RouteTable): TlsApp {
  return {
    certificates: { load_files: ir.certificates.map((c) => ({ certificate: certFile(c.id), key: keyFile(c.id), tags: [caddyLiteral(c.id)] })) },
    // Stapling would fetch OCSP responses from the CA named in a certificate: no network request.
    disable_ocsp_stapling: true,
  };
}

/**
 * The Ingress pairing of TLS hosts and Secrets, as connection policies: the SNI of a TLS host
 * selects its own certificate by tag, any other SNI (or none) the default certificate. Caddy picks
 * the first policy whose SNI matcher matches, so exact names come before wildcards (IR order).
 * Caddy still looks certificates up by the names they carry, and only then filters by tag: where
 * a certificate does not name the SNI, `fallback_sni` (one of its own names) lets the lookup find
 * it; without the certificate's PEM (a Secret not in the inputs) nothing is known to fall back to.
 */
export function connectionPolicies(ir: RouteTable, defaultCertificate: string): ConnectionPolicy[] {
  const byId = new Map(ir.certificates.map((c) => [c.id, c]));
  const policies: ConnectionPolicy[] = [];
  const groups = new Map<string, string[]>();
  const flush = (): void => {
    for (const [id, sni] of groups) policies.push({ match: { sni }, ...selection(byId.get(id)) });
    groups.clear();
  };
  let kind: string | undefined;
  for (const vh of ir.vhosts) {
    const id = vh.tls?.certificate;
    if (id === undefined || id === defaultCertificate) continue;
    // Keep every exact-name policy before every wildcard one.
    if (kind !== undefined && vh.kind !== kind) flush();
    kind = vh.kind;
    const name = vh.kind === 'wildcard' ? wildcardHost(vh.wildcardSuffix) : caddyLiteral(vh.name);
    groups.set(id, [...(groups.get(id) ?? []), name]);
  }
  flush();
  const fallback = selection(byId.get(defaultCertificate));
  policies.push({ ...fallback, ...(fallback.fallback_sni !== undefined ? { default_sni: fallback.fallback_sni } : {}) });
  return policies;
}

const SNI_NAME = /^(?:\*\.)?[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$/;

function selection(c: Certificate | undefined): Pick<ConnectionPolicy, 'certificate_selection' | 'fallback_sni'> {
  if (!c) throw new Error('caddy: a TLS host names a certificate the route table does not have');
  // Names come from the certificate, not from validated manifest fields: use only a DNS-shaped one.
  const name = certificateNames(c)?.find((n) => SNI_NAME.test(n));
  return { certificate_selection: { any_tag: [caddyLiteral(c.id)] }, ...(name !== undefined ? { fallback_sni: caddyLiteral(name) } : {}) };
}
