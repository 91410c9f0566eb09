import { type CorsPolicy, type Route, type RouteCanary, type RouteMirror, type RouteTable, type Upstream, type VirtualHost } from '../../ir/types.js';
import type { SourceRef } from '../../diagnostics/types.js';
import { type GatewayRef, type ListenerPlan } from './listeners.js';
import { type BackendRef, type GRPCRoute, type HTTPRoute, type PathRewrite, type RouteMatch } from './types.js';
import { type RedirectUrl } from './redirects.js';
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
    /** A rewrite-target Gateway API cannot say (IC4507). */
    rewrite?: {
        target: string;
        path: string;
        detail: string;
        origin: SourceRef;
    };
}
/** What a rule sends requests to: an upstream id (its Service) with the Host it receives, or an HTTPS redirect. */
export type Serve = {
    upstream: string;
    host?: string;
    read?: number;
    headers?: {
        name: string;
        value: string;
    }[];
    responseHeaders?: {
        name: string;
        value: string;
    }[];
    rewrite?: PathRewrite;
    split?: Split;
    cors?: CorsPolicy;
    mirror?: RouteMirror;
};
type Action = Serve | {
    redirect: true;
} | {
    toPath: string;
    statusCode: number;
} | {
    to: RedirectUrl;
    statusCode: number;
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
 * HTTPRoutes (names.ts routeName: they sort in rule order) with the same hostname and parents, which is equivalent.
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
/** A route redirected to HTTPS on plain HTTP (ssl-redirect / force-ssl-redirect per location). */
export declare const toHttps: (r: Route) => boolean;
/** The rule for requests no route of the vhost takes: the fallback's redirect on plain HTTP, else the fallback upstream. */
export declare function fallbackRule(vh: VirtualHost, side?: 'http'): PlannedRule | undefined;
/**
 * A route's own redirect as a rule action: to a path on the request's scheme and host (app-root,
 * an Exact "/" route, 302; permanent-redirect to a path, which nginx makes absolute), or
 * permanent/temporal-redirect (a URL the support rows let through: redirects.ts).
 */
export declare function redirectAction(r: Route): {
    toPath: string;
    statusCode: number;
} | {
    to: RedirectUrl;
    statusCode: number;
} | undefined;
/** What a route's rule does (upstream, Host, read timeout, headers, rewrite, canary) and a key grouping equal ones. */
export declare function serveOf(r: Route, vh: VirtualHost, problems: RouteProblem[], rewrite?: PathRewrite): {
    key: string;
    action: Serve & {
        canary?: RouteCanary;
    };
};
export {};
