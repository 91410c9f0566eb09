import type { RequestLimits } from '../../ir/types.js';
import type { Middleware } from './types.js';
/**
 * Request limits (limit-rps, limit-rpm, limit-connections with limit-burst-multiplier) as
 * Traefik's rateLimit and inFlightReq middlewares, per client address (sourceCriterion ipStrategy
 * with depth 0: the connection's peer, X-Forwarded-For not consulted; inFlightReq would count per
 * Host without it). They come first in a route's chain: nginx's limit_req / limit_conn run in the
 * preaccess phase, before allow/deny and authentication.
 *
 * rateLimit is a token bucket of `burst` tokens refilled at average/period: burst = ingress-nginx's
 * burst + 1 admits the same requests at once (limit_req burst=B nodelay admits B + 1) and the same
 * long-run rate. Refusals are 429 (ingress-nginx: 503), and a request that would get its token
 * within half a refill interval (500 ms when the rate is below 1/s) waits for it instead of being
 * refused (pkg/middlewares/ratelimiter: maxDelay). Traefik keeps the counters of a middleware per
 * router (traefik/traefik#13706), so each path of the Ingress, on HTTP and HTTPS separately, counts
 * on its own where ingress-nginx counts the Ingress's locations together (support row partial).
 * limit-whitelist: neither middleware has an exemption list, so an exempt client is routed past
 * them (client-twins.ts).
 */
export declare function limitMiddlewares(l: RequestLimits, name: string): Record<string, Middleware>;
