import { DEFAULT_UPSTREAM_RETRY } from '../../ir/types.js';
/** nginx's tries = 0 ("no limit": each endpoint once) as a number of retries. */
export const UNLIMITED_RETRIES = 25;
/**
 * proxy-next-upstream* as a retry_policy: a route's own, or every virtual host's for the routes
 * without one (ingress-nginx's defaults, DEFAULT_UPSTREAM_RETRY). Envoy takes a route's policy
 * instead of its virtual host's, so "off" is a policy of no retries; no rule: no policy of the
 * route's own. "error" and "timeout" are a failed connection (connect-failure, a connect timeout
 * included); "error" is also a connection reset before the response, but Envoy cannot tell
 * methods apart there, and nginx never passes on a POST, LOCK or PATCH it has sent: so a reset
 * counts only before the request went out (reset-before-request), any reset with non_idempotent
 * (reset); invalid_header is a reset; the statuses retriable_status_codes. Tries count every
 * attempt (num_retries the ones after the first); each retry avoids the endpoints already tried
 * (previous_hosts), as nginx passes the request to the next one, but on a `sticky` route.
 */
export function retryPolicy(r, sticky = false) {
    if (!r)
        return {};
    if (r.on.length === 0)
        return { retry_policy: { retry_on: 'connect-failure', num_retries: 0 } };
    const statuses = r.on.filter((c) => c.startsWith('http_')).map((c) => Number(c.slice('http_'.length)));
    const on = [
        ...(r.on.some((c) => c === 'error' || c === 'timeout') ? ['connect-failure'] : []),
        ...((r.on.includes('error') && r.nonIdempotent) || r.on.includes('invalid_header') ? ['reset'] : r.on.includes('error') ? ['reset-before-request'] : []),
        ...(statuses.length ? ['retriable-status-codes'] : []),
    ];
    return {
        retry_policy: {
            retry_on: on.join(','),
            num_retries: r.tries === 0 ? UNLIMITED_RETRIES : r.tries - 1,
            ...(statuses.length ? { retriable_status_codes: statuses } : {}),
            // Cookie affinity: the retry stays on the cookie's endpoint (the ring hash picks it again), as ingress-nginx's sticky balancer.
            ...(sticky
                ? {}
                : {
                    retry_host_predicate: [{ name: 'envoy.retry_host_predicates.previous_hosts', typed_config: { '@type': 'type.googleapis.com/envoy.extensions.retry.host.previous_hosts.v3.PreviousHostsPredicate' } }],
                    host_selection_retry_max_attempts: 5,
                }),
        },
    };
}
/** The virtual hosts' retry policy: ingress-nginx's defaults, for the routes without their own. */
export const defaultRetryPolicy = () => retryPolicy(DEFAULT_UPSTREAM_RETRY);
/**
 * defaultRetryPolicy for a virtual host whose routes without a policy of their own all proxy to
 * clusters of at most one fixed address (`oneHost`, by cluster name): previous_hosts is left out
 * there, since a retry can only go to that one endpoint (the predicate would reject it 5 times, then
 * take it). Envoy builds the predicate for each virtual host: at 10k hosts it is ~10 % of the
 * bootstrap's load time (issue 17). DNS clusters may resolve to several addresses: they keep it.
 */
export function vhostRetryPolicy(routes, oneHost) {
    const p = defaultRetryPolicy();
    const clusters = routes.filter((r) => r.route && !r.route.retry_policy).flatMap((r) => (r.route.cluster !== undefined ? [r.route.cluster] : (r.route.weighted_clusters?.clusters ?? []).map((c) => c.name)));
    if (!clusters.every(oneHost))
        return p;
    const { retry_host_predicate: _p, host_selection_retry_max_attempts: _n, ...rest } = p.retry_policy;
    return { retry_policy: rest };
}
/**
 * connection-proxy-header other than "upgrade": nginx sends that Connection header instead of
 * "upgrade", so the backend answers a WebSocket handshake as a plain request. Envoy, having begun
 * the upgrade, would wait for a 101 that never comes: the route refuses upgrades instead (403).
 */
export const upgradesOff = (t) => t?.connectionHeader !== undefined && t.connectionHeader.toLowerCase() !== 'upgrade' ? { upgrade_configs: [{ upgrade_type: 'websocket', enabled: false }] } : {};
/** proxy-buffer-size in whole KiB (Envoy's unit), rounded up; undefined when the route does not set it. */
export function responseHeadersKb(t) {
    return t?.responseHeaderBytes === undefined ? undefined : Math.min(Math.max(1, Math.ceil(t.responseHeaderBytes / 1024)), MAX_RESPONSE_HEADERS_KB);
}
/** Envoy's largest max_response_headers_kb. */
export const MAX_RESPONSE_HEADERS_KB = 8192;
const HPO = 'envoy.extensions.upstreams.http.v3.HttpProtocolOptions';
/**
 * The cluster's response header limit (HttpProtocolOptions common_http_protocol_options
 * max_response_headers_kb), merged into the protocol options the cluster has (gRPC's HTTP/2), or
 * HTTP/1.1 ones (the field needs an upstream protocol).
 */
export function headerLimitOptions(kb, protocol) {
    const own = protocol.typed_extension_protocol_options?.[HPO] ?? { '@type': `type.googleapis.com/${HPO}`, explicit_http_config: { http_protocol_options: {} } };
    return { typed_extension_protocol_options: { ...(protocol.typed_extension_protocol_options ?? {}), [HPO]: { ...own, common_http_protocol_options: { max_response_headers_kb: kb } } } };
}
