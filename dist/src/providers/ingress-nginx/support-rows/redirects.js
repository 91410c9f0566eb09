import { parseRedirectUrl } from '../../../emit/gateway-api/redirects.js';
import { isRedirectPath } from '../families/redirects.js';
/**
 * Support rows of the redirects family (permanent/temporal redirects, app-root, ssl/force-ssl
 * redirects, preserve-trailing-slash, server-alias, from-to-www-redirect). Proof:
 * test/conformance/ingress-nginx/{redirect,relativeredirects,approot,sslredirect,alias,fromtowwwredirect}.feature on each
 * target (live for nginx, HAProxy, Envoy, Caddy).
 */
const yes = { level: 'supported' };
/** HAProxy log-format strings read "%" as a tag: a URL or path with a percent-escape is refused (IC3071). */
const haproxyNoPercent = {
    level: 'supported',
    refuse: (v) => (v.includes('%') ? 'HAProxy redirect locations are log-format strings, and ingressc does not write a percent-escape into one' : undefined),
};
/** Envoy's regex_rewrite sees the path, not the query: the final "/" of a query is kept. */
const envoySlash = {
    level: 'partial',
    note: 'a request URI whose query string ends in "/" keeps that "/" in the Location (ingress-nginx drops the last "/" of the whole URI); on a wildcard or host-less rule the request "/" is redirected to "https://<host>/", not "https://<host>"',
};
/** Traefik's redirectRegex: 301/302 to GET (308/307 to other methods), its Location Go's url.String(). */
const traefikRedirect = {
    level: 'partial',
    note: 'a request other than GET gets 308 (permanent) or 307 (temporal) instead of 301/302; the Location is the URL as Go\'s url.String() writes it (a scheme in capitals is lowercased)',
};
/** A path made absolute keeps the Host header's case where the proxy has no lowercase form of it. */
const keptCase = 'a path is answered as <scheme>://<host><path> with the host in the case the client sent (ingress-nginx lowercases it)';
const traefikPermanent = {
    level: 'partial',
    note: `${traefikRedirect.note}; ${keptCase}`,
};
const caddyPermanent = { level: 'partial', note: keptCase };
/** Codes Traefik's redirectRegex can send to GET: 301 and 302 (an out-of-range value still falls back to the default). */
const traefikCode = (hi) => ({
    level: 'supported',
    refuse: (v) => {
        const c = Number(v);
        return c >= 300 && c <= hi && c !== 301 && c !== 302 ? `Traefik's redirectRegex answers GET with 301 or 302 only, not ${c}` : undefined;
    },
});
/**
 * Gateway API: a RequestRedirect with scheme, hostname, port and a ReplaceFullPath path (Extended
 * support), for the URLs it writes back verbatim (src/emit/gateway-api/redirects.ts). Proof:
 * redirect.feature through test/gateway-api/evaluate.ts.
 */
const gatewayRedirect = {
    level: 'partial',
    note: 'a RequestRedirect (scheme, hostname, port, ReplaceFullPath): the request\'s query string is appended to the Location (Envoy\'s path_redirect keeps it; ingress-nginx answers the URL alone); a URL without a path, with a query, or naming port 80 or 443 is refused (IC3071)',
    refuse: (v) => {
        const u = parseRedirectUrl(v);
        return 'problem' in u ? u.problem : undefined;
    },
};
/**
 * permanent-redirect also takes a path, which nginx answers as <scheme>://<host><path>: a
 * RequestRedirect with only a ReplaceFullPath path keeps the request's scheme and host.
 */
const gatewayPermanent = {
    level: 'partial',
    note: `${gatewayRedirect.note}; a path (which nginx answers as <scheme>://<host><path>) is a RequestRedirect with a ReplaceFullPath path only, whose Location names the listener's port when it is not 80 or 443 (ingress-nginx: never), and a path with a query is refused (IC3071)`,
    refuse: (v) => {
        if (!isRedirectPath(v))
            return gatewayRedirect.refuse(v);
        if (v.includes('?'))
            return 'a RequestRedirect\'s ReplaceFullPath takes a path without query';
        return v.length > 1024 ? 'the path is longer than a RequestRedirect takes' : undefined;
    },
};
/** Gateway API: per location, the HTTP listener's HTTPRoute redirecting only the paths whose Ingress redirects. */
const gatewaySsl = {
    level: 'partial',
    note: 'per location, as ingress-nginx: the HTTP listener\'s HTTPRoute redirects (308, RequestRedirect) the paths whose Ingress redirects and forwards the others; the Location keeps a final "/" of the request URI, which ingress-nginx drops unless preserve-trailing-slash (a RequestRedirect changes the path only to a fixed value; IC4509 warns at the path)',
};
/**
 * Traefik's HTTPS redirect (src/emit/traefik/redirects.ts: a redirectRegex on the plain HTTP
 * routers of the routes that redirect). Proof: the evaluator (test/traefik/) on
 * sslredirect.feature; the 308s to GET are known failures.
 */
