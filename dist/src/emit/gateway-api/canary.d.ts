import type { RouteCanary } from '../../ir/types.js';
import type { PlannedRule, Serve as Served } from './routes.js';
import type { RouteMatch } from './types.js';
/**
 * ingress-nginx's canary decision (src/ir/types.ts RouteCanary) as HTTPRoute rules: Gateway API
 * prefers, for the same path match, the rule with more header matches, so a header rule (the
 * path plus an Exact header match) beats the route's own rule, which splits by backendRef
 * weights. Only what Gateway API says portably is emitted: Exact header values (canary-by-header
 * and -value); patterns and cookies have no support row for this target and fail closed before.
 */
/** A weighted split: the main upstream's weight, the canary's upstream and weight. */
export interface Split {
    main: number;
    upstream: string;
    canary: number;
}
type Serve = Omit<Served, 'split'>;
export declare function canaryRules(matches: RouteMatch[], action: Serve, c: RouteCanary): PlannedRule[];
export {};
