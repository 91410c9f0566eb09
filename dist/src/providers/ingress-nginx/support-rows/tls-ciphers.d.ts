import type { SupportRows } from '../support.js';
export declare const NAMES_ONLY = "a plain list of suite names only: OpenSSL keywords and operators (HIGH, !aNULL, +RSA, @STRENGTH) are refused (IC3071)";
export declare const TLS13 = "TLS 1.3 suites are not affected, as with nginx's ssl_ciphers";
export declare const ROWS: SupportRows;
/** Why the other targets have no row. */
export declare const WHY_NOT: Readonly<Record<string, Partial<Record<'haproxy' | 'envoy' | 'caddy' | 'traefik', string>>>>;
