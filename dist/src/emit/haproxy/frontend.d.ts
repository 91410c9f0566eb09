import type { Route, RouteTable } from '../../ir/types.js';
import { Section } from './section.js';
export declare const bindAddress: (a: RouteTable['listen']['http']) => string;
/**
 * The one frontend, serving HTTP and (with certificates) HTTPS with the same routing. It
 * reproduces the IR evaluation model with variables and map lookups:
 * txn.vh = vhost key (exact host, else one-label wildcard, else "*"); txn.be = backend
 * (Exact, else longest element-wise Prefix, else the vhost fallback). No vhost → defaultUpstream.
 */
export declare function renderFrontend(ir: RouteTable, opts: {
    https: boolean;
    sslRedirect: boolean;
    orderedBackendOf?: (r: Route) => string;
    canaries?: readonly string[];
}): Section;
/** An IR replacement ("/..." with {N}) with captures written `<mark>N` (HAProxy `\N`, RE2 `\N`, Go `${N}`). */
export declare function captureFormat(replacement: string, mark: string): string;
