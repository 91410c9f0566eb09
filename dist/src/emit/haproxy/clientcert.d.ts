import { type ClientAuth, type RouteTable } from '../../ir/types.js';
import type { Section } from './section.js';
/**
 * Client certificates on HAProxy. The handshake is per SNI (a crt-list line of its own for each
 * host that requires one: `verify optional` with the host's CA file, every verification error
 * ignored so that the HTTP layer decides, as nginx does); routing follows the Host header, so a
 * request of such a host is refused (421) unless its SNI selects the same host class: no other
 * host's handshake (nor one without SNI) reaches it unchecked. Then, for that host: no certificate
 * (verify on) or one that failed (on, optional) → 400, or a 302 to the error page; a subject DN
 * (RFC 2253) not matching → 403; the ssl-client-* headers set (the client's own removed).
 * HAProxy has no verification depth: chains of any length to the CA pass (support.ts: partial).
 */
/** The crt-list options of a host's handshake (inside its line's brackets). */
export declare function crtOptions(c: ClientAuth): string[];
/**
 * Bind options: verification errors do not end the handshake (crt-list lines cannot say so per
 * SNI; only the client-certificate lines verify anything, so the others are not affected).
 */
export declare const bindOptions: (ir: RouteTable) => string;
/** The frontend rules, after txn.vh is known and plain HTTP was redirected. */
export declare function clientAuthRules(ir: RouteTable, s: Section): void;
