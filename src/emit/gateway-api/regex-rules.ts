import type { Route, VirtualHost } from '../../ir/types.js';
import { canaryRules } from './canary.js';
import { literalStart, pathPattern, regexMatch, regexRoutes, rewriteOf, strictlyDescending } from './regex.js';
import { MAX_MATCHES_PER_RULE, fallbackRule, redirectAction, serveOf, toHttps, type PlannedRule, type RouteProblem } from './routes.js';
import type { RouteMatch } from './types.js';

/** HTTPPathMatch.value holds at most 1024 characters. */
const MAX_VALUE = 1024;

/**
 * The rules of a host whose paths are RegularExpression matches (gateway-api/regex.ts): Exact
 * paths first (string-prefix hosts), then every route in ingress-nginx's first-match order, each
 * pattern longer than the next; consecutive routes with the same action share a rule. A
 * "<prefix>(/|$)(.*)" → "/$2" rewrite is a PathPrefix rule with ReplacePrefixMatch, refused when
 * a later path of the host may match the same requests (implementations rank a PathPrefix after
 * RegularExpression matches, so the order would change). The fallback is last (no matches).
 */
export function regexHostRules(vh: VirtualHost, problems: RouteProblem[], side?: 'http'): PlannedRule[] {
  const rules: PlannedRule[] = [];
  for (const r of vh.exact) push(rules, r, { path: { type: 'Exact', value: r.path } }, vh, problems, undefined, side);
  const list = regexRoutes(vh);
  const plans = list.map((r, i) => {
    // Redirected to HTTPS on this side: no rewrite, so the route keeps its (case-insensitive) pattern.
    const rw = side === 'http' && toHttps(r) ? undefined : rewriteOf(r);
    if (rw && 'problem' in rw) {
      problems.push({ vhost: vh, detail: '', rewrite: { target: targetOf(r), path: r.sourcePath, detail: rw.problem, origin: r.origin } });
      return { r };
    }
    if (rw?.prefix) {
      const p = rw.prefix.toLowerCase();
      const later = list.slice(i + 1).find((o) => {
        const s = literalStart(o);
        return p.startsWith(s) || s.startsWith(p);
      });
      if (later) {
        problems.push({ vhost: vh, detail: '', rewrite: { target: targetOf(r), path: r.sourcePath, detail: `it needs a PathPrefix match (ReplacePrefixMatch), which implementations rank after RegularExpression matches, and path ${JSON.stringify(later.sourcePath)}, later in ingress-nginx's order, may match the same requests`, origin: r.origin } });
        return { r };
      }
    }
    return { r, ...(rw ? { rw } : {}) };
  });
  const regexPlans = plans.filter((p) => !p.rw?.prefix);
  const patterns = strictlyDescending(regexPlans.map((p) => pathPattern(p.r)));
  const patternOf = new Map(regexPlans.map((p, i) => [p.r, patterns[i]!]));
  for (const { r, rw } of plans) {
    if (rw?.prefix) {
      push(rules, r, { path: { type: 'PathPrefix', value: rw.prefix } }, vh, problems, rw.rewrite, side, true);
      continue;
    }
    const value = patternOf.get(r)!;
    if (value.length > MAX_VALUE) problems.push({ vhost: vh, detail: `the RegularExpression of path ${JSON.stringify(r.sourcePath)} would be ${value.length} characters (at most ${MAX_VALUE})` });
    push(rules, r, regexMatch(value), vh, problems, rw?.rewrite, side);
  }
  const fb = fallbackRule(vh, side);
  if (fb) rules.push(fb);
  return rules;
}

const keys = new WeakMap<PlannedRule, string>();

/** Appends a route's rule, or its match to the previous rule when that one does the same (order kept). */
function push(rules: PlannedRule[], r: Route, m: RouteMatch, vh: VirtualHost, problems: RouteProblem[], rewrite: Parameters<typeof serveOf>[3], side: 'http' | undefined, alone = false): void {
  const rd = redirectAction(r);
  if (rd) {
    rules.push({ matches: [m], action: rd });
    return;
  }
  const https = side === 'http' && toHttps(r);
  const { key, action } = https ? { key: 'https', action: { upstream: '' } } : serveOf(r, vh, problems, rewrite);
  if (https) {
    const last = rules[rules.length - 1];
    if (last?.matches && keys.get(last) === key && last.matches.length < MAX_MATCHES_PER_RULE) last.matches.push(m);
    else {
      const rule: PlannedRule = { matches: [m], action: { redirect: true } };
      keys.set(rule, key);
      rules.push(rule);
    }
    return;
  }
  const { canary, ...serve } = action;
  if (canary) {
    rules.push(...canaryRules([m], serve, canary));
    return;
  }
  const last = rules[rules.length - 1];
  if (!alone && last?.matches && keys.get(last) === key && last.matches.length < MAX_MATCHES_PER_RULE) {
    last.matches.push(m);
    return;
  }
  const rule: PlannedRule = { matches: [m], action: serve };
  if (!alone) keys.set(rule, key);
  rules.push(rule);
}

const targetOf = (r: Route): string => {
  const f = r.filters?.find((x) => x.type === 'URLRewrite');
  return f?.type === 'URLRewrite' ? JSON.stringify(f.path.replacement.replace(/\{([1-9])\}/g, '$$$1')) : '';
};

/** PathPrefix rewrites of a host (case-sensitive where ingress-nginx is not), for IC4508. */
export function caseSensitivePrefixes(vh: VirtualHost): string[] {
  return regexRoutes(vh).flatMap((r) => {
    const rw = rewriteOf(r);
    return rw && !('problem' in rw) && rw.prefix && /[A-Za-z]/.test(rw.prefix) ? [rw.prefix] : [];
  });
}
