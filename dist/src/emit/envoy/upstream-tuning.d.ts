import { type UpstreamRetry, type UpstreamTuning } from '../../ir/types.js';
import type { Route } from './types.js';
export interface RetryPolicy {
    retry_on: string;
    num_retries: number;
    retriable_status_codes?: number[];
    retry_host_predicate?: {
        name: string;
        typed_config: Record<string, string>;
    }[];
    host_selection_retry_max_attempts?: number;
}
/** nginx's tries = 0 ("no limit": each endpoint once) as a number of retries. */
export declare const UNLIMITED_RETRIES = 25;
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
export declare function retryPolicy(r: Readonly<UpstreamRetry> | undefined, sticky?: boolean): {
    retry_policy: RetryPolicy;
} | Record<string, never>;
/** The virtual hosts' retry policy: ingress-nginx's defaults, for the routes without their own. */
export declare const defaultRetryPolicy: () => {
    retry_policy: RetryPolicy;
};
/**
 * defaultRetryPolicy for a virtual host whose routes without a policy of their own all proxy to
 * clusters of at most one fixed address (`oneHost`, by cluster name): previous_hosts is left out
 * there, since a retry can only go to that one endpoint (the predicate would reject it 5 times, then
 * take it). Envoy builds the predicate for each virtual host: at 10k hosts it is ~10 % of the
 * bootstrap's load time (issue 17). DNS clusters may resolve to several addresses: they keep it.
 */
export declare function vhostRetryPolicy(routes: readonly Route[], oneHost: (cluster: string) => boolean): {
    retry_policy: RetryPolicy;
};
/**
 * connection-proxy-header other than "upgrade": nginx sends that Connection header instead of
 * "upgrade", so the backend answers a WebSocket handshake as a plain request. Envoy, having begun
 * the upgrade, would wait for a 101 that never comes: the route refuses upgrades instead (403).
 */
export declare const upgradesOff: (t: UpstreamTuning | undefined) => {
    upgrade_configs: {
        upgrade_type: 'websocket';
        enabled: false;
    }[];
} | Record<string, never>;
/** proxy-buffer-size in whole KiB (Envoy's unit), rounded up; undefined when the route does not set it. */
export declare function responseHeadersKb(t: UpstreamTuning | undefined): number | undefined;
/** Envoy's largest max_response_headers_kb. */
export declare const MAX_RESPONSE_HEADERS_KB = 8192;
/**
 * The cluster's response header limit (HttpProtocolOptions common_http_protocol_options
 * max_response_headers_kb), merged into the protocol options the cluster has (gRPC's HTTP/2), or
 * HTTP/1.1 ones (the field needs an upstream protocol).
 */
export declare function headerLimitOptions(kb: number, protocol: {
    typed_extension_protocol_options?: Record<string, Record<string, unknown>>;
}): {
    typed_extension_protocol_options: Record<string, Record<string, unknown>>;
};
