import { type Route, type ResponseRewrites, type HeaderValue, type RouteErrors, type RouteFilter, type RouteMirror, type RoutePolicies, type RouteTable, type VirtualHost } from '../../ir/types.js';
import type { Emitter } from '../emitter.js';
import { type NginxRouting } from './route-maps.js';
/**
 * nginx.conf for `cd DIR && nginx -p . -c nginx.conf -g 'daemon off;'`: every path is relative to
 * the prefix, so the output directory is self-contained.
 */
export declare const nginxEmitter: Emitter;
export declare function renderNginx(ir: RouteTable, resolver?: string, routing?: NginxRouting): string;
export interface Loc {
    modifier: '=' | '^~' | '';
    path: string;
    upstream: string | undefined;
    policies?: RoutePolicies;
    /** Host (upstream-vhost) and X-Forwarded-Prefix settings of the route answering here. */
    filters?: RouteFilter[];
    /** The route answering here, when it has a canary (it answers in place). */
    canaryRoute?: Route;
    /** Error pages of the route answering here (errors.ts). */
    errors?: RouteErrors;
    /** proxy_redirect / proxy_cookie_* of the route answering here (response-rewrites.ts). */
    responseRewrites?: ResponseRewrites;
    /** Response headers of the route answering here (custom-headers.ts). */
    responseHeaders?: HeaderValue[];
    /** The mirror of the route answering here (mirror.ts). */
    mirror?: RouteMirror;
}
/** A location that only jumps to its upstream's named location (route-maps.ts routes such hosts by maps). */
export declare const plainJump: (l: Loc) => boolean;
/**
 * The http-level proxy_set_header lines. nginx inherits proxy_set_header only into a location that
 * sets none itself, so a location that sets a header repeats them all.
 */
export declare const PROXY_HEADERS: string[];
/** The locations of a host outside regex mode, in file order: exact and element-wise prefix paths as ingress-nginx writes them. */
export declare function locationPlan(vh: VirtualHost, fallbackFilters: RouteFilter[]): Loc[];
