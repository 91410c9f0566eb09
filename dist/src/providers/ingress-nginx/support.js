const perHostRedirect = {
    level: 'partial',
    note: 'decided per host, by the (oldest) Ingress whose tls section names the host, not per path as ingress-nginx does: the value on other Ingresses of that host has no effect',
};
const SUPPORT = {
    'ssl-redirect': { nginx: perHostRedirect, haproxy: perHostRedirect, envoy: perHostRedirect, traefik: perHostRedirect, caddy: perHostRedirect, 'gateway-api': perHostRedirect },
};
export function supportOf(key, target) {
    return SUPPORT[key]?.[target];
}
