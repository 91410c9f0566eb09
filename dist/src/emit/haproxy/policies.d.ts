import { type Route, type RoutePolicies, type RouteTable, type Upstream } from '../../ir/types.js';
import { type VariantSettings } from '../upstream-variants.js';
import { type LimitTables } from './limits.js';
/**
 * Routes with policies get a backend of their own per (upstream, policies) pair: "p<N>.be_<id>"
 * ("." never occurs in an upstream id, so it cannot collide). Its http-request rules refuse
 * clients before it proxies to the same servers as the upstream's backend. The client address
 * is `src`: the connection's peer, or the one forwarded-headers.ts set (realip keys). Address lists
 * are pattern files (a line has at most 64 words; an allow-list may hold hundreds of CIDRs).
 */
export interface PolicyBackend {
    name: string;
    upstream: Upstream;
    policies: RoutePolicies;
    /** The route's Host and timeouts (upstream-vhost, proxy-*-timeout), on this backend too. */
    settings: VariantSettings;
    /** Pattern files this backend reads, by role. */
    files: {
        deny?: string;
        allow?: string;
    };
    /** Request-limit rules (limits.ts), before the source-range rules. */
    limitRules: string[];
}
export interface PolicyBackends {
    /** The backend a route's requests go to. */
    backendOf(r: Route): string;
    /** Does the route go to a policy backend? */
    has(r: Route): boolean;
    list: PolicyBackend[];
    /** Stick tables and exempt lists of the request limits. */
    limits: LimitTables;
}
export declare function policyBackends(ir: RouteTable): PolicyBackends;
/** The backend's access rules: deny-list first, then the allow-list, as ingress-nginx orders them. */
export declare function policyRules(pb: PolicyBackend): string[];
/** One CIDR per line; each passes the config-word check (digits, hex, ".", ":", "/"). */
export declare function patternFile(cidrs: readonly string[]): string;
