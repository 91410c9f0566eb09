/** The Host a route sends upstream, when a RequestHeaderModifier sets it. */
export const upstreamHost = (r) => r.filters?.flatMap((f) => (f.type === 'RequestHeaderModifier' ? (f.set ?? []) : [])).find((h) => h.name.toLowerCase() === 'host')?.value;
export const certFile = (id) => `certs/${id}.crt`;
export const keyFile = (id) => `certs/${id}.key`;
