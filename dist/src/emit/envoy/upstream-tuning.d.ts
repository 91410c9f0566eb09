import type { UpstreamRetry, UpstreamTuning } from '../../ir/types.js';
export interface RetryPolicy {
    retry_on: string;
    num_retries: number;
    retriable_status_codes?: number[];
    retry_host_predicate: {
        name: string;
        typed_config: Record<string, string>;
    }[];
    host_selection_retry_max_attempts: number;
}
/** nginx's tries = 0 ("no limit": each endpoint once) as a number of retries. */
export declare const UNLIMITED_RETRIES = 25;
/**
 * proxy-next-upstream* as the route's retry_policy: "error" and "timeout" are a failed connection
 * (connect-failure, a connect timeout included) or one reset before the response (reset), the
 * statuses retriable_status_codes; tries count every attempt (num_retries the ones after the
 * first); each retry avoids the endpoints already tried (previous_hosts), as nginx passes the
 * request to the next one. No condition: no policy (Envoy's default, no retry).
 */
export declare function retryPolicy(r: UpstreamRetry | undefined): {
    retry_policy: RetryPolicy;
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
