/**
 * VhostTls.hsts (ConfigMap hsts*), as ingress-nginx's lua header() sets it: responses of the
 * host's HTTPS routes carry Strict-Transport-Security. Deferred, so it replaces the upstream's
 * header when the response is written rather than being added to before it.
 */
export function hstsRoute(vh, scheme) {
    const v = vh.tls?.hsts;
    if (scheme !== 'https' || v === undefined)
        return [];
    return [{ handle: [{ handler: 'headers', response: { set: { 'Strict-Transport-Security': [v] }, deferred: true } }] }];
}
