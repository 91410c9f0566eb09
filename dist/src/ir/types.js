export const caFile = (id) => `client-ca/${id}.crt`;
export const hasAuth = (p) => p?.basicAuth !== undefined || p?.externalAuth !== undefined;
/**
 * The retry rule of a route that sets none: ingress-nginx's ConfigMap defaults (proxy-next-upstream
 * "error timeout", proxy-next-upstream-tries 3, proxy-next-upstream-timeout 0), which apply to
 * every location. Every target that retries applies it to the routes without their own rule.
 */
export const DEFAULT_UPSTREAM_RETRY = Object.freeze({ on: ['error', 'timeout'], nonIdempotent: false, tries: 3, timeoutSeconds: 0 });
export const hasSourceRange = (p) => p?.sourceAllow !== undefined || p?.sourceDeny !== undefined;
/** A `location` that is a path, which the proxy makes absolute with the request's scheme and host (unless `relative`). */
export const locationIsPath = (f) => f.location !== undefined && f.location.startsWith('/');
/** A route's redirect for a request over HTTPS (`https`) or plain HTTP: the first that applies. */
export const redirectOf = (r, https) => r?.filters?.find((f) => f.type === 'RequestRedirect' && (!f.plainHttpOnly || !https));
/** The filters that change a proxied request (everything but redirects). */
export const proxyFilters = (filters) => (filters ?? []).filter((f) => f.type !== 'RequestRedirect');
/** Every route of a vhost, in no particular order. */
export const routesOf = (vh) => [...vh.exact, ...vh.prefix, ...(vh.ordered ?? [])];
/** The Host a route sends upstream, when a RequestHeaderModifier sets it. */
export const upstreamHost = (r) => r.filters?.flatMap((f) => (f.type === 'RequestHeaderModifier' ? f.set : [])).find((h) => h.name.toLowerCase() === 'host')?.value;
/** A route's request headers set by filters other than Host (X-Forwarded-Prefix). */
export const otherHeaderSets = (r) => r.filters?.flatMap((f) => (f.type === 'RequestHeaderModifier' ? f.set : [])).filter((h) => h.name.toLowerCase() !== 'host') ?? [];
/** Is this the id of an 'auto-http' upstream (see Upstream.protocol: `<base>_auto-http[-<hash>]`)? */
export const isAutoHttpId = (id) => /_auto-http(?:-[0-9a-f]{10})?$/.test(id);
/** Does the upstream speak HTTP/2 to its endpoints (gRPC)? */
export const upstreamIsGrpc = (u) => u.protocol === 'grpc' || u.protocol === 'grpcs';
/** enable-access-log "false" (RoutePolicies.accessLog): every answer of the route is unlogged, its redirects and the host's HTTPS redirect of its paths too. */
export const isQuiet = (r) => r.policies?.accessLog === false;
/** A host with a quiet route: its HTTPS redirect is decided per route, as ingress-nginx decides it in the location. */
export const hasQuietRoutes = (vh) => routesOf(vh).some(isQuiet);
/** Does the proxy connect with TLS (for 'auto-http': when the client did)? */
export const upstreamUsesTls = (u, clientTls) => u.protocol === 'https' || u.protocol === 'grpcs' || (u.protocol === 'auto-http' && clientTls);
export const backendCaFile = (id) => `certs/${id}.ca.crt`;
export const backendCertFile = (id) => `certs/${id}.client.crt`;
export const backendKeyFile = (id) => `certs/${id}.client.key`;
export const certFile = (id) => `certs/${id}.crt`;
export const keyFile = (id) => `certs/${id}.key`;
