/** A request to a route evaluator (Traefik, Gateway API): what the conformance client sends. */
export interface EvalRequest {
  host: string;
  path: string;
  https: boolean;
  method: string;
  /** Request headers (a list is several lines), sent again on every hop. */
  headers?: Record<string, readonly string[]>;
  /** false: no redirect is followed (ingress-nginx's e2e client uses the first response). */
  follow?: boolean;
}

/**
 * Follows an evaluator's redirects as the conformance client follows a live proxy's (at most 10
 * hops, the method kept): the last outcome, and the first Location it was sent to.
 */
export function followRedirects<O extends { kind: string }>(route: (r: EvalRequest) => O, req: EvalRequest): { outcome: O; firstLocation?: string } {
  const headers = req.headers ? { headers: req.headers } : {};
  let cur: EvalRequest = { host: req.host, path: req.path, https: req.https, method: req.method, ...headers };
  let o = route(cur);
  let firstLocation: string | undefined;
  for (let hops = 0; o.kind === 'redirect' && req.follow !== false; hops++) {
    const location = (o as unknown as { location: string }).location;
    firstLocation ??= location;
    if (hops === 10) break;
    const u = new URL(location);
    cur = { host: u.hostname, path: u.pathname || '/', https: u.protocol === 'https:', method: cur.method, ...headers };
    o = route(cur);
  }
  return { outcome: o, ...(firstLocation !== undefined ? { firstLocation } : {}) };
}
