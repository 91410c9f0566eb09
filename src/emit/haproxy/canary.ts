import { routesOf, type AffinityPolicy, type Route, type RouteCanary, type RouteTable } from '../../ir/types.js';
import { canarySide } from '../canary-side.js';
import { serverCookie } from './traffic.js';
import { parsePortable, renderPortable } from '../../ir/regex.js';
import { cookieLookaheadRegex } from '../canary-cookie.js';
import { cfgName, quotedArg } from './quote.js';

/**
 * ingress-nginx's canary decision (src/ir/types.ts RouteCanary) in the frontend, once txn.be
 * holds the route's backend: txn.ck names the canary whose main backend that is, txn.cd gets the
 * first decided rule ("1" canary, "0" main; affinity: the cookie names a server of the main, then
 * of the canary backend; header, then cookie, then `rand(total) lt weight`),
 * and a "1" swaps txn.be for the canary's twin: the canary upstream's backend with the same
 * policies, Host and timeouts (the main route's, as on ingress-nginx).
 */

/** The canary of a route's upstream, its twin route (canary-side.ts: the canary's upstream and affinity). */
export const canaryTwin = canarySide;

/** The affinity cookies the decision reads are part of a canary's identity (its routes share its lines). */
const keyOf = (r: Route): string =>
  JSON.stringify([r.upstream, r.canary!.upstream, r.canary!.weight, r.canary!.weightTotal, r.canary!.header ?? null, r.canary!.cookie ?? null, r.policies?.affinity?.cookie ?? null, r.canary!.affinity?.cookie ?? null]);

function headerName(name: string): string {
  if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`haproxy: refusing canary header ${JSON.stringify(name)}`);
  return name;
}

/**
 * The frontend lines of every canary. `backendOf` names the backend of a route (registering
 * variant and policy backends as a side effect), `orderedBackendOf` that of a regex-mode route.
 */
export function canaryLines(ir: RouteTable, backendOf: (r: Route) => string, orderedBackendOf: (r: Route) => string): string[] {
  const upstreams = new Map(ir.upstreams.map((u) => [u.id, u]));
  const byKey = new Map<string, { canary: RouteCanary; main: Route; swaps: Map<string, string> }>();
  for (const vh of ir.vhosts) {
    const ordered = new Set(vh.ordered ?? []);
    for (const r of routesOf(vh)) {
      if (!r.canary) continue;
      const of = ordered.has(r) ? orderedBackendOf : backendOf;
      let e = byKey.get(keyOf(r));
      if (!e) byKey.set(keyOf(r), (e = { canary: r.canary, main: r, swaps: new Map() }));
      e.swaps.set(cfgName(of(r)), cfgName(of(canaryTwin(r))));
    }
  }
  const out: string[] = [];
  let k = 0;
  for (const { canary: c, main, swaps } of byKey.values()) {
    const ck = `c${k++}`;
    const on = `{ var(txn.ck) -m str ${ck} }`;
    const undecided = '!{ var(txn.cd) -m found }';
    const decide = (v: 0 | 1, cond: string): void => void out.push(`http-request set-var(txn.cd) str(${v}) if ${on} ${cond} ${undecided}`);
    const sticky = [main.policies?.affinity ? 'main affinity, ' : '', c.affinity ? 'canary affinity, ' : ''].join('');
    out.push(`# canary of ${c.ingress}: ${sticky}header, then cookie, then weight ${c.weight}/${c.weightTotal}`);
    out.push(`http-request set-var(txn.ck) str(${ck}) if { var(txn.be) -m str ${[...swaps.keys()].join(' ')} }`);
    // Affinity first (balancer.lua): a cookie naming a server of one side keeps the request there.
    const affinitized = (a: AffinityPolicy | undefined, upstream: string): string | undefined => {
      const tokens = a ? (upstreams.get(upstream)?.endpoints ?? []).map(serverCookie) : [];
      return tokens.length ? `{ req.cook(${cfgName(a!.cookie)}) -m str ${tokens.join(' ')} }` : undefined;
    };
    const toMain = affinitized(main.policies?.affinity, main.upstream);
    if (toMain) decide(0, toMain);
    const toCanary = affinitized(c.affinity, c.upstream);
    if (toCanary) decide(1, toCanary);
    if (c.header) {
      // The first line of the header, as nginx before 1.23 reads it.
      const h = `req.fhdr(${headerName(c.header.name)},1)`;
      if (c.header.value !== undefined) decide(1, `{ ${h} -m str ${quotedArg(c.header.value)} }`);
      else if (c.header.pattern !== undefined) decide(1, `{ ${h} -m reg ${quotedArg(renderPortable(parsePortable(c.header.pattern), 'pcre'))} }`);
      else {
        decide(1, `{ ${h} -m str always }`);
        decide(0, `{ ${h} -m str never }`);
      }
    }
    if (c.cookie !== undefined) {
      decide(1, `{ req.fhdr(cookie,1) -m reg ${quotedArg(cookieLookaheadRegex(c.cookie, 'always'))} }`);
      decide(0, `{ req.fhdr(cookie,1) -m reg ${quotedArg(cookieLookaheadRegex(c.cookie, 'never'))} }`);
    }
    if (c.weight > 0) decide(1, `{ rand(${c.weightTotal}) lt ${c.weight} }`);
    for (const [main, twin] of swaps) out.push(`http-request set-var(txn.be) str(${twin}) if { var(txn.cd) -m str 1 } { var(txn.be) -m str ${main} }`);
  }
  return out;
}
