import { type RequestRedirect, type Route, type RouteTable, type VirtualHost } from '../../ir/types.js';
import type { Maps } from './maps.js';
import { Section } from './section.js';
/**
 * RequestRedirect filters (docs/ir-v2.md) as backends. A route that always redirects
 * (permanent/temporal-redirect, app-root) goes to `rd<N>`, a backend whose only rule is the
 * redirect. A route that redirects plain HTTP only (per-location ssl-redirect) goes to
 * `h<N>.<backend>`: a copy of its backend with the redirect as first rule, so HTTPS requests are
 * served as before. The fallback of a vhost with a fallbackRedirect gets such a copy too.
 */
export declare class RedirectBackends {
    private readonly ir;
    private readonly byKey;
    private readonly sections;
    private n;
    constructor(ir: Pick<RouteTable, 'listen' | 'forwarded'>);
    /** The backend a route's requests go to, given the one it would use without redirects. */
    backendOf(r: Route, base: string): string;
    private copyOf;
    private readonly copies;
    private named;
    /** The fallback map entry of a vhost whose fallback redirects plain HTTP first. */
    fallback(maps: Maps, vh: VirtualHost): void;
    /** The redirect backends, the copies rendered from `backends` (by name). */
    render(backends: readonly Section[]): {
        sections: Section[];
        names: string[];
    };
}
/** The request target as received (txn.pathq), without a final "/" when asked. */
export declare const targetFormat: (strip: boolean) => string;
/**
 * One `http-request redirect location` rule. User text (a URL, an app-root path) is written in
 * single quotes after a check: no quote, no space, no "%" (log-format tags), nothing outside
 * printable ASCII; the emitter's own tags are the only "%" in the format.
 */
export declare function redirectRule(f: RequestRedirect, ir: Pick<RouteTable, 'listen'>): string;
