import type { RouteErrors } from '../../ir/types.js';
import type { Middleware } from './types.js';
/**
 * ingress-nginx's error pages (custom-http-errors, with default-backend or the global default
 * backend answering them) as Traefik's `errors` middleware, the first of the route's chain so that
 * it also takes the proxy's own answers (503 without endpoints, 403 of a source range, 401 of
 * authentication, 413 of the body limit, 502/504 of a failed upstream), as nginx's error_page does.
 *
 * An answer with one of the codes is replaced by the error Service's answer to GET "/" (no query,
 * no body) with the request's headers and Host; the client gets the original status with that
 * answer's headers and body (pkg/middlewares/customerrors: codeModifier). Without an error Service,
 * ingress-nginx's internal default backend answers 404: Traefik's noop@internal (empty body) with
 * statusRewrites to 404. The error Service gets neither X-Code, X-Format, X-Original-URI nor the
 * X-Namespace / X-Ingress-Name / X-Service-Name / X-Service-Port context (the middleware sets no
 * header; a headers middleware in front would send them to the route's own Service too): support
 * row partial. disable-proxy-intercept-errors "true" (only the proxy's own answers) cannot be
 * expressed: the middleware sees every status alike (refused by the support row, IC3071).
 */
export declare function errorsMiddleware(e: RouteErrors, service: string | undefined): Middleware;
