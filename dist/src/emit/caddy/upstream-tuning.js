import { DEFAULT_UPSTREAM_RETRY } from '../../ir/types.js';
/**
 * proxy-next-upstream* (a route without them: ingress-nginx's defaults, DEFAULT_UPSTREAM_RETRY)
 * as the reverse_proxy's load_balancing retries: Caddy retries a failed
 * connection for any method and another failure before a response for GET only (its default
 * retry_match), picking the next endpoint round robin; answers of the backend (http_NNN) are never
 * retried. `retries` counts the attempts after the first (nginx's tries count them all; 0, "no
 * limit", is one attempt per endpoint, where nginx stops too); the timeout is lb_try_duration.
 */
export function retryFields(route, endpoints) {
    const r = route ?? DEFAULT_UPSTREAM_RETRY;
    if (!r.on.some((c) => c === 'error' || c === 'timeout'))
        return {};
    const attempts = r.tries === 0 ? Math.max(endpoints, 1) : r.tries;
    return { ...(attempts > 1 ? { retries: attempts - 1 } : {}), ...(r.timeoutSeconds > 0 ? { try_duration: `${r.timeoutSeconds}s` } : {}) };
}
