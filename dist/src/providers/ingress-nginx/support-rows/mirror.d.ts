import type { TargetName } from '../../../diagnostics/types.js';
import type { SupportRows } from '../support.js';
/**
 * Targets whose copy is the request as proxied (Envoy's shadow copies the upstream request's headers,
 * Traefik's mirroring service sits behind the router's middlewares, Gateway API leaves the order of a
 * rule's filters to the implementation): a path rewrite-target changed
 * would reach the mirror, where ingress-nginx's $request_uri is the path the client sent (IC3230).
 */
export declare const COPIES_AS_PROXIED: ReadonlySet<TargetName>;
export declare const ROWS: SupportRows;
export declare const WHY: Readonly<Record<string, Partial<Record<'haproxy' | 'caddy' | 'envoy' | 'traefik', string>>>>;
