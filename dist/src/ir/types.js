export const hasSourceRange = (p) => p?.sourceAllow !== undefined || p?.sourceDeny !== undefined;
/** Every route of a vhost, in no particular order. */
export const routesOf = (vh) => [...vh.exact, ...vh.prefix, ...(vh.ordered ?? [])];
export const certFile = (id) => `certs/${id}.crt`;
export const keyFile = (id) => `certs/${id}.key`;
