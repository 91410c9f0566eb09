import { hasSourceRange, routesOf, type Route, type RouteCanary, type RouteTable, type Upstream } from '../../ir/types.js';
import { parsePortable, renderPortable } from '../../ir/regex.js';
import { escapeRegexMeta } from '../regex.js';
import { cookieCaptureRegex } from '../canary-cookie.js';
import type { TextWriter } from '../text-writer.js';
import { resolvedAtRuntime, upstreamName } from './backends.js';
import { nginxQuote } from './quote.js';
import { passLines } from './backend-protocol.js';
import type { NginxAffinity } from './traffic.js';

/**
 * ingress-nginx's canary decision (src/ir/types.ts RouteCanary) without Lua: http-level maps
 * compute, per canary k,
 *   $ingressc_canary_am<k> affinity: "0" when the cookie names an endpoint of main (traffic.ts), else "";
 *   $ingressc_canary_ac<k> affinity: "1" when the canary's cookie names an endpoint of the canary, else "";
 *   $ingressc_canary_h<k>  header rule: "1" canary, "0" main, "" undecided;
 *   $ingressc_canary_c<k>  cookie rule, the same;
 *   $ingressc_canary_w<k>  weight: split_clients over $request_id (random per request);
 *   $ingressc_canary_<k>   the first decided of them (their concatenation's first character);
 *   $ingressc_canary_up_<k> the upstream the route proxies to ("" when that Service has no endpoints).
 * A location of a route with a canary proxies in place to $ingressc_canary_up_<k>.
 */

const V = 'ingressc_canary';
/** `${name}`: a variable inside a longer string. */
const braced = (name: string): string => `\${${name}}`;

/** Identity of a canary on its primary upstream (all its routes share its maps, affinity cookies included). */
const keyOf = (r: Route): string =>
  JSON.stringify([r.upstream, r.canary!.upstream, r.canary!.weight, r.canary!.weightTotal, r.canary!.header ?? null, r.canary!.cookie ?? null, r.policies?.affinity?.cookie ?? null, r.canary!.affinity?.cookie ?? null]);

/** The proxy_pass host of an upstream: its upstream block, or host:port resolved at request time; undefined without endpoints. */
function target(u: Upstream | undefined): string | undefined {
  if (!u || u.endpoints.length === 0) return undefined;
  if (!resolvedAtRuntime(u)) return upstreamName(u);
  const e = u.endpoints[0]!;
  return `${e.host}:${e.port}`;
}

/** nginx's $http_ variable for a header name ([A-Za-z0-9_-], already checked by the reader). */
function headerVariable(name: string): string {
  if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`nginx: refusing canary header ${JSON.stringify(name)}`);
  return `$http_${name.toLowerCase().replace(/-/g, '_')}`;
}

/** A case-sensitive whole-value regex for a literal. */
const literal = (s: string): string => nginxQuote(`~^${escapeRegexMeta(s)}\\z`);
const ALWAYS_NEVER = [`${literal('always')} 1;`, `${literal('never')} 0;`];

/** Percent of weight/total for split_clients (steps of 0.01%). */
const percent = (weight: number, total: number): string => `${(Math.round((weight * 10000) / total) / 100).toFixed(2)}%`;

export class NginxCanaries {
  private readonly ids = new Map<string, number>();
  /** Canaries where one side has no endpoints (its map value is ""). */
  private readonly partial = new Set<number>();

  constructor(
    private readonly ir: RouteTable,
    private readonly affinity: NginxAffinity,
  ) {
    for (const vh of ir.vhosts) for (const r of routesOf(vh)) if (r.canary && !this.ids.has(keyOf(r))) this.ids.set(keyOf(r), this.ids.size);
  }

  /** The http-level maps of every canary. */
  maps(w: TextWriter, upstream: (id: string) => Upstream | undefined): void {
    const done = new Set<number>();
    for (const vh of this.ir.vhosts)
      for (const r of routesOf(vh)) {
        if (!r.canary) continue;
        const k = this.ids.get(keyOf(r))!;
        if (done.has(k)) continue;
        done.add(k);
        // Affinity first: a cookie naming an endpoint of the main side ("0"), else of the canary side ("1").
        const toMain = this.affinity.namesEndpoint(r.policies?.affinity, r.upstream);
        const toCanary = this.affinity.namesEndpoint(r.canary.affinity, r.canary.upstream);
        this.writeMaps(w, k, r.canary, target(upstream(r.upstream)), target(upstream(r.canary.upstream)), toMain, toCanary);
      }
  }

