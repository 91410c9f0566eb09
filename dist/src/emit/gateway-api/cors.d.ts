import type { Diagnostics } from '../../diagnostics/collector.js';
import { type CorsPolicy, type RouteTable } from '../../ir/types.js';
/**
 * ingress-nginx's CORS (IR CorsPolicy) as HTTPRoute's CORS filter (v1.6.1 standard, Extended).
 * The filter says less than ingress-nginx does; what differs is IC4510 (a warning at the first CORS
 * path of each host) and the support rows' note; values the filter cannot hold without allowing
 * more than ingress-nginx are refused by the support rows (corsRefusal, IC3071):
 *  - "*." origins (one label in ingress-nginx, any number in the filter), "null" and other schemes;
 *  - "*" with credentials: ingress-nginx sends "Access-Control-Allow-Origin: *" with
 *    "Access-Control-Allow-Credentials: true", which browsers refuse for credentialed requests;
 *    the filter would echo every Origin and allow them. allowCredentials is left out instead, which
 *    browsers treat the same (credentialed requests fail, the others pass).
 */
export interface CORSFilter {
    type: 'CORS';
    cors: {
        allowOrigins: string[];
        allowMethods: string[];
        allowHeaders?: string[];
        exposeHeaders?: string[];
        allowCredentials?: true;
        maxAge: number;
    };
}
/** HTTPRoute allowMethods' enum ("*" is not an ingress-nginx value: its grammar takes letters). */
export declare const CORS_METHODS: ReadonlySet<string>;
/** The filter for a policy; undefined when no origin can match (ingress-nginx then adds nothing). */
export declare function corsFilter(p: CorsPolicy): CORSFilter | undefined;
/** Why the CORS filter cannot take an annotation's value (support rows' refuse, IC3071), else undefined. */
export declare function corsRefusal(key: string, value: string): string | undefined;
/**
 * IC4510 once per host with CORS, at its first CORS path: what the filter does differently. Also
 * IC3071 at each path whose origin list the filter cannot hold: the support row refuses such a
 * value, but a cors-allow-origin with entries ingress-nginx skips (IC2280) is not support-checked,
 * so the emitter checks the list it receives. False when something was refused.
 */
export declare function reportCors(ir: RouteTable, diags: Diagnostics): boolean;
