import type { FamilyReader } from './reader.js';
/**
 * canary, canary-weight(-total), canary-by-header(-value/-pattern), canary-by-cookie, read as
 * ingress-nginx v1.15.1 reads them (annotations/canary/main.go, balancer.lua
 * route_to_alternative_balancer). Only a canary Ingress gets settings; on any other Ingress the
 * keys are reported and ignored, as ingress-nginx ignores them.
 */
export interface CanarySettings {
    /** canary: "true". */
    enabled: boolean;
    /** canary-weight (default 0). */
    weight: number;
    /** canary-weight-total as ingress-nginx uses it: the written value when above 100, else 100. */
    weightTotal: number;
    /** canary-by-header: the request header name, `_` read as `-` (nginx's $http_ variable). */
    header?: string;
    /** canary-by-header-value (exact, case-sensitive); only with `header`. */
    headerValue?: string;
    /** canary-by-header-pattern (portable subset, searched case-sensitively); only with `header` and without `headerValue`. */
    headerPattern?: string;
    /** canary-by-cookie: the cookie name. */
    cookie?: string;
}
/** Larger totals are a typo; ingress-nginx takes any int. */
export declare const MAX_WEIGHT_TOTAL = 1000000;
/** canary-weight-total as ingress-nginx's balancer uses it (100 unless the value is larger). */
export declare function effectiveWeightTotal(all: Readonly<Record<string, string>>): number;
export declare const canaryReader: FamilyReader;