  private writeMaps(w: TextWriter, k: number, c: RouteCanary, main: string | undefined, canary: string | undefined, toMain?: string, toCanary?: string): void {
    w.line();
    let parts = '';
    if (toMain) {
      w.block(`map ${toMain} $${V}_am${k}`, () => ['default 0;', '"" "";'].forEach((l) => w.line(l)));
      parts += braced(`${V}_am${k}`);
    }
    if (toCanary) {
      w.block(`map ${toCanary} $${V}_ac${k}`, () => ['default 1;', '"" "";'].forEach((l) => w.line(l)));
      parts += braced(`${V}_ac${k}`);
    }
    if (c.header) {
      const h = c.header;
      // Lua's header rule; an empty header value counts as absent here ($http_ cannot tell them apart).
      const rules =
        h.value !== undefined
          ? [`${literal(h.value)} 1;`]
          : h.pattern !== undefined
            ? [`${nginxQuote('~^\\z')} "";`, `${nginxQuote(`~${renderPortable(parsePortable(h.pattern), 'pcre')}`)} 1;`]
            : ALWAYS_NEVER;
      w.block(`map ${headerVariable(h.name)} $${V}_h${k}`, () => ['default "";', ...rules].forEach((l) => w.line(l)));
      parts += braced(`${V}_h${k}`);
    }
    if (c.cookie !== undefined) {
      // nginx's $cookie_ parse, by regex (a variable name cannot hold "-"): the value of the first pair of that name.
      const first = nginxQuote(`~${cookieCaptureRegex(c.cookie)}`);
      w.block(`map $http_cookie $${V}_cv${k}`, () => ['default "";', `${first} $1;`].forEach((l) => w.line(l)));
      w.block(`map $${V}_cv${k} $${V}_c${k}`, () => ['default "";', ...ALWAYS_NEVER].forEach((l) => w.line(l)));
      parts += braced(`${V}_c${k}`);
    }
    if (c.weight === 0 || c.weight === c.weightTotal) parts += c.weight === 0 ? '0' : '1';
    else {
      w.block(`split_clients "\${request_id}" $${V}_w${k}`, () => [`${percent(c.weight, c.weightTotal)} 1;`, '* 0;'].forEach((l) => w.line(l)));
      parts += braced(`${V}_w${k}`);
    }
    w.block(`map "${parts}" $${V}_${k}`, () => ['default 0;', `${nginxQuote('~^1')} 1;`].forEach((l) => w.line(l)));
    if (main === undefined || canary === undefined) this.partial.add(k);
    const q = (t: string | undefined): string => (t === undefined ? '""' : nginxQuote(t));
    w.block(`map $${V}_${k} $${V}_up_${k}`, () => [`default ${q(main)};`, `1 ${q(canary)};`].forEach((l) => w.line(l)));
  }

  /**
   * The in-place answer of a location whose route has a canary: `before` comes first (a
   * `rewrite ... break` in the filters would skip a later rewrite-module directive), `after` last.
   */
  answer(r: Route, main?: Upstream): { before: string[]; affinity: string[]; after: string[] } {
    const k = this.ids.get(keyOf(r));
    if (k === undefined) throw new Error('nginx: canary route without maps');
    // Each side's cookie (traffic.ts), the canary's when this canary's decision is "1".
    const affinity = this.affinity.canaryLines(r.policies?.affinity, r.upstream, r.canary!.affinity, r.canary!.upstream, `$${V}_${k}`);
    // A Service without endpoints answers 503, as its route would without a canary.
    // Both Services are reached with the main route's protocol and TLS (lowering gives the canary's upstream them).
    return { before: this.partial.has(k) ? [`if ($${V}_up_${k} = "") { return 503; }`] : [], affinity, after: main ? passLines(main, `$${V}_up_${k}`) : [`proxy_pass http://$${V}_up_${k};`] };
  }
}

/**
 * Canary routes nginx cannot answer in the IR's order: the "no endpoints" 503 of a canary map is a
 * rewrite-phase `return`, which runs before the access phase's 403 of a source range.
 */
export function canaryBefore403(ir: RouteTable): Route[] {
  const empty = new Set(ir.upstreams.filter((u) => u.endpoints.length === 0).map((u) => u.id));
  return ir.vhosts.flatMap((vh) => routesOf(vh).filter((r) => r.canary && hasSourceRange(r.policies) && (empty.has(r.upstream) || empty.has(r.canary.upstream))));
}
