import type { VirtualHost } from '../../ir/types.js';
import { type PlannedRule, type RouteProblem } from './routes.js';
/**
 * The rules of a host whose paths are RegularExpression matches (gateway-api/regex.ts): Exact
 * paths first (string-prefix hosts), then every route in ingress-nginx's first-match order, each
 * pattern longer than the next; consecutive routes with the same action share a rule. A
 * "<prefix>(/|$)(.*)" → "/$2" rewrite is a PathPrefix rule with ReplacePrefixMatch, refused when
 * a later path of the host may match the same requests (implementations rank a PathPrefix after
 * RegularExpression matches, so the order would change). The fallback is last (no matches).
 */
export declare function regexHostRules(vh: VirtualHost, problems: RouteProblem[], side?: 'http'): PlannedRule[];
/** PathPrefix rewrites of a host (case-sensitive where ingress-nginx is not), for IC4508. */
export declare function caseSensitivePrefixes(vh: VirtualHost): string[];
