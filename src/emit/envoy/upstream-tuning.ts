import type { UpstreamRetry, UpstreamTuning } from '../../ir/types.js';

export interface RetryPolicy {
  retry_on: string;
  num_retries: number;
  retriable_status_codes?: number[];
  retry_host_predicate: { name: string; typed_config: Record<string, string> }[];
  host_selection_retry_max_attempts: number;
}

/** nginx's tries = 0 ("no limit": each endpoint once) as a number of retries. */
export const UNLIMITED_RETRIES = 25;

/**
 * proxy-next-upstream* as the route's retry_policy: "error" and "timeout" are a failed connection
 * (connect-failure, a connect timeout included) or one reset before the response (reset), the
 * statuses retriable_status_codes; tries count every attempt (num_retries the ones after the
 * first); each retry avoids the endpoints already tried (previous_hosts), as nginx passes the
 * request to the next one. No condition: no policy (Envoy's default, no retry).
 */
export function retryPolicy(r: UpstreamRetry | undefined): { retry_policy: RetryPolicy } | Record<string, never> {
  if (!r || r.on.length === 0) return {};
  const statuses = r.on.filter((c) => c.startsWith('http_')).map((c) => Number(c.slice('http_'.length)));
  const on = [
    ...(r.on.some((c) => c === 'error' || c === 'timeout') ? ['connect-failure'] : []),
    ...(r.on.some((c) => c === 'error' || c === 'invalid_header') ? ['reset'] : []),
    ...(statuses.length ? ['retriable-status-codes'] : []),
  ];
  return {
    retry_policy: {
      retry_on: on.join(','),
      num_retries: r.tries === 0 ? UNLIMITED_RETRIES : r.tries - 1,
      ...(statuses.length ? { retriable_status_codes: statuses } : {}),
      retry_host_predicate: [{ name: 'envoy.retry_host_predicates.previous_hosts', typed_config: { '@type': 'type.googleapis.com/envoy.extensions.retry.host.previous_hosts.v3.PreviousHostsPredicate' } }],
      host_selection_retry_max_attempts: 5,
    },
  };
}

/** proxy-buffer-size in whole KiB (Envoy's unit), rounded up; undefined when the route does not set it. */
export function responseHeadersKb(t: UpstreamTuning | undefined): number | undefined {
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
export function headerLimitOptions(kb: number, protocol: { typed_extension_protocol_options?: Record<string, Record<string, unknown>> }): { typed_extension_protocol_options: Record<string, Record<string, unknown>> } {
  const own = protocol.typed_extension_protocol_options?.[HPO] ?? { '@type': `type.googleapis.com/${HPO}`, explicit_http_config: { http_protocol_options: {} } };
  return { typed_extension_protocol_options: { ...(protocol.typed_extension_protocol_options ?? {}), [HPO]: { ...own, common_http_protocol_options: { max_response_headers_kb: kb } } } };
}
