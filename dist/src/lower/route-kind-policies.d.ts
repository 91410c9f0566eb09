import type { TargetName } from '../diagnostics/types.js';
import type { RoutePolicies } from '../ir/types.js';
type PolicyName = keyof RoutePolicies;
/** Does `target` apply `policy` on routes of kind `match`? */
export declare function appliesOn(target: TargetName, match: string, policy: PolicyName): boolean;
/** The route's policies `target` does not apply on its kind of route: IC3072 / IC3140. */
export declare function unappliedPolicies(target: TargetName, match: string, policies: RoutePolicies | undefined): {
    policies: string[];
    traffic: string[];
};
export {};
