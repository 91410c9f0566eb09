import { X509Certificate } from 'node:crypto';

/**
 * Traefik's certificate choice for an SNI (pkg/tls/certificate_store.go GetBestCertificate):
 * every loaded certificate is indexed by its names (CN and DNS SANs, lowercased); the SNI is
 * matched exactly or against wildcard names (matchDomain); among the matching names the
 * greatest in byte order wins (so an exact name beats "*.…"); with no match the default store's
 * certificate is served, and without one Traefik's self-signed "TRAEFIK DEFAULT CERT".
 */
export interface CertRef {
  certFile: string;
  keyFile?: string;
}

export interface TlsSection {
  certificates?: CertRef[];
  stores?: { default?: { defaultCertificate?: CertRef } };
  /** TLS options by name (tls-options.ts). */
  options?: Record<string, import('./tls-options.js').TlsOption>;
}

export interface Selected {
  /** certFile of the chosen certificate; undefined for Traefik's generated one. */
  certFile?: string;
  cn: string;
}

export const TRAEFIK_GENERATED_CN = 'TRAEFIK DEFAULT CERT';

export function certificateNames(pem: string): { cn: string; names: string[] } {
  const x = new X509Certificate(pem);
  const cn = /(?:^|\n)CN=([^\n]*)/.exec(x.subject)?.[1] ?? '';
  const sans = (x.subjectAltName ?? '')
    .split(', ')
    .filter((s) => s.startsWith('DNS:'))
    .map((s) => s.slice(4));
  return { cn, names: [...new Set([...(cn ? [cn] : []), ...sans].map((n) => n.toLowerCase()))].sort() };
}

/** matchDomain: exact, or the certificate name equals the SNI with its leading labels starred. */
export function matchDomain(domain: string, certDomain: string): boolean {
  if (domain === certDomain) return true;
  const cd = certDomain.replace(/\.+$/, '');
  const labels = domain.split('.');
  for (let i = 0; i < labels.length; i++) {
    labels[i] = '*';
    if (cd === labels.join('.')) return true;
  }
  return false;
}

/** `files` maps output paths (certs/<id>.crt) to their PEM text. */
export function selectCertificate(tls: TlsSection | undefined, files: ReadonlyMap<string, string>, sni: string): Selected {
  const domain = sni.trim().toLowerCase();
  let best: { name: string; certFile: string; cn: string } | undefined;
  for (const c of tls?.certificates ?? []) {
    const pem = files.get(c.certFile);
    if (pem === undefined) continue; // a missing file: Traefik logs an error and skips the certificate
    const { cn, names } = certificateNames(pem);
    for (const n of names) if (domain !== '' && matchDomain(domain, n) && (!best || n > best.name)) best = { name: n, certFile: c.certFile, cn };
  }
  if (best) return { certFile: best.certFile, cn: best.cn };
  const def = tls?.stores?.default?.defaultCertificate;
  const pem = def ? files.get(def.certFile) : undefined;
  if (def && pem !== undefined) return { certFile: def.certFile, cn: certificateNames(pem).cn };
  return { cn: TRAEFIK_GENERATED_CN };
}
