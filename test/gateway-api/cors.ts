/**
 * HTTPRoute's CORS filter (v1.6.1 standard, Support: Extended) as the CRD's field descriptions
 * define it, for the route evaluator. Where the spec leaves a choice, the one taken is named:
 *  - the filter acts on requests with an Origin header only (a CORS request, Fetch standard);
 *  - a preflight is an OPTIONS request with Origin and Access-Control-Request-Method; the gateway
 *    answers it itself, "always an OK status (i.e., 204 or 200)": 200 here (Envoy's CORS filter,
 *    behind Envoy Gateway, answers 200); from an origin not allowed, 200 without CORS headers (the
 *    spec's other choice is 403);
 *  - allowOrigins: "*" alone allows every origin; an entry is scheme://host[:port], the port
 *    defaulting to 80/443 by scheme; a "*" in the host is "a greedy match to the left" (one or more
 *    labels); scheme and host compare case-insensitively (RFC 3986), the port exactly;
 *  - Access-Control-Allow-Origin echoes the request's Origin; "*" with allowOrigins ["*"] and
 *    without credentials (the spec allows either there);
 *  - Access-Control-Allow-Methods / -Headers / -Max-Age (maxAge, default 5) answer preflights
 *    only (what a browser reads them from); "*" with credentials echoes the request's
 *    Access-Control-Request-Method / -Headers (omitted without them), else the list joined ", ";
 *  - Access-Control-Allow-Credentials "true" with allowCredentials; Access-Control-Expose-Headers
 *    (the list joined ", ") on the proxied response only.
 */
export interface CorsFilter {
  allowOrigins?: string[];
  allowMethods?: string[];
  allowHeaders?: string[];
  exposeHeaders?: string[];
  allowCredentials?: boolean;
  maxAge?: number;
}

export type CorsAnswer = { preflight: true; headers: Record<string, string> } | { preflight: false; headers: Record<string, string> };

/** What the filter does with a request (`headers` keyed by lowercase name); undefined: nothing. */
export function corsAnswer(f: CorsFilter, method: string, headers: ReadonlyMap<string, string>): CorsAnswer | undefined {
  const origin = headers.get('origin');
  if (origin === undefined) return undefined;
  const acrm = headers.get('access-control-request-method');
  const preflight = method === 'OPTIONS' && acrm !== undefined;
  if (!originAllowed(f.allowOrigins ?? [], origin)) return preflight ? { preflight: true, headers: {} } : undefined;
  const creds = f.allowCredentials === true;
  const out: Record<string, string> = {};
  out['access-control-allow-origin'] = (f.allowOrigins ?? []).includes('*') && !creds ? '*' : origin;
  if (creds) out['access-control-allow-credentials'] = 'true';
  if (!preflight) {
    if (f.exposeHeaders?.length) out['access-control-expose-headers'] = f.exposeHeaders.join(', ');
    return { preflight: false, headers: out };
  }
  const methods = f.allowMethods ?? [];
  if (methods.includes('*') && creds) out['access-control-allow-methods'] = acrm!;
  else if (methods.length) out['access-control-allow-methods'] = methods.join(', ');
  const hdrs = f.allowHeaders ?? [];
  const acrh = headers.get('access-control-request-headers');
  if (hdrs.includes('*') && creds) {
    if (acrh !== undefined) out['access-control-allow-headers'] = acrh;
  } else if (hdrs.length) out['access-control-allow-headers'] = hdrs.join(', ');
  out['access-control-max-age'] = String(f.maxAge ?? 5);
  return { preflight: true, headers: out };
}

function originParts(o: string): { scheme: string; host: string; port: string } | undefined {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/:]+)(?::(\d{1,5}))?$/.exec(o);
  if (!m) return undefined;
  const scheme = m[1]!.toLowerCase();
  return { scheme, host: m[2]!.toLowerCase(), port: m[3] ?? (scheme === 'https' ? '443' : scheme === 'http' ? '80' : '') };
}

function originAllowed(allowed: readonly string[], origin: string): boolean {
  if (allowed.includes('*')) return true;
  const o = originParts(origin);
  if (!o) return false;
  return allowed.some((a) => {
    const p = originParts(a);
    if (!p || p.scheme !== o.scheme || p.port !== o.port) return false;
    if (p.host === '*') return true;
    if (p.host.startsWith('*.')) return o.host.endsWith(p.host.slice(1)) && o.host.length > p.host.length - 1;
    return p.host === o.host;
  });
}
