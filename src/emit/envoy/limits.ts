import { routesOf, type RateLimitBucket, type RequestLimits, type RouteTable } from '../../ir/types.js';
import type { Diagnostics } from '../../diagnostics/collector.js';
import type { Route, TypedExtension } from './types.js';

/**
 * limit-rps / limit-rpm per client address as Envoy's local rate limit with dynamic descriptors:
 * one filter in each connection manager holds, per Ingress (the IR's `key`) and period, a
 * descriptor [ingress=<key>, limit=rps|rpm, remote_address=*] whose token bucket Envoy creates per
 * client address (max_dynamic_descriptors: the least recently seen clients are forgotten beyond it).
 * Every route of that Ingress sends those descriptors (route.rate_limits), so the Ingress's routes
 * share one bucket per client, as ingress-nginx's zone. nginx's leaky bucket (rate r, burst b)
 * admits b + 1 at once and then one every 1/r s: a bucket of b + 1 tokens refilled one per 1/r s
 * (several per fill when 1/r is not a whole number of milliseconds of at least 50, Envoy's
 * minimum; more than b + 1 per fill is refused, IC4160). Refused requests take no token, as nginx does not count them. Excess:
 * RouteTable.limitStatus.requests, else 503.
 * limit-whitelist: an RBAC filter with shadow rules only (it enforces nothing) records whether
 * the client is outside the exemption list; the descriptor carries that result and only
 * "allowed" (not exempt) has a bucket, so exempt clients fall to the default bucket, unlimited.
 */
export const LIMIT_FILTER = 'envoy.filters.http.local_ratelimit';
export const EXEMPT_FILTER = 'ingressc.limit-exempt';
const LRL_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.local_ratelimit.v3.LocalRateLimit';
const RBAC_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.rbac.v3.RBAC';
const RBAC_PER_ROUTE_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.rbac.v3.RBACPerRoute';
const SHADOW_PREFIX = 'ingressc_limit_';
/** Clients remembered per descriptor (Envoy's default is 20). */
export const MAX_CLIENTS = 100_000;
/** Envoy refuses a shorter fill interval. */
const MIN_FILL_MS = 50;

const allLimits = (ir: RouteTable): RequestLimits[] => {
  const byKey = new Map<string, RequestLimits>();
  for (const vh of ir.vhosts) for (const r of routesOf(vh)) if (r.policies?.limits) byKey.set(r.policies.limits.key, r.policies.limits);
  return [...byKey.keys()].sort().map((k) => byKey.get(k)!);
};

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * A bucket of burst + 1 tokens refilling `rate` per `periodMs` exactly: the fewest tokens per
 * whole-millisecond fill of at least 50 ms. A refill larger than the bucket (burst + 1 below the
 * tokens per fill: limit-burst-multiplier 0 with a fast rate) cannot be expressed: IC4160.
 */
export function tokenBucket(b: RateLimitBucket, periodMs: number): { max_tokens: number; tokens_per_fill: number; fill_interval: string } {
  const g = gcd(periodMs, b.rate);
  let tokens = b.rate / g;
  let fill = periodMs / g;
  if (fill < MIN_FILL_MS) {
    const k = Math.ceil(MIN_FILL_MS / fill);
    tokens *= k;
    fill *= k;
  }
  return { max_tokens: b.burst + 1, tokens_per_fill: tokens, fill_interval: `${fill / 1000}s` };
}

/** IC4160 for every route whose bucket cannot refill as nginx does (the output would admit fewer than its rate). */
export function reportLimitProblems(ir: RouteTable, diags: Diagnostics): void {
  for (const vh of ir.vhosts)
    for (const r of routesOf(vh)) {
      const l = r.policies?.limits;
      if (!l) continue;
      for (const [name, b, period] of periods(l)) {
        const t = tokenBucket(b, period);
        if (t.tokens_per_fill > t.max_tokens)
          diags.report('IC4160', r.origin, { target: 'envoy', ingress: l.key, key: `limit-${name}`, rate: String(b.rate), burst: String(b.burst), tokens: String(t.tokens_per_fill), fill: t.fill_interval }, { target: 'envoy' });
      }
    }
}

