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

export function canaryRules(matches: RouteMatch[], action: Serve, c: RouteCanary): PlannedRule[] {
  if (c.cookie !== undefined || c.header?.pattern !== undefined) throw new Error('gateway-api: canary cookie or header pattern reached the emitter (support rows must refuse it)');
  const rules: PlannedRule[] = [];
  const withHeader = (value: string): RouteMatch[] => matches.map((m) => ({ ...m, headers: [{ type: 'Exact', name: c.header!.name, value }] }));
  if (c.header) {
    rules.push({ matches: withHeader(c.header.value ?? 'always'), action: { ...action, upstream: c.upstream } });
    if (c.header.value === undefined) rules.push({ matches: withHeader('never'), action });
  }
  if (c.weight === c.weightTotal) rules.push({ matches, action: { ...action, upstream: c.upstream } });
  else if (c.weight === 0) rules.push({ matches, action });
  else rules.push({ matches, action: { ...action, split: { main: c.weightTotal - c.weight, upstream: c.upstream, canary: c.weight } } });
  return rules;
}
