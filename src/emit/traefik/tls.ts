import { X509Certificate } from 'node:crypto';
import type { Diagnostics } from '../../diagnostics/collector.js';
import { certFile, keyFile, type Certificate, type RouteTable } from '../../ir/types.js';
import type { CertFiles, DynamicConfig } from './types.js';

const files = (id: string): CertFiles => ({ certFile: certFile(id), keyFile: keyFile(id) });

/**
 * Every certificate (paths relative to the directory Traefik runs in, like the file provider's
 * filename) and the IR default certificate as the default store's, which Traefik serves when the
 * SNI matches no certificate name (the IR's "no TLS host matched").
 */
export function buildTls(ir: RouteTable): DynamicConfig['tls'] {
  if (ir.certificates.length === 0) return undefined;
  return {
    certificates: ir.certificates.map((c) => files(c.id)),
    ...(ir.defaultCertificate ? { stores: { default: { defaultCertificate: files(ir.defaultCertificate) } } } : {}),
  };
}

/**
 * Traefik picks a certificate by matching the SNI against the names in the certificates (CN and
 * DNS SANs), never by the host it was configured for; nginx and the IR pair them through the
 * Ingress `tls.hosts`. Warn where the two disagree: a TLS host whose own certificate does not
 * name it gets another matching certificate or the default one from Traefik.
 */
export function checkCertificateNames(ir: RouteTable, diags: Diagnostics): void {
  const byId = new Map(ir.certificates.map((c) => [c.id, c]));
  for (const vh of ir.vhosts) {
    const id = vh.tls?.certificate;
    const cert = id === undefined ? undefined : byId.get(id);
    if (!vh.tls || !cert || id === ir.defaultCertificate) continue;
    const names = certificateNames(cert);
    if (names && !coversHost(names, vh.name)) {
      diags.report('IC4302', vh.tls.origin, { host: vh.name, secret: `${cert.namespace}/${cert.secretName}` }, { target: 'traefik' });
    }
  }
}

/** Lowercased CN and DNS SANs; undefined when the PEM is absent or unreadable (nothing to check). */
export function certificateNames(c: Certificate): string[] | undefined {
  if (c.certPem === undefined) return undefined;
  try {
    const x = new X509Certificate(c.certPem);
    const cn = /(?:^|\n)CN=([^\n]*)/.exec(x.subject)?.[1];
    const sans = (x.subjectAltName ?? '')
      .split(', ')
      .filter((s) => s.startsWith('DNS:'))
      .map((s) => s.slice(4));
    return [...(cn ? [cn] : []), ...sans].map((n) => n.toLowerCase());
  } catch {
    return undefined;
  }
}

/** Traefik's matchDomain for a vhost name: the literal name, or `*.` + the parent for one label. */
function coversHost(names: readonly string[], host: string): boolean {
  if (names.includes(host)) return true;
  const dot = host.indexOf('.');
  return !host.startsWith('*.') && dot > 0 && names.includes(`*${host.slice(dot)}`);
}
