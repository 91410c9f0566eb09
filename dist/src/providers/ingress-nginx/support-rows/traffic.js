import { parseGoBool } from '../parse-bool.js';
import { CORS_KEYS } from '../families/traffic.js';
import { corsRefusal } from '../../../emit/gateway-api/cors.js';
/**
 * Support rows of the CORS and session affinity family, each with its target's live proof:
 * test/conformance/ingress-nginx/cors.feature (e2e cors.go) and affinity.feature (e2e affinity.go,
 * affinitymode.go).
 */
const yes = { level: 'supported' };
const cors = { nginx: yes, haproxy: yes, envoy: yes, caddy: yes, traefik: yes };
/** Traefik (src/emit/traefik/cors.ts); proof: the evaluator (test/traefik/) on cors.feature. */
const traefikCorsOrigins = {
    level: 'partial',
    note: 'with an origin list (not "*"), an OPTIONS request from an allowed origin that carries Access-Control-Request-Method (a browser preflight) is answered 200 instead of 204 (by Traefik\'s headers middleware, with the same headers); not on a route with a canary (IC4303)',
};
/**
 * Gateway API: HTTPRoute's CORS filter (src/emit/gateway-api/cors.ts, IC4510 at compile); proof: the
 * evaluator (test/gateway-api/cors.ts, from the CRD's field descriptions) on cors.feature and
 * ingress2gateway's cors.feature, whose differences are the reported ones.
 */
const gatewayCorsNote = 'HTTPRoute\'s CORS filter (IC4510): only a real preflight (OPTIONS with Origin and Access-Control-Request-Method) is answered by the gateway, with 200 or 204 at the implementation\'s choice (a plain OPTIONS is proxied; a preflight from an origin not allowed is answered without CORS headers, not proxied); CORS headers go only to requests with an allowed Origin, Access-Control-Allow-Methods/-Headers/-Max-Age only on preflights; with "*" the implementation may echo the Origin, and Access-Control-Allow-Credentials is left out (ingress-nginx sends "true" with "*", which browsers refuse alike); origins are matched whole (ingress-nginx\'s regex is anchored at the end only); "*." origins, "null" and schemes other than http(s), and methods outside GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE, PATCH are refused (IC3071); GET, HEAD and POST are always allowed';
const gatewayCorsKeyNote = {
    'cors-allow-origin': 'allowOrigins (lowercased), matched whole where ingress-nginx\'s regex is anchored at the end only; "*." origins, "null" and schemes other than http(s) are refused (IC3071); see enable-cors',
    'cors-allow-methods': 'allowMethods, sent on preflights only; methods outside GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE, PATCH are refused (IC3071), and GET, HEAD and POST are always allowed; see enable-cors',
    'cors-allow-headers': 'allowHeaders, sent on preflights only; see enable-cors',
    'cors-expose-headers': 'exposeHeaders, on responses to requests with an allowed Origin; see enable-cors',
    'cors-allow-credentials': 'allowCredentials, left out with the origin "*" (ingress-nginx sends "true" with "*", which browsers refuse alike); see enable-cors',
    'cors-max-age': 'maxAge (1 to 2147483647, else refused: IC3071), sent on preflights only; see enable-cors',
};
const gatewayCors = (key) => ({ level: 'partial', note: gatewayCorsKeyNote[key] ?? gatewayCorsNote, refuse: (v) => corsRefusal(key, v) });
const haproxyPinned = 'HAProxy\'s cookie names one endpoint, as in ingress-nginx\'s persistent mode: in the default balanced mode ingress-nginx moves some sessions to endpoints added later, HAProxy keeps them where they are; the cookie is removed from the request before it reaches the backend (insert indirect)';
const envoyRing = 'Envoy hashes the cookie onto a ring of the endpoints, as ingress-nginx\'s default balanced mode does: in persistent mode ingress-nginx keeps every session on its endpoint, Envoy moves some to endpoints added later; the cookie value is quoted; not on a route with a canary (IC4122)';
const nginxPinned = 'the cookie names one endpoint, as in ingress-nginx\'s persistent mode: in the default balanced mode ingress-nginx moves some sessions to endpoints added later, nginx keeps them where they are; several endpoints must be IP addresses (EndpointSlices or --backend, IC4140)';
const caddyPinned = nginxPinned.replace(/nginx keeps them/, 'Caddy keeps them').replace(/; several endpoints must be.*$/, '');
/** ingress-nginx's sticky balancer belongs to the upstream; ingressc's cookie to the Ingress's routes. */
const perIngress = '; a path of another Ingress using the same Service ignores the cookie here, where ingress-nginx\'s upstream-wide balancer follows it (it sets it only on the affinity Ingress\'s paths in both)';
/** Traefik (src/emit/traefik/affinity.ts): loadBalancer.sticky.cookie; proof: the evaluator (test/traefik/) on affinity.feature. */
const traefikPinned = 'Traefik\'s sticky cookie names one endpoint (a hash of its URL), as in ingress-nginx\'s persistent mode: in the default balanced mode ingress-nginx moves some sessions to endpoints added later, Traefik keeps them where they are; an endpoint that fails is not replaced unless a health check removes it; not on a route with a canary (IC4304)';
const affinity = {
    traefik: { level: 'partial', note: traefikPinned + perIngress },
    caddy: { level: 'partial', note: caddyPinned + perIngress },
    nginx: { level: 'partial', note: nginxPinned + perIngress },
    haproxy: { level: 'partial', note: haproxyPinned + perIngress },
    envoy: { level: 'partial', note: envoyRing + perIngress },
};
const cookieAttr = { nginx: yes, haproxy: yes, envoy: yes, caddy: yes, traefik: yes };
/** "false" is the default behaviour; "true" depends on the User-Agent (util/same_site.lua), not reproduced. */
const noConditionalSameSite = {
    level: 'supported',
    refuse: (v) => (parseGoBool(v) ? 'SameSite=None left out for browsers that mishandle it (a User-Agent test in ingress-nginx) is not reproduced' : undefined),
};
/** "false" is the default (a failed endpoint is retried, then the request fails); "true" where a target can re-pick. */
const sameEndpointOnly = {
    level: 'supported',
    refuse: (v) => (parseGoBool(v) ? 'a new endpoint (and cookie) after a failed attempt is not reproduced here' : undefined),
};
/**
 * The targets that cannot write a date some seconds ahead (nginx without Lua, Caddy's placeholders,
 * Traefik's sticky cookie, Envoy's cookie TTL): session-cookie-expires gives the cookie's lifetime
 * as Max-Age instead when session-cookie-max-age is not set (lower/traffic.ts). RFC 6265 clients
 * keep the cookie as long either way, and take Max-Age over Expires when both are sent, as
 * ingress-nginx sends them in its canonical example (expires and max-age together).
 */
