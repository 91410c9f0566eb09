export const caFile = (id) => `client-ca/${id}.crt`;
export const hasAuth = (p) => p?.basicAuth !== undefined || p?.externalAuth !== undefined;
export const hasSourceRange = (p) => p?.sourceAllow !== undefined || p?.sourceDeny !== undefined;
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
export const certFile = (id) => `certs/${id}.crt`;
export const keyFile = (id) => `certs/${id}.key`;
