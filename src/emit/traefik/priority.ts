import type { HostKind, Route, RouteTable } from '../../ir/types.js';
import { CANARY_STEP, hasCanaries } from './canary.js';
import { hasCors } from './cors.js';
import { TWIN_STEP, hasClientTwins } from './client-twins.js';

/** Rank of a prefix: 1 + the length of what it matches below itself ("/p" Prefix: "/p/"), so "/p" Prefix outranks StringPrefix "/p". */
const prefixRank = (r: Pick<Route, 'path' | 'match'>): number => (r.match === 'StringPrefix' && r.path !== '/' ? r.path.length : 1 + r.path.length);

/**
 * Explicit router priorities that reproduce the IR order. Traefik tries routers by priority,
 * highest first, and its default priority is the rule length, which would let
 * `Host(..) && (Path("/p") || PathPrefix("/p/"))` beat `Host(..) && Path("/p")`.
 *
 *   priority = class base + rank within the vhost
 *   class base: exact hosts 2·S, wildcards 1·S, host-less 0      (S = 10^6 unless paths are huge)
 *   rank:       catch-all 1 < StringPrefix len(p) | Prefix 1+len(p) < Exact S/2+len(p)
 *               regex mode: catch-all 1 < route i of n: 1+n-i (the IR's order)
 *
 * So exact > longer prefix > shorter prefix > catch-all inside a vhost, and every router of a
 * higher host class outranks every router of a lower one (the vhost catch-all is what stops a
 * request that matched a host from falling through to a lower class).
 *
 * Equal priorities have no defined order in Traefik (sort.Sort is unstable). Two routers share a
 * priority only when no request can match both: different vhosts of one class (a host matches
 * at most one exact name and one one-label wildcard), exact routes of different paths, prefixes
 * of equal length but different paths, or the same route on the other entry point.
 */
export interface Priorities {
  catchAll(kind: HostKind): number;
  /** 1 + the length of what the prefix matches below itself ("/p" Prefix: "/p/"; StringPrefix "/p": "/p"). */
  prefix(kind: HostKind, r: Pick<Route, 'path' | 'match'>): number;
  /** Regex mode: route `index` of `count` in the IR's order, all above the catch-all. */
  ordered(kind: HostKind, index: number, count: number): number;
  exact(kind: HostKind, path: string): number;
}

const CLASS_INDEX: Record<HostKind, number> = { any: 0, wildcard: 1, exact: 2 };

export function priorities(ir: RouteTable): Priorities {
  let longest = 0;
  for (const vh of ir.vhosts) {
    for (const r of [...vh.exact, ...vh.prefix]) longest = Math.max(longest, r.path.length);
    longest = Math.max(longest, (vh.ordered?.length ?? 0) + 1);
  }
  // Prefix ranks reach 1+longest and must stay below S/2, where exact ranks start.
  let span = 1_000_000;
  while (span / 2 <= longest + 1) span *= 10;
  const base = (kind: HostKind): number => CLASS_INDEX[kind] * span;
  // With canaries or CORS, every priority is spaced out so a route's decision routers fit above it
  // (canary.ts, cors.ts); with deny-lists or limit-whitelist further, for the twins' bands (client-twins.ts).
  const step = hasClientTwins(ir) ? TWIN_STEP : hasCanaries(ir) || hasCors(ir) ? CANARY_STEP : 1;
  return {
    catchAll: (kind) => step * (base(kind) + 1),
    prefix: (kind, r) => step * (base(kind) + prefixRank(r)),
    ordered: (kind, index, count) => step * (base(kind) + 1 + count - index),
    exact: (kind, path) => step * (base(kind) + span / 2 + path.length),
  };
}
