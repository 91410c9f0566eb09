import { type UpstreamRetry } from '../../ir/types.js';
/**
 * proxy-next-upstream* on a backend (a route without them: ingress-nginx's defaults,
 * DEFAULT_UPSTREAM_RETRY): `retries` counts the attempts after the first (nginx's tries count them
 * all; 0, "no limit", is one attempt per server, which is where nginx stops too), and every retry
 * is redispatched to another server (`option redispatch 1`), as nginx passes the request to the
 * next one. nginx never passes on a POST, LOCK or PATCH it has sent (without non_idempotent):
 * disable-l7-retry leaves those only the retry of a failed connection, where nothing was sent.
 * A backend with cookie affinity (`sticky`) retries on the cookie's server, as ingress-nginx's
 * sticky balancer does; session-cookie-change-on-failure moves it (traffic.ts affinityOptions).
 * No retry: `retries 0`.
 */
export declare function retryLines(r: UpstreamRetry | undefined, servers: number, sticky?: boolean): string[];