const periods = (l: RequestLimits): [string, RateLimitBucket, number][] =>
  ([['rps', l.perSecond, 1000], ['rpm', l.perMinute, 60_000]] as const).filter(([, b]) => b !== undefined).map(([n, b, p]) => [n, b!, p]);

/** The filters: the exemption recorder (when a list exists), then the limiter. */
export function limitFilters(ir: RouteTable): TypedExtension[] {
  const limits = allLimits(ir).filter((l) => periods(l).length);
  if (!limits.length) return [];
  const descriptors = limits.flatMap((l) =>
    periods(l).map(([name, b, period]) => ({
      entries: [{ key: 'ingress', value: l.key }, { key: 'limit', value: name }, ...(l.exempt?.length ? [{ key: 'exempt', value: 'allowed' }] : []), { key: 'remote_address', value: '' }],
      token_bucket: tokenBucket(b, period),
    })),
  );
  const out: TypedExtension[] = [];
  if (limits.some((l) => l.exempt?.length)) out.push({ name: EXEMPT_FILTER, disabled: true, typed_config: { '@type': RBAC_TYPE } });
  out.push({
    name: LIMIT_FILTER,
    typed_config: {
      '@type': LRL_TYPE,
      stat_prefix: 'ingressc_limits',
      // The default bucket: what no descriptor names (routes without limits, exempt clients) is never refused.
      token_bucket: { max_tokens: 1_000_000_000, tokens_per_fill: 1_000_000_000, fill_interval: '1s' },
      filter_enabled: { default_value: { numerator: 100, denominator: 'HUNDRED' } },
      filter_enforced: { default_value: { numerator: 100, denominator: 'HUNDRED' } },
      // A number is a valid enum value in Envoy's JSON; lowering refuses the statuses its enum lacks.
      status: { code: ir.limitStatus?.requests ?? 503 },
      always_consume_default_token_bucket: false,
      max_dynamic_descriptors: MAX_CLIENTS,
      descriptors,
    },
  });
  return out;
}

type Principal = Record<string, unknown>;
const cidr = (c: string): Principal => {
  const [address_prefix, len] = c.split('/') as [string, string];
  return { remote_ip: { address_prefix, prefix_len: Number(len) } };
};

/** A route's descriptors (route.rate_limits) and its exemption recorder's per-route config. */
export function withLimits(route: Route, l: RequestLimits | undefined): Route {
  if (!l || !route.route) return route;
  const ps = periods(l);
  if (!ps.length) return route;
  const exempt = l.exempt?.length
    ? [{ metadata: { descriptor_key: 'exempt', metadata_key: { key: 'envoy.filters.http.rbac', path: [{ key: `${SHADOW_PREFIX}shadow_engine_result` }] }, source: 'DYNAMIC' } }]
    : [];
  route.route.rate_limits = ps.map(([name]) => ({
    actions: [{ generic_key: { descriptor_key: 'ingress', descriptor_value: l.key } }, { generic_key: { descriptor_key: 'limit', descriptor_value: name } }, ...exempt, { remote_address: {} }],
  }));
  if (l.exempt?.length)
    route.typed_per_filter_config = {
      ...(route.typed_per_filter_config ?? {}),
      [EXEMPT_FILTER]: {
        '@type': RBAC_PER_ROUTE_TYPE,
        rbac: {
          shadow_rules: { action: 'ALLOW', policies: { limited: { permissions: [{ any: true }], principals: [{ not_id: { or_ids: { ids: l.exempt.map(cidr) } } }] } } },
          shadow_rules_stat_prefix: SHADOW_PREFIX,
        },
      },
    };
  return route;
}
