import { corsHeaderTemplate, corsOriginSearch, ECHO_ORIGIN } from '../../ir/cors.js';
import { routesOf, type CorsPolicy, type RouteTable } from '../../ir/types.js';
import type { TextWriter } from '../text-writer.js';
import { nginxQuote } from './quote.js';

/**
 * ingress-nginx's CORS block without the headers-more module (nginx-light has none): the location
 * decides in its rewrite phase, as ingress-nginx does, whether the policy applies
 * ($ingressc_cors "1", "1o" for an OPTIONS request, which is answered 204 there) and sets each
 * header's value in a variable. One http-level map per header sends that value when the policy
 * applies and the upstream's own header otherwise; the upstream's header of that name is hidden,
 * so ours replaces it as more_set_headers does. `add_header ... always` covers every status, and an
 * empty value sends no header.
 */
const HEADERS = [
  'Access-Control-Allow-Origin',
  'Access-Control-Allow-Credentials',
  'Access-Control-Allow-Methods',
  'Access-Control-Allow-Headers',
  'Access-Control-Expose-Headers',
  'Access-Control-Max-Age',
] as const;

const slug = (name: string): string => name.toLowerCase().replace(/-/g, '_');
const valueVar = (name: string): string => `$ingressc_cors_v_${slug(name).replace(/^access_control_/, '')}`;
const headerVar = (name: string): string => `$ingressc_cors_h_${slug(name).replace(/^access_control_/, '')}`;

/** The http-level maps (only when some route has CORS). */
export function corsMaps(w: TextWriter, ir: RouteTable): void {
  // A map may only name a variable some location sets: one per header some policy sends.
  const used = new Set(ir.vhosts.flatMap((vh) => routesOf(vh).flatMap((r) => (r.policies?.cors ? corsHeaderTemplate(r.policies.cors).map((h) => h.name) : []))));
  for (const h of HEADERS.filter((n) => used.has(n))) w.line(`map $ingressc_cors ${headerVar(h)} { "~^1" ${valueVar(h)}; default $upstream_http_${slug(h)}; }`);
}

/** A location's CORS directives, before its proxy_pass. */
export function corsLines(p: CorsPolicy | undefined): string[] {
  if (!p) return [];
  const out = ['set $ingressc_cors "";'];
  if (p.allowOrigins === '*') out.push('set $ingressc_cors 1;');
  else {
    const search = corsOriginSearch(p.allowOrigins);
    // Built from grammar-checked entries: "$" is the regex's own end anchor.
    if (search !== undefined) out.push(`if ($http_origin ~* ${nginxQuote(search, { allowDollar: true })}) { set $ingressc_cors 1; }`);
  }
  out.push('if ($request_method = OPTIONS) { set $ingressc_cors "${ingressc_cors}o"; }');
  const template = corsHeaderTemplate(p);
  for (const h of template) out.push(`set ${valueVar(h.name)} ${h.value === ECHO_ORIGIN ? '$http_origin' : nginxQuote(h.value)};`);
  out.push('if ($ingressc_cors = 1o) { return 204; }');
  for (const h of template) out.push(`proxy_hide_header ${h.name};`, `add_header ${h.name} ${headerVar(h.name)} always;`);
  return out;
}
