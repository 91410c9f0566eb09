/**
 * --resolver on Caddy: every reverse_proxy whose upstream dials a name (a cluster Service, an
 * external auth host) gets its http transport's `resolver`, which Caddy uses for the dial instead
 * of the system resolver. Names are looked up when a request is proxied, never at load.
 * One walk over the finished config reaches every reverse_proxy (routes, shared named routes,
 * canary and auth handlers) without threading the option through each of them.
 */
export declare function applyResolver(config: unknown, resolver: string): void;
