import { TUNING_DEFAULTS } from '../providers/ingress-nginx/families/upstream-tuning.js';
import { NGINX_PREFIX } from '../providers/ingress-nginx/read.js';
import { supportOf } from '../providers/ingress-nginx/support.js';
/** Protocols whose location does not proxy_pass: ingress-nginx's proxy_* directives do nothing there. */
const NOT_PROXIED = new Set(['GRPC', 'GRPCS', 'FCGI']);
/**
 * The upstream tuning of an Ingress's routes (annotations, else the controller ConfigMap's values
 * applied by lower/controller-config.ts): only the keys `target` honours reach the IR (the others
 * were reported as a warning by annotation-support.ts). A key ingress-nginx writes together with
 * another (proxy_buffers repeats proxy-buffer-size; the three next-upstream keys make one retry
 * rule) brings that one's ingress-nginx default along.
 */
export function tuningPolicy(ing, target) {
    const s = ing.features.upstreamTuning;
    if (!s || NOT_PROXIED.has(ing.features.backend?.protocol ?? 'HTTP'))
        return {};
    const on = (k) => supportOf(k, target) !== undefined;
    const t = {};
    if (s.buffering !== undefined && on('proxy-buffering'))
        t.responseBuffering = s.buffering;
    if (s.requestBuffering !== undefined && on('proxy-request-buffering'))
        t.requestBuffering = s.requestBuffering;
    const size = s.bufferSize !== undefined && on('proxy-buffer-size');
    const count = s.buffersNumber !== undefined && on('proxy-buffers-number');
    if (size || count) {
        t.responseHeaderBytes = size ? s.bufferSize : TUNING_DEFAULTS.bufferSize;
        if (count || on('proxy-buffers-number'))
            t.responseBufferCount = count ? s.buffersNumber : TUNING_DEFAULTS.buffersNumber;
    }
    if (s.busyBuffersSize !== undefined && on('proxy-busy-buffers-size'))
        t.busyBufferBytes = s.busyBuffersSize;
    if (s.maxTempFileSize !== undefined && on('proxy-max-temp-file-size'))
        t.maxTempFileBytes = s.maxTempFileSize;
    if (s.httpVersion !== undefined && on('proxy-http-version'))
        t.httpVersion = s.httpVersion;
    if (s.connectionHeader !== undefined && on('connection-proxy-header'))
        t.connectionHeader = s.connectionHeader;
    const retry = retryOf(s, on);
    if (retry)
        t.retry = retry;
    return Object.keys(t).length ? { upstreamTuning: t } : {};
}
/** The retry rule when one of the next-upstream keys is set (and honoured): the others at ingress-nginx's defaults. */
function retryOf(s, on) {
    const conds = s.nextUpstream !== undefined && on('proxy-next-upstream') ? s.nextUpstream : undefined;
    const timeout = s.nextUpstreamTimeout !== undefined && on('proxy-next-upstream-timeout') ? s.nextUpstreamTimeout : undefined;
    const tries = s.nextUpstreamTries !== undefined && on('proxy-next-upstream-tries') ? s.nextUpstreamTries : undefined;
    // Set only where the target honours it (lower/controller-config.ts); "off" stays off, as nginx reads it.
    const anyMethod = s.retryNonIdempotent === true;
    if (conds === undefined && timeout === undefined && tries === undefined && !anyMethod)
        return undefined;
    const listed = conds ?? TUNING_DEFAULTS.nextUpstream;
    return {
        on: listed.filter((c) => c !== 'off' && c !== 'non_idempotent'),
        nonIdempotent: listed.includes('non_idempotent') || (anyMethod && !listed.includes('off')),
        tries: tries ?? TUNING_DEFAULTS.nextUpstreamTries,
        timeoutSeconds: timeout ?? TUNING_DEFAULTS.nextUpstreamTimeout,
    };
}
/**
 * nginx's own checks of the buffer sizes (ngx_http_proxy_merge_loc_conf), on the values
 * ingress-nginx writes (proxy_buffer_size B; proxy_buffers N B): its nginx refuses anything else,
 * so the Ingress never takes effect there. Checked on every target, located at the annotation
 * (or the Ingress, when a value comes from the ConfigMap).
 */
export function checkBufferSizes(ing, diags) {
    const s = ing.features.upstreamTuning;
    if (!s || (s.bufferSize === undefined && s.buffersNumber === undefined && s.busyBuffersSize === undefined && s.maxTempFileSize === undefined))
        return;
    const b = s.bufferSize ?? TUNING_DEFAULTS.bufferSize;
    const n = s.buffersNumber ?? TUNING_DEFAULTS.buffersNumber;
    const busy = s.busyBuffersSize ?? 2 * b;
    const at = (key) => {
        const use = ing.annotationUses.find((u) => u.key === `${NGINX_PREFIX}${key}`);
        return use ? { ref: use.ref, what: `annotation ${use.key}` } : { ref: ing.ref, what: `Ingress ${ing.id}` };
    };
    const busyKey = s.busyBuffersSize !== undefined ? 'proxy-busy-buffers-size' : s.buffersNumber !== undefined ? 'proxy-buffers-number' : 'proxy-buffer-size';
    const sizes = `proxy-buffer-size ${b} bytes, proxy-buffers-number ${n}, proxy-busy-buffers-size ${s.busyBuffersSize !== undefined ? `${busy} bytes` : `unset (twice the buffer size, ${busy} bytes)`}`;
    if (busy < b)
        report(at(busyKey), `${sizes}: the busy buffers must be at least one buffer (${b} bytes)`);
    else if (busy > (n - 1) * b)
        report(at(busyKey), `${sizes}: the busy buffers must be at most all buffers but one (${(n - 1) * b} bytes)`);
    if (s.maxTempFileSize !== undefined && s.maxTempFileSize !== 0 && s.maxTempFileSize < b)
        report(at('proxy-max-temp-file-size'), `proxy-max-temp-file-size ${s.maxTempFileSize} bytes is below the buffer size (${b} bytes): it must be 0 or at least that`);
    function report(where, detail) {
        diags.report('IC3200', where.ref, { what: where.what, detail }, { field: where.what.startsWith('annotation') ? `metadata.annotations[${JSON.stringify(where.what.slice('annotation '.length))}]` : 'metadata.annotations' });
    }
}
