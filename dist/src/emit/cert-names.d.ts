import type { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import type { Certificate, RouteTable } from '../ir/types.js';
/**
 * Traefik and Envoy pick a certificate by matching the SNI against the names in the certificates
 * (CN and DNS SANs), not by the host it was configured for; nginx, HAProxy and the IR pair them
 * through the Ingress `tls.hosts`. Warn where the two disagree: a TLS host whose own certificate
 * does not name it gets another matching certificate or the default one.
 */
export declare function reportUnnamedTlsHosts(ir: RouteTable, diags: Diagnostics, target: TargetName): void;
/** Lowercased CN and DNS SANs; undefined when the PEM is absent or unreadable (nothing to check). */
export declare function certificateNames(c: Certificate): string[] | undefined;
