/**
 * VhostTls.hsts (ConfigMap hsts*), as ingress-nginx's lua header() sets it: responses of the
 * host's HTTPS virtual host carry Strict-Transport-Security, the upstream's replaced.
 */
export function hstsVhost(vh, scheme) {
    const v = vh.tls?.hsts;
    if (scheme !== 'https' || v === undefined)
        return {};
    // A formatter string: "%" is its only special character, and a max-age has none.
    return { response_headers_to_add: [{ header: { key: 'strict-transport-security', value: v.replace(/%/g, '%%') }, append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' }] };
}
