import type { Route, VirtualHost } from '../../ir/types.js';
/** Traefik v3 rule text. Every value goes through goQuote; nothing else is interpolated. */
/** Host part of a vhost's rules; undefined for the host-less vhost (it matches any host). */
export declare function hostMatcher(vh: VirtualHost): string | undefined;
/**
 * Exact → Path. Prefix is element-wise: "/p" itself or anything under "/p/" (a bare PathPrefix
 * would be a string prefix and match "/pfoo"); the root prefix matches every path.
 */
export declare function pathMatcher(r: Pick<Route, 'path' | 'match'>): string;
/** Every request of the vhost: its host part, or any path for the host-less vhost. */
export declare function catchAllRule(vh: VirtualHost | undefined): string;
export declare function routeRule(vh: VirtualHost, r: Route): string;
