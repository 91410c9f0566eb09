import { type RouteTable, type Upstream, type VirtualHost } from '../../ir/types.js';
import type { SourceRef } from '../../diagnostics/types.js';
import { type GatewayRef, type ListenerPlan } from './listeners.js';
import { type BackendRef, type GRPCRoute, type HTTPRoute, type RouteMatch } from './types.js';
import { type BackendProblem } from './backends.js';
import { type Split } from './canary.js';
/** CRD limits of one HTTPRoute. */
export declare const MAX_RULES = 16;
export declare const MAX_MATCHES_PER_RULE = 64;
export declare const MAX_MATCHES_PER_ROUTE = 128;
export declare const MAX_PARENT_REFS = 32;
export interface RouteProblem {
    vhost: VirtualHost;
    detail: string;
    /** A route's upstream Host that Gateway API cannot carry (IC4080). */
    upstreamHost?: {
        host: string;
        path: string;
        origin: SourceRef;
    };
}
/** What a rule sends requests to: an upstream id (its Service) with the Host it receives, or an HTTPS redirect. */
type Action = {
    upstream: string;
    host?: string;
    read?: number;
    headers?: {
        name: string;
        value: string;
    }[];
    split?: Split;
} | {
    redirect: true;
} | {
    appRoot: string;
};
export interface PlannedRule {
    matches?: RouteMatch[];
    action: Action;
}
/**
 * One HTTPRoute per vhost (host class), in the Gateway's namespace: it holds exactly the IR vhost,
 * so Gateway API's precedence (hostname specificity first, then Exact > longest PathPrefix) gives
 * the IR's answer without depending on creation timestamps: no two HTTPRoutes of the output carry
 * the same hostname with the same match. Rules group a vhost's paths by upstream (at most 64
 * matches a rule); a vhost past the CRD limits (16 rules, 128 matches) continues in further
 * HTTPRoutes `<gateway>.p<N>.<host key>` with the same hostname and parents, which is equivalent.
 *
 * The vhost's fallback is a rule without matches (PathPrefix "/"); a vhost without one leaves
 * unmatched paths to the implementation's 404 (see `fallThrough` in emit-gateway-api.ts).
 * TLS vhosts with sslRedirect get a second route on the HTTP listener whose only rule redirects
 * (308, RequestRedirect), and their serving route is attached to HTTPS listeners only.
 */
export declare function buildRoutes(ir: RouteTable, gw: GatewayRef, plan: ListenerPlan, problems: RouteProblem[], grpc?: {
    vhosts: ReadonlySet<VirtualHost>;
    problems: BackendProblem[];
}): (HTTPRoute | GRPCRoute)[];
export declare function backendRef(u: Upstream, gw: GatewayRef): BackendRef;
export {};
