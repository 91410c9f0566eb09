import { parseGoBool } from '../parse-bool.js';
/**
 * Support rows of the default-backend / custom-http-errors family (added with each target's live
 * proof: test/conformance/ingress-nginx/errors-cases.ts).
 */
const atCompileTime = 'whether the route\'s Service has a ready endpoint is decided at compile time from the EndpointSlices in the inputs (ingress-nginx follows them at run time; a Service resolved through cluster DNS is taken to have endpoints)';
const requestId = 'X-Request-ID is the client\'s own header, passed through (ingress-nginx generates one when the client sent none)';
const nginxDefaultBackend = { level: 'partial', note: atCompileTime };
const nginxErrors = { level: 'supported' };
const noErrorPages = "custom-http-errors is not honoured on this target (compile error): errors never reach the annotation's Service";
const standInElsewhere = { level: 'partial', note: `${atCompileTime}; ${requestId}; ${noErrorPages}` };
/** HAProxy generates X-Request-ID when the client sent none (%[uuid]). */
const generatesRequestId = { level: 'partial', note: `${atCompileTime}; ${noErrorPages}` };
/** Envoy and Caddy honour custom-http-errors too (its own rows). */
const envoyStandIn = { level: 'partial', note: atCompileTime };
const caddyStandIn = { level: 'partial', note: `${atCompileTime}; ${requestId} (its error pages generate one); a stand-in's X-Format is sent empty when the client sent no Accept header` };
const traefikStandIn = { level: 'partial', note: `${atCompileTime}; ${requestId}; X-Format is not sent (the headers middleware sets fixed values only)` };
/** Traefik's errors middleware (src/emit/traefik/errors.ts), proven with the evaluator (no Traefik binary here). */
const traefikErrors = {
    level: 'partial',
    note: "Traefik's errors middleware: the client gets the original status (not the error Service's) with the error Service's headers and body; the error Service is asked GET \"/\" without the request's query or body, and without X-Code, X-Format, X-Original-URI, X-Namespace, X-Ingress-Name, X-Service-Name and X-Service-Port; without an error Service the 404 has an empty body",
};
const traefikNoDisable = {
    level: 'partial',
    note: '"true" is refused (IC3071): Traefik\'s errors middleware cannot tell the upstream\'s answer from Traefik\'s own',
    refuse: (v) => (parseGoBool(v) === true ? "Traefik's errors middleware sees every status of the route alike: it cannot leave the upstream's answers alone and replace only its own" : undefined),
};
const gatewayStandIn = {
    level: 'partial',
    note: `${standInElsewhere.note}; X-Format is not sent (RequestHeaderModifier sets fixed values only); the HTTPRoute names the default-backend Service in place of the route's own, whose endpoints the Gateway no longer follows`,
};
/** Caddy: errors of a subroute (errors.ts); the upstream's statuses through handle_response. */
const caddyErrors = {
    level: 'partial',
    note: 'a request with a body whose upstream answer is intercepted gets 502: Caddy streamed the body to the upstream and cannot send it again to the error page (nginx buffers it); the error page also gets Caddy\'s X-Forwarded-Proto and X-Forwarded-Host',
};
/** Envoy: the custom_response filter's internal redirect (errors.ts). */
const envoyErrors = {
    level: 'partial',
    note: 'the error page is asked with GET and without the request body (custom_response\'s internal redirect); a client that sends the header x-ingressc-error-page naming the error Service gets that Service\'s answer for "/", as an error of the route would give it; with upstream-vhost the error page gets that Host',
};
/**
 * Envoy's custom_response filter matches a status, whoever answered: "true" (only Envoy's own
 * answers go to the error page) cannot be expressed, "false" (the default) can.
 */
const envoyNoDisable = {
    level: 'partial',
    note: '"true" is refused (IC3071): Envoy\'s custom_response filter cannot tell the upstream\'s answer from Envoy\'s own',
    refuse: (v) => (parseGoBool(v) === true ? 'Envoy\'s custom_response filter matches a status whoever answered: it cannot leave the upstream\'s answers alone and replace only its own' : undefined),
};
const caddyRedirect = { level: 'partial', note: 'a rewritten Location made absolute (a replacement starting with "/") carries the Host header as the client wrote it; nginx lowercases it' };
export const ROWS = {
    'default-backend': { nginx: nginxDefaultBackend, haproxy: generatesRequestId, envoy: envoyStandIn, caddy: caddyStandIn, traefik: traefikStandIn, 'gateway-api': gatewayStandIn },
    'custom-http-errors': { nginx: nginxErrors, envoy: envoyErrors, caddy: caddyErrors, traefik: traefikErrors },
    'disable-proxy-intercept-errors': { nginx: nginxErrors, envoy: envoyNoDisable, caddy: caddyErrors, traefik: traefikNoDisable },
    // nginx's own proxy_redirect / proxy_cookie_* (string forms; a leading "~" is refused by the reader).
    // Caddy: reverse_proxy response header replacements (Go regexp) reproducing them.
    // HAProxy: http-response replace-header (PCRE) on the route's backend.
    // Envoy: a per-route Lua script on the response headers (response-rewrites.ts).
    'proxy-redirect-from': { nginx: { level: 'supported' }, haproxy: { level: 'supported' }, envoy: { level: 'supported' }, caddy: caddyRedirect },
    'proxy-redirect-to': { nginx: { level: 'supported' }, haproxy: { level: 'supported' }, envoy: { level: 'supported' }, caddy: caddyRedirect },
    'proxy-cookie-domain': { nginx: { level: 'supported' }, haproxy: { level: 'supported' }, envoy: { level: 'supported' }, caddy: { level: 'supported' } },
    'proxy-cookie-path': { nginx: { level: 'supported' }, haproxy: { level: 'supported' }, envoy: { level: 'supported' }, caddy: { level: 'supported' } },
};
