import { fieldName, locate } from '../../../parse/locate.js';
import { hasControlChars } from '../../../util/k8s-names.js';
import { CIPHER_STRING_GRAMMAR, isCipherString } from '../../../ir/ciphers.js';
import { GO_BOOL_SPELLINGS, parseGoBool } from '../parse-bool.js';
import { errorsReader, parseCustomHttpErrors } from '../families/errors.js';
import { HEADER_NAME_RE, parseConfigMapRef } from '../families/headers.js';
import { parseBlockList } from './block-list.js';
import { parseBrotliLevel, parseByteCount, parseGzipLevel, parseMimeTypes, parseUserAgentRegex } from './gzip.js';
import { parseNginxSize } from '../size.js';
import { parseCount } from './count.js';
import { parseSourceRange } from '../source-range.js';
import { parseTimeoutSeconds } from '../upstream-values.js';
import { isTuningKey, parseTuning } from '../families/upstream-tuning.js';
import { locationList, parseGlobalAuthValue } from './global-auth.js';
import { ANNOTATION_ONLY, CONFIG_KEY_BY_NAME } from './keys.js';
/** The ConfigMap keys of the client connection settings, each with its RouteTable.clientConnection field. */
export const CLIENT_CONNECTION_FIELD = {
    'keep-alive': 'keepAliveSeconds',
    'keep-alive-requests': 'keepAliveRequests',
    'client-header-timeout': 'headerTimeoutSeconds',
    'client-body-timeout': 'bodyTimeoutSeconds',
    'large-client-header-buffers': 'headerBuffers',
};
const INT = /^[+-]?(?:0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+|[0-9]+)$/;
const FLOAT = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const SSL_PROTOCOLS = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const RISK = ['Critical', 'High', 'Medium', 'Low'];
/** The grammar of each value type; reuses the annotations' parsers where the key is an annotation's default. */
export function parseConfigValue(type, value, name = '') {
    const found = `found ${JSON.stringify(value)}`;
    switch (type) {
        case 'bool': {
            const b = parseGoBool(value);
            return b === undefined ? { expected: `a boolean (${GO_BOOL_SPELLINGS}), ${found}` } : { value: b };
        }
        case 'int':
            return INT.test(value) ? { value } : { expected: `an integer, ${found}` };
        case 'digits':
            // ingress-nginx copies the text into the header ("max-age=" .. value): only a plain number is a max-age.
            return /^[0-9]{1,12}$/.test(value) ? { value } : { expected: `a number of seconds (decimal digits), ${found}` };
        case 'float':
            return FLOAT.test(value) ? { value } : { expected: `a number, ${found}` };
        case 'seconds': {
            const t = parseTimeoutSeconds(value);
            return 'expected' in t ? t : { value: t.value };
        }
        case 'offset':
        case 'size': {
            const s = parseNginxSize(value, { offset: type === 'offset' });
            return 'error' in s ? { expected: s.error.replace(/^expected /, '') } : { value: type === 'offset' ? s.bytes : value };
        }
        case 'cidrs': {
            // "" is ingress-nginx's default: an empty list, no restriction.
            if (value.trim() === '')
                return { value: [] };
            const r = parseSourceRange(value);
            return 'error' in r ? { expected: `comma-separated IPv4/IPv6 addresses or CIDRs: ${r.error}` } : { value: r.cidrs };
        }
        case 'refusal-status':
            // nginx refuses limit_req_status / limit_conn_status outside 400-599 (the reload would fail).
            return /^[45][0-9][0-9]$/.test(value) ? { value: Number(value) } : { expected: `a status from 400 to 599, ${found}` };
        case 'redirect-code':
            return /^(301|302|307|308)$/.test(value) ? { value: Number(value) } : { expected: `301, 302, 307 or 308, ${found}` };
        case 'status-codes': {
            // "" is the default: no codes. Otherwise the annotation's grammar (ingress-nginx's ConfigMap
            // parser drops a part strconv.Atoi refuses, with a warning; ingressc refuses the value).
            if (value === '')
                return { value: [] };
            const codes = parseCustomHttpErrors(value);
            return Array.isArray(codes) ? { value: codes } : { expected: codes.detail.replace(/^expected /, '').replace(/; ingress-nginx ignores.*$/, '') };
        }
        case 'ssl-ciphers':
            // nginx.tmpl writes it in single quotes, unchecked; ingressc holds it to the annotation's grammar.
            return value === '' || isCipherString(value) ? { value } : { expected: `"" or ${CIPHER_STRING_GRAMMAR}, ${found}` };
        case 'ssl-protocols': {
            const ps = value.split(' ').filter((s) => s !== '');
            return ps.length > 0 && ps.every((p) => SSL_PROTOCOLS.includes(p)) ? { value: ps } : { expected: `space-separated protocols among ${SSL_PROTOCOLS.join(', ')}, ${found}` };
        }
        case 'block-list':
            return parseBlockList(value);
        case 'header-names': {
            // nginx.tmpl writes each as `proxy_hide_header <name>;`: a plain field name, nothing else.
            if (value === '')
                return { value: [] };
            const names = value.split(',').map((n) => n.trim());
            const badName = names.find((n) => !/^[A-Za-z0-9-]+$/.test(n));
            return badName === undefined ? { value: names } : { expected: `comma-separated header names (letters, digits and "-"), found ${JSON.stringify(badName)}` };
        }
        case 'load-balance':
            // ingress-nginx's default round_robin, or ewma (the annotation's grammar).
            return value === 'round_robin' || value === 'ewma' ? { value } : { expected: `"round_robin" or "ewma", ${found}` };
        case 'header-name':
            // Written into the proxies' configs as a header name: an HTTP token, nothing else.
            // nginx ignores names with "_" (underscores_in_headers off), so letters, digits and "-".
            return /^[A-Za-z0-9][A-Za-z0-9-]{0,127}$/.test(value) ? { value } : { expected: `a header name (letters, digits and "-"), ${found}` };
        case 'configmap-ref': {
            if (value === '')
                return { value: undefined };
            const ref = parseConfigMapRef(value);
            return 'expected' in ref ? { expected: ref.expected.replace(/^expected /, '') } : { value: ref };
        }
        case 'allowed-headers': {
            // ingress-nginx splits on ",", trims, and skips a name customheaders.go refuses (with a warning); ingressc refuses the value.
            if (value.trim() === '')
                return { value: [] };
            const names = value.split(',').map((n) => n.trim());
            const bad = names.find((n) => !HEADER_NAME_RE.test(n));
            return bad === undefined ? { value: names } : { expected: `comma-separated header names (letters, digits, "-" and "_"), found ${JSON.stringify(bad)}` };
        }
        case 'risk-level':
            return RISK.includes(value) ? { value } : { expected: `one of ${RISK.join(', ')}, ${found}` };
        case 'tuning': {
            // The annotation's grammar; "" (proxy-busy-buffers-size's default) leaves nginx's own value.
            const into = {};
            if (value === '' && name === 'proxy-busy-buffers-size')
                return { value: into };
            const problem = isTuningKey(name) ? parseTuning(name, value, into) : 'a key of the upstream tuning family';
            return problem === undefined ? { value: into } : { expected: problem.replace(/^expected /, '') };
        }
        case 'global-auth':
            return parseGlobalAuthValue(name, value);
        case 'locations':
            return { value: locationList(value) };
        case 'gzip-level':
            return parseGzipLevel(value);
        case 'brotli-level':
            return parseBrotliLevel(value);
        case 'byte-count':
            return parseByteCount(value);
        case 'mime-types':
            return parseMimeTypes(value);
        case 'ua-regex':
            return parseUserAgentRegex(value);
        case 'count':
            return parseCount(value, 999_999_999);
        case 'header-buffers': {
            // nginx's large_client_header_buffers: a count and a buffer size of at least its connection_pool_size (512 bytes).
            const m = /^([1-9][0-9]{0,3}) +([0-9]+[kKmM]?)$/.exec(value);
            const bytes = m ? parseNginxSize(m[2]) : undefined;
            if (!m || !bytes || 'error' in bytes || bytes.bytes < 512 || bytes.bytes > 16 * 1024 * 1024)
                return { expected: `a number of buffers and a size from 512 bytes to 16m (like "4 8k"), ${found}` };
            return { value: { count: Number(m[1]), size: m[2] } };
        }
        case 'response-rewrite': {
            const into = {};
            const problem = errorsReader.read(name, value, into, {});
            return problem === undefined ? { value: into.errors ?? {} } : { expected: problem.detail.replace(/^expected /, '') };
        }
        case 'string':
            return { value };
    }
}
/** Does `value` mean what ingress-nginx's documented default means? */
function isDefault(key, value) {
    if (key.default === undefined)
        return false;
    const d = parseConfigValue(key.type, key.default, key.key);
    return 'value' in d && JSON.stringify(d.value) === JSON.stringify(value);
}
const SNIPPET = (name) => name.endsWith('-snippet');
/**
 * Reads a v1 ConfigMap as ingress-nginx's controller reads its --configmap: every `data` key is
 * checked against the registry (keys.ts) and its grammar, and located at the key. Which keys a
 * target honours is decided in lowering (lower/controller-config.ts).
 */
