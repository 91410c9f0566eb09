/**
 * The controller ConfigMap's hsts* keys (ingress-nginx lua_ingress.lua header(), run in the
 * header filter of every location): an HTTPS response of a host with a certificate configured
 * carries Strict-Transport-Security `value`, replacing the upstream's. The hosts of the rules
 * (`hosts`) only: from-to-www redirect servers and server aliases run no such filter.
 */
export function applyHsts(vhosts, hosts, value) {
    if (value === undefined)
        return;
    for (const vh of vhosts)
        if (vh.tls && hosts.has(vh.name))
            vh.tls.hsts = value;
}