const traefikHttps = {
    level: 'partial',
    note: 'GET gets 301 instead of 308 (other methods 308): the file provider cannot set the status (IC4301); the Location keeps the Host header\'s case (ingress-nginx lowercases it) and is the URL as Go\'s url.String() writes it',
};
/** from-to-www-redirect on Traefik: the redirect server's 308 (redirectRegex, permanent). */
const traefikWww = {
    level: 'partial',
    note: 'GET gets 301 instead of 308 (other methods 308): the file provider cannot set the status (IC4301); the Location is the URL as Go\'s url.String() writes it',
};
/** app-root on Traefik: redirectRegex, not permanent. */
const traefikAppRoot = {
    level: 'partial',
    note: 'a request other than GET gets 307 instead of 302 (Traefik\'s redirectRegex); the Location is the URL as Go\'s url.String() writes it',
};
/** Targets that decide the HTTPS redirect per location (src/lower/redirects.ts). */
export const PER_LOCATION_SSL_REDIRECT = new Set(['nginx', 'haproxy', 'envoy', 'caddy', 'traefik', 'gateway-api']);
const perLocation = { nginx: yes, haproxy: yes, envoy: envoySlash, caddy: yes };
const verbatimUrl = { nginx: yes, haproxy: haproxyNoPercent, envoy: yes, caddy: yes };
const codeRows = { nginx: yes, haproxy: yes, envoy: yes, caddy: yes };
export const ROWS = {
    'ssl-redirect': { ...perLocation, traefik: traefikHttps, 'gateway-api': gatewaySsl },
    'force-ssl-redirect': { ...perLocation, traefik: traefikHttps, 'gateway-api': gatewaySsl },
    // "true" is what a RequestRedirect does; "false" is the default, whose difference ssl-redirect's note gives.
    'preserve-trailing-slash': { nginx: yes, haproxy: yes, envoy: yes, caddy: yes, traefik: yes, 'gateway-api': yes },
    // A URL verbatim; a path made absolute as nginx does (port_in_redirect off), or kept with relative-redirects.
    'permanent-redirect': { ...verbatimUrl, caddy: caddyPermanent, traefik: traefikPermanent, 'gateway-api': gatewayPermanent },
    'permanent-redirect-code': { ...codeRows, traefik: traefikCode(308), 'gateway-api': yes },
    'temporal-redirect': { ...verbatimUrl, traefik: traefikRedirect, 'gateway-api': gatewayRedirect },
    'temporal-redirect-code': { ...codeRows, traefik: traefikCode(307), 'gateway-api': yes },
    'app-root': {
        ...verbatimUrl,
        traefik: traefikAppRoot,
        'gateway-api': {
            level: 'partial',
            note: 'a RequestRedirect with path ReplaceFullPath (Extended support) on an Exact "/" rule: the Location names the Host without a port and, on implementations built on Envoy, keeps the query string',
        },
    },
    // An alias is a copy of the host's routes under another name (src/lower/redirects.ts aliasVhosts).
    // A vhost for the other name whose every request redirects (src/lower/redirects.ts fromToWwwVhost).
    'from-to-www-redirect': { nginx: yes, haproxy: yes, envoy: yes, caddy: yes, traefik: traefikWww },
    'server-alias': { nginx: yes, haproxy: yes, envoy: yes, caddy: yes, traefik: yes, 'gateway-api': yes },
    // A redirect to a path keeps the path as its Location (src/lower/redirects.ts); Gateway API's
    // RequestRedirect always writes an absolute one (gateway-api-unsupported.ts).
    'relative-redirects': { nginx: yes, haproxy: yes, envoy: yes, caddy: yes, traefik: yes },
};
