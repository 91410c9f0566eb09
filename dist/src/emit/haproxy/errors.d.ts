import type { ResponseRewrites } from '../../ir/types.js';
import type { VariantSettings } from '../upstream-variants.js';
/**
 * A default-backend standing in for a Service without endpoints (RouteErrors.standIn) is told so:
 * X-Code and the context headers (static), X-Format a copy of the client's Accept (the whole
 * header line: req.hdr would split it at commas), only when the client sent one.
 */
export declare const acceptCopy: (name: string, cond: string) => string;
/** X-Request-ID as ingress-nginx's $req_id: the client's, else a generated one (a UUID here). */
export declare const requestIdLine: (cond: string) => string;
/** Backend lines for a variant's headers (upstream-variants.ts). */
export declare function headerLines(v: VariantSettings): string[];
/**
 * ResponseRewrites (proxy-redirect, proxy-cookie) on the backend's responses, with nginx's
 * semantics: http-response replace-header matches each occurrence's whole value (PCRE). A rewritten
 * Location starting with "/" gets the scheme and txn.host (the Host lowercased, without port or
 * trailing dot: the host nginx validated; no port, as ingress-nginx's port_in_redirect off).
 */
export declare function responseRewriteLines(rw: ResponseRewrites | undefined): string[];
