export const certFile = (id) => `certs/${id}.crt`;
export const keyFile = (id) => `certs/${id}.key`;
