const perHostRedirect = {
    level: 'partial',
    note: 'decided per host, by the (oldest) Ingress whose tls section names the host, not per path as ingress-nginx does: the value on other Ingresses of that host has no effect',
};
const yes = { level: 'supported' };
const haproxyServerTimeout = {
    level: 'partial',
    note: 'HAProxy has one server-side inactivity timeout for both directions (timeout server): it is set to the larger of proxy-send-timeout and proxy-read-timeout (60 s each when unset), so one direction may wait longer than on ingress-nginx',
};
const envoyReadTimeout = {
    level: 'partial',
    note: 'the route timeout bounds the whole response (from the end of the request to the last byte), not the gap between two reads: a response that streams longer than the value is cut off where ingress-nginx keeps it',
};
const SUPPORT = {
    'proxy-connect-timeout': { nginx: yes, haproxy: yes, envoy: yes, caddy: yes },
    'proxy-read-timeout': {
        nginx: yes,
        haproxy: haproxyServerTimeout,
        envoy: envoyReadTimeout,
        caddy: yes,
        'gateway-api': {
            level: 'partial',
            note: 'rules[].timeouts.backendRequest (Extended support) bounds the whole backend request, from the first byte sent to the last byte received, not the gap between two reads',
        },
    },
    'proxy-send-timeout': { nginx: yes, haproxy: haproxyServerTimeout, caddy: yes },
    'upstream-vhost': {
        nginx: yes,
        haproxy: yes,
        envoy: yes,
        caddy: yes,
        traefik: yes,
        'gateway-api': { level: 'partial', note: 'a URLRewrite hostname, which takes no port: a value with ":port" is a compile error (IC4080)' },
    },
    'ssl-redirect': { nginx: perHostRedirect, haproxy: perHostRedirect, envoy: perHostRedirect, traefik: perHostRedirect, caddy: perHostRedirect, 'gateway-api': perHostRedirect },
};
export function supportOf(key, target) {
    return SUPPORT[key]?.[target];
}
