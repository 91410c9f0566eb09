import { followRedirects } from '../helpers/follow-redirects.js';
import { parse } from 'yaml';
import { TraefikModel, type DynamicHttp, type Outcome } from './evaluate.js';
import { routeTcp, type DynamicTcp } from './tcp.js';

/**
 * The evaluator as the conformance suite calls it (test/conformance/traefik.ts finds this
 * export by name): `configText` is traefik.yaml; the answer is the final status, the Traefik
 * service (an IR upstream id) and the first redirect's Location.
 *
 * The suite's client follows redirects (STEPS.md §3.6: same method, the Location's scheme and
 * host without port, its path without query, same address); its live runs do that over the wire,
 * its evaluator runs do not, so this adapter follows them with the same rules (at most 10 hops).
 * TraefikModel.route itself answers one request, like Traefik.
 */
export function evaluateTraefik(
  configText: string,
  req: { host: string; path: string; https: boolean; method: string; headers?: Record<string, readonly string[]>; follow?: boolean },
): { status: number; service?: string; router?: string; location?: string; path?: string; setHeaders?: Record<string, string>; responseHeaders?: Record<string, string>; server?: string } {
  // TLS passthrough: Traefik's TCP routers take the connection before any HTTP router (tcp.ts).
  const tcp = req.https ? routeTcp(parse(configText) as { tcp?: DynamicTcp }, { entryPoint: 'websecure', sni: req.host.replace(/:\d+$/, '') }) : undefined;
  if (tcp) return { status: 200, service: tcp.service, router: tcp.router, path: req.path };
  const model = modelFor(configText);
  const { outcome: o, firstLocation } = followRedirects((r) => model.route(r), req);
  const loc = firstLocation ? { location: firstLocation } : {};
  // Response headers: those the middlewares set (none when no headers middleware ran).
  const rh = { responseHeaders: o.responseHeaders ?? {} };
  if (o.kind === 'proxied') return { status: o.status, service: o.service, router: o.router, path: o.forwardedPath, setHeaders: o.setHeaders, ...(o.server ? { server: o.server } : {}), ...rh, ...loc };
  if (o.kind === 'redirect') return { status: o.status, router: o.router, location: o.location, ...rh };
  return { status: o.status, ...(o.router ? { router: o.router } : {}), ...rh, ...loc };
}

const models = new Map<string, TraefikModel>();

function modelFor(configText: string): TraefikModel {
  let m = models.get(configText);
  if (!m) {
    if (models.size > 32) models.clear();
    models.set(configText, (m = new TraefikModel(parse(configText) as { http?: DynamicHttp })));
  }
  return m;
}
