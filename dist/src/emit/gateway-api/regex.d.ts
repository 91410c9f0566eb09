import type { Route, VirtualHost } from '../../ir/types.js';
import type { PathRewrite, RouteMatch } from './types.js';
/**
 * Paths Gateway API's Exact and PathPrefix cannot say, as RegularExpression matches:
 *  - ingress-nginx's regex mode (use-regex / rewrite-target on some Ingress of the host): every
 *    path of the host is `~* "^<path>"`, tried in `vh.ordered` order (longest text first);
 *  - ImplementationSpecific string prefixes (nginx `location /api` also matches "/apiv2"); the
 *    host's element-wise Prefix paths become patterns too, so that all of them rank alike.
 * The pattern is RE2 matched against the whole path (query excluded), which is what Envoy Gateway
 * does with it (an Envoy safe_regex route match); it is the Envoy emitter's translation of the
 * portable regex (src/ir/regex.ts), case-insensitive with a leading "(?i)".
 *
 * Gateway API leaves RegularExpression precedence to the implementation. Envoy Gateway ranks
 * them after Exact and before PathPrefix, longer pattern text first; other implementations keep
 * rule order. So the rules are written in ingress-nginx's order AND every pattern is made longer
 * than the next one (an empty group "(?:)" appended as often as needed): both readings give
 * ingress-nginx's first match.
 */
/** RE2 text of a route's path on a regex or string-prefix host (Exact routes stay Exact). */
export declare function pathPattern(r: Route): string;
/** Pads patterns (in rule order) so that each is longer than the next: Envoy Gateway's order is then rule order. */
export declare function strictlyDescending(patterns: readonly string[]): string[];
/** Whether a host's paths are written as RegularExpression matches, and why (for IC4508). */
export declare function regexReason(vh: VirtualHost): string | undefined;
/** A regex host's routes in first-match order: the ordered list, or the prefixes (Exact paths stay Exact and rank first). */
export declare const regexRoutes: (vh: VirtualHost) => Route[];
export type RewritePlan = {
    rewrite: PathRewrite;
    prefix?: string;
} | {
    problem: string;
};
/**
 * rewrite-target as a URLRewrite path: the pattern is the route's own (start-anchored, matched
 * when the route is), so a replacement without capture references is a ReplaceFullPath; the
 * documented "<prefix>(/|$)(.*)" → "/$2" is a ReplacePrefixMatch "/" on a PathPrefix "<prefix>"
 * (Gateway API's table: "/prefix", "/prefix/" → "/"; "/prefix/x" → "/x", as ingress-nginx gives).
 */
export declare function rewriteOf(r: Route): RewritePlan | undefined;
/** The literal start of a route's pattern, lowercased ("" when it may start with anything). */
export declare function literalStart(r: Route): string;
export declare const regexMatch: (value: string) => RouteMatch;