export const EXPIRES_AS_MAX_AGE = new Set(['nginx', 'caddy', 'traefik', 'envoy']);
const expiresAsMaxAge = {
    level: 'partial',
    note: 'no Expires date is written: without session-cookie-max-age the lifetime is sent as Max-Age (the same lifetime for RFC 6265 clients); with it, its Max-Age alone, which clients take over Expires anyway',
};
/**
 * affinity-canary-behavior (lower/canary.ts canaryAffinity, RouteCanary.affinity): "sticky" (the
 * default) gives the canary the main route's cookie, "legacy" the canary Ingress's own; either
 * way a cookie naming an endpoint of one side keeps the request there before any canary rule.
 * Live proof: test/conformance/ingress-nginx/canary.feature (e2e canary.go "canary affinity behavior").
 */
const canaryLegacyNote = 'with "legacy", the canary\'s own cookie (its Ingress\'s affinity annotations) is set and followed on the routes of the canary\'s own paths only, where ingress-nginx\'s canary backend also follows it on the other paths of the main Service (IC3123); a cookie naming an endpoint both Services share keeps the request on the main Service';
const canaryBehavior = {
    nginx: { level: 'partial', note: `${canaryLegacyNote}; a sticky side reached by its Service's DNS name is refused (IC4122)` },
    haproxy: { level: 'partial', note: canaryLegacyNote },
    caddy: { level: 'partial', note: canaryLegacyNote },
};
export const ROWS = {
    'affinity-canary-behavior': canaryBehavior,
    // Live proof: test/e2e/affinity-failover.test.ts.
    'session-cookie-change-on-failure': { nginx: sameEndpointOnly, haproxy: yes, envoy: sameEndpointOnly, caddy: sameEndpointOnly, traefik: sameEndpointOnly },
    // Live proof: test/e2e/access-log.test.ts.
    'enable-access-log': { nginx: yes, haproxy: yes, envoy: yes, caddy: yes },
    'session-cookie-conditional-samesite-none': { nginx: noConditionalSameSite, haproxy: noConditionalSameSite, envoy: noConditionalSameSite, caddy: noConditionalSameSite, traefik: noConditionalSameSite },
    ...Object.fromEntries(CORS_KEYS.map((k) => [k, { ...cors, ...(k === 'enable-cors' || k === 'cors-allow-origin' ? { traefik: traefikCorsOrigins } : {}), 'gateway-api': gatewayCors(k) }])),
    affinity,
    'affinity-mode': affinity,
    'session-cookie-name': cookieAttr,
    'session-cookie-path': cookieAttr,
    'session-cookie-domain': { ...cookieAttr, traefik: { level: 'partial', note: 'a leading "." is left out of the Domain attribute (Go\'s http.Cookie), which means the same to browsers (RFC 6265)' } },
    'session-cookie-samesite': cookieAttr,
    'session-cookie-expires': {
        haproxy: { level: 'partial', note: 'the date is written in the RFC 1123 form (Tue, 08 Dec 2026 10:00:00 GMT) where ingress-nginx writes Tue, 08-Dec-26 10:00:00 GMT: the same instant for clients' },
        nginx: expiresAsMaxAge,
        caddy: expiresAsMaxAge,
        traefik: expiresAsMaxAge,
        envoy: { ...expiresAsMaxAge, refuse: (v) => (Number(v) === 0 ? 'Envoy reads a cookie TTL of 0 as "a session cookie", not an expired one' : undefined) },
    },
    'session-cookie-max-age': {
        nginx: yes,
        // Max-Age=0 is written from maxAge -1 (Go's http.Cookie; affinity.ts).
        traefik: yes,
        caddy: yes,
        haproxy: yes,
        envoy: { level: 'supported', refuse: (v) => (Number(v) === 0 ? 'Envoy reads a cookie TTL of 0 as "a session cookie", not Max-Age=0' : undefined) },
    },
    'session-cookie-secure': cookieAttr,
};
