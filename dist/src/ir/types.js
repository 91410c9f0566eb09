export const hasSourceRange = (p) => p?.sourceAllow !== undefined || p?.sourceDeny !== undefined;
export const certFile = (id) => `certs/${id}.crt`;
export const keyFile = (id) => `certs/${id}.key`;
