/**
 * The upstream tuning of a route (docs/ir-v2.md "Upstream tuning"), as ingress-nginx writes it in
 * its location (nginx.tmpl): the same proxy_* directives. Sizes are written in bytes.
 */
export function tuningLines(t) {
    if (!t)
        return [];
    const flag = (b) => (b ? 'on' : 'off');
    const out = [];
    if (t.responseBuffering !== undefined)
        out.push(`proxy_buffering ${flag(t.responseBuffering)};`);
    if (t.requestBuffering !== undefined)
        out.push(`proxy_request_buffering ${flag(t.requestBuffering)};`);
    if (t.responseHeaderBytes !== undefined)
        out.push(`proxy_buffer_size ${t.responseHeaderBytes};`);
    // ingress-nginx: proxy_buffers <proxy-buffers-number> <proxy-buffer-size>.
    if (t.responseBufferCount !== undefined)
        out.push(`proxy_buffers ${t.responseBufferCount} ${t.responseHeaderBytes ?? DEFAULT_BUFFER_SIZE};`);
    if (t.busyBufferBytes !== undefined)
        out.push(`proxy_busy_buffers_size ${t.busyBufferBytes};`);
    if (t.maxTempFileBytes !== undefined)
        out.push(`proxy_max_temp_file_size ${t.maxTempFileBytes};`);
    if (t.httpVersion !== undefined)
        out.push(`proxy_http_version ${t.httpVersion};`);
    const r = t.retry;
    if (r) {
        const conds = [...r.on, ...(r.nonIdempotent ? ['non_idempotent'] : [])];
        out.push(`proxy_next_upstream ${conds.length && r.on.length ? conds.join(' ') : 'off'};`);
        out.push(`proxy_next_upstream_timeout ${r.timeoutSeconds};`, `proxy_next_upstream_tries ${r.tries};`);
    }
    return out;
}
const DEFAULT_BUFFER_SIZE = 4096;
/**
 * ingress-nginx's defaults for every location (config.go; nginx's own differ): responses are not
 * buffered (nginx: on), proxy_buffers 4 4k (nginx: 8 4k|8k), a failed attempt goes to at most 3
 * endpoints (nginx: no limit). Written at http level; a route's own values replace them.
 */
export const TUNING_HTTP_DEFAULTS = [
    'proxy_buffering off;',
    `proxy_buffer_size ${DEFAULT_BUFFER_SIZE};`,
    `proxy_buffers 4 ${DEFAULT_BUFFER_SIZE};`,
    'proxy_next_upstream error timeout;',
    'proxy_next_upstream_tries 3;',
];
/**
 * ingress-nginx's Connection header without connection-proxy-header (nginx.tmpl, upstream keepalive
 * on): "upgrade" when the client asks to upgrade (WebSockets), else none (keepalive to the backend).
 */
export const CONNECTION_UPGRADE_MAP = "map $http_upgrade $connection_upgrade { default upgrade; '' ''; }";
