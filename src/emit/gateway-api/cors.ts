import type { Diagnostics } from '../../diagnostics/collector.js';
import { routesOf, type CorsPolicy, type RouteTable } from '../../ir/types.js';
import { parseCorsOrigins } from '../../providers/ingress-nginx/families/traffic.js';
import { NGINX_PREFIX } from '../../providers/ingress-nginx/read.js';

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
  cors: { allowOrigins: string[]; allowMethods: string[]; allowHeaders?: string[]; exposeHeaders?: string[]; allowCredentials?: true; maxAge: number };
}

/** HTTPRoute allowMethods' enum ("*" is not an ingress-nginx value: its grammar takes letters). */
export const CORS_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH']);
/** CORSOrigin's pattern without the "*" host forms, which ingressc never writes. */
const ORIGIN_RE = /^https?:\/\/(?:[a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+(?::[0-9]{1,5})?$/;
const MAX_ITEMS = 64;
const MAX_AGE = 2147483647;

/** ingress-nginx's lists (methods, headers) split as its values are written: ",", ", " or " ". */
const tokens = (s: string): string[] => s.split(/[, ]+/).filter((t) => t !== '');

/** Each item once (a CRD list of type set); `fold` says which spellings are the same item. */
function unique(items: readonly string[], fold: (s: string) => string = (s) => s): string[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(fold(i)) && seen.add(fold(i)));
}

/** The filter for a policy; undefined when no origin can match (ingress-nginx then adds nothing). */
export function corsFilter(p: CorsPolicy): CORSFilter | undefined {
  if (p.allowOrigins !== '*' && p.allowOrigins.length === 0) return undefined;
  const methods = unique(tokens(p.allowMethods));
  const bad = methods.find((m) => !CORS_METHODS.has(m));
  if (bad !== undefined) throw new Error(`gateway-api: CORS method ${JSON.stringify(bad)} reached the emitter (the support rows must refuse it)`);
  const headers = unique(tokens(p.allowHeaders), (h) => h.toLowerCase());
  const expose = unique(tokens(p.exposeHeaders), (h) => h.toLowerCase());
  return {
    type: 'CORS',
    cors: {
      // ingress-nginx compares origins case-insensitively; browsers send them in lower case.
      allowOrigins: p.allowOrigins === '*' ? ['*'] : unique(p.allowOrigins.map((o) => o.toLowerCase())),
      allowMethods: methods,
      ...(headers.length ? { allowHeaders: headers } : {}),
      ...(expose.length ? { exposeHeaders: expose } : {}),
      ...(p.allowCredentials && p.allowOrigins !== '*' ? { allowCredentials: true as const } : {}),
      maxAge: p.maxAge,
    },
  };
}

/** Why the CORS filter cannot hold an origin list without allowing more than ingress-nginx, else undefined. */
function originsProblem(origins: readonly string[]): string | undefined {
  for (const o of origins) {
    if (/^[a-z]+:\/\/\*\./.test(o)) return `origin ${JSON.stringify(o)}: "*." stands for one label in ingress-nginx and for any number of labels in Gateway API's CORS filter, which would allow more origins`;
    if (!ORIGIN_RE.test(o) || o.length > 253) return `origin ${JSON.stringify(o)}: Gateway API's CORS filter takes http:// and https:// origins with a host name only`;
  }
  return origins.length > MAX_ITEMS ? `Gateway API's CORS filter takes at most ${MAX_ITEMS} origins` : undefined;
}

/** Why the CORS filter cannot take an annotation's value (support rows' refuse, IC3071), else undefined. */
export function corsRefusal(key: string, value: string): string | undefined {
  switch (key) {
    case 'cors-allow-origin': {
      const r = parseCorsOrigins(value);
      if ('expected' in r || r.origins === '*') return undefined;
      return originsProblem(r.origins);
    }
    case 'cors-allow-methods': {
      const bad = tokens(value).find((m) => !CORS_METHODS.has(m));
      return bad === undefined ? undefined : `method ${JSON.stringify(bad)}: Gateway API's CORS filter takes ${[...CORS_METHODS].join(', ')} (in capitals)`;
    }
    case 'cors-allow-headers':
    case 'cors-expose-headers':
      return tokens(value).length > MAX_ITEMS ? `Gateway API's CORS filter takes at most ${MAX_ITEMS} header names` : undefined;
    case 'cors-max-age': {
      const n = Number(value.trim());
      return Number.isInteger(n) && (n < 1 || n > MAX_AGE) ? `Gateway API's CORS maxAge is 1 to ${MAX_AGE} seconds` : undefined;
    }
  }
  return undefined;
}

/**
 * IC4510 once per host with CORS, at its first CORS path: what the filter does differently. Also
 * IC3071 at each path whose origin list the filter cannot hold: the support row refuses such a
 * value, but a cors-allow-origin with entries ingress-nginx skips (IC2280) is not support-checked,
 * so the emitter checks the list it receives. False when something was refused.
 */
export function reportCors(ir: RouteTable, diags: Diagnostics): boolean {
  let ok = true;
  for (const vh of ir.vhosts) {
    for (const r of routesOf(vh)) {
      const o = r.policies?.cors?.allowOrigins;
      const why = o && o !== '*' ? originsProblem(o) : undefined;
      if (why === undefined) continue;
      ok = false;
      diags.report('IC3071', r.origin, { key: `${NGINX_PREFIX}cors-allow-origin`, target: 'gateway-api', why }, { target: 'gateway-api' });
    }
    const r = routesOf(vh).find((x) => x.policies?.cors && corsFilter(x.policies.cors));
    if (r && ok) diags.report('IC4510', r.origin, { host: vh.name }, { target: 'gateway-api' });
  }
  return ok;
}
