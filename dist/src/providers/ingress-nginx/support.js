const perHostRedirect = {
    level: 'partial',
    note: 'decided per host, by the (oldest) Ingress whose tls section names the host, not per path as ingress-nginx does: the value on other Ingresses of that host has no effect',
};
const full = { level: 'supported' };
/** Path matching and rewriting (docs/ir-v2.md "Path matching"), proven by test/conformance/ingress-nginx/. */
const pathRows = { nginx: full, haproxy: full, envoy: full, traefik: full };
const SUPPORT = {
    'ssl-redirect': { nginx: perHostRedirect, haproxy: perHostRedirect, envoy: perHostRedirect, traefik: perHostRedirect, 'gateway-api': perHostRedirect },
    'use-regex': pathRows,
    'rewrite-target': pathRows,
    'x-forwarded-prefix': pathRows,
};
export function supportOf(key, target) {
    return SUPPORT[key]?.[target];
}