export function readControllerConfig(m, diags, opts) {
    const meta = (m.obj.metadata ?? {});
    const name = typeof meta.name === 'string' ? meta.name : '';
    const namespace = typeof meta.namespace === 'string' ? meta.namespace : 'default';
    const id = `${namespace}/${name}`;
    const before = diags.errorCount();
    const data = m.obj.data;
    const entries = [];
    const settings = { timeouts: {} };
    // "data:" with nothing under it is null: no keys, as the API server reads it.
    if (data !== undefined && data !== null && (typeof data !== 'object' || Array.isArray(data))) {
        diags.report('IC2300', locate(m.loc, ['data']), { configmap: id, key: 'data', detail: 'expected a mapping of keys to string values' }, { field: 'data' });
        return undefined;
    }
    const map = (data ?? {});
    for (const k of Object.keys(map).sort()) {
        // An explicit null is the empty string, as Go's JSON decoder leaves a map[string]string value.
        const raw = map[k] === null ? '' : map[k];
        const path = ['data', k];
        const field = fieldName(path);
        const ref = locate(m.loc, path, { key: true });
        if (typeof raw !== 'string') {
            diags.report('IC2304', locate(m.loc, path), { key: k, found: raw === null ? 'null' : `${typeof raw} ${JSON.stringify(raw)}` }, { field });
            continue;
        }
        const key = CONFIG_KEY_BY_NAME.get(k);
        if (!key) {
            const hint = k === 'allowlist-source-range'
                ? ' (the ConfigMap key is still whitelist-source-range)'
                : ANNOTATION_ONLY.has(k)
                    ? ` (it is an annotation: set nginx.ingress.kubernetes.io/${k} on the Ingress)`
                    : ' (check the spelling)';
            diags.report('IC2301', ref, { key: k, hint }, { field });
            continue;
        }
        if (hasControlChars(raw) && key.type !== 'string') {
            diags.report('IC2300', ref, { configmap: id, key: k, detail: 'the value contains a control character' }, { field });
            continue;
        }
        const parsed = parseConfigValue(key.type, raw, k);
        if ('expected' in parsed) {
            diags.report('IC2300', ref, { configmap: id, key: k, detail: `expected ${parsed.expected}` }, { field });
            continue;
        }
        const changed = !isDefault(key, parsed.value);
        if (key.kind === 'snippet' || SNIPPET(k)) {
            if (changed)
                diags.report(opts.allowSnippets ? 'IC2303' : 'IC2302', ref, { key: k }, { field });
            continue;
        }
        if (hasControlChars(raw)) {
            // Free text (log formats, header lists) never carries a control character into an output.
            diags.report('IC2300', ref, { configmap: id, key: k, detail: 'the value contains a control character' }, { field });
            continue;
        }
        entries.push({ key, value: raw, ref, changed });
        const v = parsed.value;
        if (key.type === 'tuning')
            settings.tuning = { ...settings.tuning, ...v };
        const conn = CLIENT_CONNECTION_FIELD[k];
        if (conn)
            settings.clientConnection = { ...settings.clientConnection, [conn]: v };
        switch (k) {
            case 'ssl-redirect':
                settings.sslRedirect = v;
                break;
            case 'force-ssl-redirect':
                settings.forceSslRedirect = v;
                break;
            case 'relative-redirects':
                settings.relativeRedirects = v;
                break;
            case 'http-redirect-code':
                settings.httpRedirectCode = v;
                break;
            case 'limit-req-status-code':
                settings.limitStatus = { ...settings.limitStatus, requests: v };
                break;
            case 'limit-conn-status-code':
                settings.limitStatus = { ...settings.limitStatus, connections: v };
                break;
            case 'hsts':
                settings.hsts = v;
                break;
            case 'hsts-max-age':
                settings.hstsMaxAge = v;
                break;
            case 'hsts-include-subdomains':
                settings.hstsIncludeSubdomains = v;
                break;
            case 'hsts-preload':
                settings.hstsPreload = v;
                break;
            case 'service-upstream':
                settings.serviceUpstream = v;
                break;
            case 'proxy-ssl-location-only':
                settings.proxySslLocationOnly = v;
                break;
            case 'load-balance':
                settings.loadBalance = v;
                break;
            case 'custom-http-errors':
                settings.customHttpErrors = v;
                break;
            case 'whitelist-source-range':
                if (v.length)
                    settings.sourceAllow = v;
                break;
            case 'denylist-source-range':
                if (v.length)
                    settings.sourceDeny = v;
                break;
            case 'ssl-protocols':
                settings.sslProtocols = v;
                break;
            case 'ssl-ciphers':
                settings.sslCiphers = v;
                break;
            case 'server-tokens':
                settings.serverTokens = v;
                break;
            case 'enable-underscores-in-headers':
                settings.underscoresInHeaders = v;
                break;
            case 'ignore-invalid-headers':
                settings.ignoreInvalidHeaders = v;
                break;
            case 'hide-headers':
                if (v.length)
                    settings.hideHeaders = v;
                break;
            // isLocationInLocationList: split on ",", each trimmed, empty ones skipped.
            case 'no-tls-redirect-locations':
                settings.noTlsRedirectLocations = locationList(raw);
                break;
            case 'block-cidrs':
                if (v.length)
                    settings.blockCidrs = v;
                break;
            case 'block-user-agents':
                if (v.length)
                    settings.blockUserAgents = v;
                break;
            case 'block-referers':
                if (v.length)
                    settings.blockReferers = v;
                break;
            case 'proxy-body-size':
                settings.maxBodyBytes = v;
                break;
            case 'client-body-buffer-size':
                settings.bodyBufferSize = v;
                break;
            case 'proxy-connect-timeout':
                settings.timeouts.connect = v;
                break;
            case 'proxy-send-timeout':
                settings.timeouts.send = v;
                break;
            case 'proxy-read-timeout':
                settings.timeouts.read = v;
                break;
            case 'annotation-value-word-blocklist': {
                // ingress-nginx splits on "," and trims each word; an empty word would match every value, so none is kept.
                const words = raw.split(',').map((w) => w.trim()).filter((w) => w !== '');
                if (words.length)
                    settings.wordBlocklist = { words, ref };
                break;
            }
            case 'use-forwarded-headers':
                settings.forwarded = { ...settings.forwarded, useForwardedHeaders: v };
                break;
            case 'enable-real-ip':
                settings.forwarded = { ...settings.forwarded, enableRealIp: v };
                break;
            case 'use-proxy-protocol':
                settings.forwarded = { ...settings.forwarded, useProxyProtocol: v };
                break;
            case 'compute-full-forwarded-for':
                settings.forwarded = { ...settings.forwarded, computeFullForwardedFor: v };
                break;
            case 'forwarded-for-header':
                settings.forwarded = { ...settings.forwarded, forwardedForHeader: v };
                break;
            // "" trusts nobody: nginx.tmpl then writes no set_real_ip_from line.
            case 'proxy-real-ip-cidr':
                settings.forwarded = { ...settings.forwarded, proxyRealIpCidr: v };
                break;
            case 'generate-request-id':
                settings.forwarded = { ...settings.forwarded, generateRequestId: v };
                break;
            case 'add-headers':
                if (v)
                    settings.addHeaders = { ...v, ref };
                break;
            case 'proxy-set-headers':
                if (v)
                    settings.proxySetHeaders = { ...v, ref };
                break;
            case 'global-allowed-response-headers':
                settings.allowedResponseHeaders = v;
                break;
            case 'global-auth-url':
                if (v)
                    settings.globalAuth = { ...settings.globalAuth, url: v, ref };
                break;
            case 'global-auth-method':
                if (v)
                    settings.globalAuth = { ...settings.globalAuth, method: v };
                break;
            case 'global-auth-signin':
                if (v)
                    settings.globalAuth = { ...settings.globalAuth, signin: v };
                break;
            case 'global-auth-signin-redirect-param':
                if (v)
                    settings.globalAuth = { ...settings.globalAuth, signinRedirectParam: v };
                break;
            case 'global-auth-response-headers':
                if (v)
                    settings.globalAuth = { ...settings.globalAuth, responseHeaders: v };
                break;
            case 'global-auth-request-redirect':
                if (v)
                    settings.globalAuth = { ...settings.globalAuth, requestRedirect: v };
                break;
            case 'global-auth-always-set-cookie':
                settings.globalAuth = { ...settings.globalAuth, alwaysSetCookie: v };
                break;
            case 'no-auth-locations':
                settings.noAuthLocations = v;
                break;
            case 'use-gzip':
                settings.gzip = { ...settings.gzip, use: v };
                break;
            case 'gzip-level':
                settings.gzip = { ...settings.gzip, level: v };
                break;
            case 'gzip-min-length':
                settings.gzip = { ...settings.gzip, minLength: v };
                break;
            case 'gzip-types':
                settings.gzip = { ...settings.gzip, types: v };
                break;
            case 'gzip-disable':
                settings.gzip = { ...settings.gzip, disable: v };
                break;
            case 'enable-brotli':
                settings.brotli = { ...settings.brotli, enable: v };
                break;
            case 'brotli-level':
                settings.brotli = { ...settings.brotli, level: v };
                break;
            case 'brotli-min-length':
                settings.brotli = { ...settings.brotli, minLength: v };
                break;
            case 'brotli-types':
                settings.brotli = { ...settings.brotli, types: v };
                break;
            case 'proxy-cookie-domain':
            case 'proxy-cookie-path':
            case 'proxy-redirect-from':
                settings.responseRewrites = { ...settings.responseRewrites, ...v };
                break;
            case 'retry-non-idempotent':
                settings.retryNonIdempotent = v;
                break;
            case 'allow-snippet-annotations':
                if (v === true)
                    diags.report('IC2306', ref, {}, { field });
                break;
        }
    }
    if (diags.errorCount() > before)
        return undefined;
    return { id, ref: locate(m.loc, ['metadata', 'name']), entries, settings };
}
