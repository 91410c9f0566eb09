import type { Diagnostics } from '../../diagnostics/collector.js';
import { type RouteTable } from '../../ir/types.js';
import type { DynamicConfig, TlsOption } from './types.js';
/**
 * Every certificate (paths relative to the directory Traefik runs in, like the file provider's
 * filename) and the IR default certificate as the default store's, which Traefik serves when the
 * SNI matches no certificate name (the IR's "no TLS host matched").
 */
export declare function buildTls(ir: RouteTable, options?: Record<string, TlsOption>): DynamicConfig['tls'];
/** Traefik selects certificates by their names: see cert-names.ts. */
export declare function checkCertificateNames(ir: RouteTable, diags: Diagnostics): void;
