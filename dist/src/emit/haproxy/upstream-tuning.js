import { DEFAULT_UPSTREAM_RETRY } from '../../ir/types.js';
/** nginx's conditions → HAProxy 2.6 retry-on keywords (statuses it cannot retry on: support-rows refuse them). */
const RETRY_ON = {
    // "error": the connection failed, or it broke before a response header came.
    error: ['conn-failure', 'empty-response'],
    timeout: ['conn-failure', 'response-timeout'],
    invalid_header: ['junk-response'],
    http_500: ['500'],
    http_502: ['502'],
    http_503: ['503'],
    http_504: ['504'],
    http_403: ['403'],
    http_404: ['404'],
    http_429: [],
};
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
export function retryLines(r, servers, sticky = false) {
    const rule = r ?? DEFAULT_UPSTREAM_RETRY;
    const on = [...new Set(rule.on.flatMap((c) => RETRY_ON[c]))];
    if (on.length === 0)
        return ['retries 0'];
    const attempts = rule.tries === 0 ? Math.max(servers, 1) : rule.tries;
    const sentOnly = on.some((k) => k !== 'conn-failure');
    return [
        `retries ${attempts - 1}`,
        ...(sticky ? [] : ['option redispatch 1']),
        `retry-on ${on.join(' ')}`,
        ...(sentOnly && !rule.nonIdempotent ? ['http-request disable-l7-retry if METH_POST || { method LOCK PATCH }'] : []),
    ];
}
