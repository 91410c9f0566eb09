/**
 * Anchored grammars of the authentication annotations (auth-*, satisfy). Each parser returns the
 * value, or what was expected (the caller reports it, located at the key). They accept a subset of
 * what ingress-nginx accepts: no nginx variables except `$host` in auth-signin's host (the one its
 * documentation and e2e tests use), nothing a target would have to escape beyond its quoting.
 */
import { isDns1123Label, isDns1123Subdomain } from '../../../util/k8s-names.js';
import { readUrlHost, readUrlPort } from './url-host.js';
const show = (v) => JSON.stringify(v);
/** Path and query characters: RFC 3986 unreserved, "%XX", and the delimiters no target quotes specially. */
const PATH = /^(?:\/(?:[A-Za-z0-9._~!*+,=:@/-]|%[0-9A-Fa-f]{2})*)?$/;
const QUERY = /^(?:[A-Za-z0-9._~!*+,=:@/?&-]|%[0-9A-Fa-f]{2})*$/;
const URL_RE = /^(https?):\/\/(\[[0-9A-Fa-f:.]+\]|[^/:?#[\]]+)(?::([0-9]{1,5}))?([^?#]*)(?:\?([^#]*))?$/;
/**
 * An absolute http or https URL: a host (DNS name, IPv4, [IPv6]), an optional port 1-65535, a path
 * and query of plain characters (see PATH, QUERY), no fragment, no user info.
 */
export function parseHttpUrl(value, opts = {}) {
    const expected = `an absolute http:// or https:// URL with a host name or IP address, an optional port, and a path and query of letters, digits, "%XX" and . _ ~ ! * + , = : @ / - (no fragment, no user info${opts.hostVariable ? ', no nginx variable other than $host as the host' : ', no nginx variables'}), found ${show(value)}`;
    const m = URL_RE.exec(value);
    if (!m)
        return { expected };
    const [, scheme, rawHost, port, path, query] = m;
    const host = rawHost === '$host' && opts.hostVariable ? '$host' : readUrlHost(rawHost, true);
    const p = readUrlPort(port);
    if (host === undefined || p === null)
        return { expected };
    if (!PATH.test(path) || (query !== undefined && !QUERY.test(query)))
        return { expected };
    return { value: { scheme: scheme, host, ...(p !== undefined ? { port: p } : {}), path: path || '/', ...(query !== undefined ? { query } : {}) } };
}
/** ingress-nginx's auth-secret: "name" (the Ingress's namespace) or "namespace/name". */
export function parseSecretRef(value, kind = 'Secret') {
    const parts = value.split('/');
    const expected = `a ${kind} name, or "namespace/name" (DNS-1123 names), found ${show(value)}`;
    if (parts.length === 1 && isDns1123Subdomain(parts[0]))
        return { value: { name: parts[0] } };
    if (parts.length === 2 && isDns1123Label(parts[0]) && isDns1123Subdomain(parts[1]))
        return { value: { namespace: parts[0], name: parts[1] } };
    return { expected };
}
/** auth-realm: the text of `WWW-Authenticate: Basic realm="..."`; quoted by each target. */
const REALM = /^[A-Za-z0-9 ._~:/@()+,=!?-]{0,256}$/;
export function parseRealm(value) {
    return REALM.test(value) ? { value } : { expected: `at most 256 letters, digits, spaces and . _ ~ : / @ ( ) + , = ! ? - (no quotes or backslashes), found ${show(value)}` };
}
/** ingress-nginx's auth-method list (authreq.ValidMethod): exact, upper case. */
export const AUTH_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE'];
/** ingress-nginx's header-name rule (authreq headerRegexp). */
export const AUTH_HEADER_NAME = /^[A-Za-z0-9_-]+$/;
/** auth-response-headers: comma-separated header names, each trimmed, empty items skipped (authreq). */
export function parseHeaderList(value) {
    const out = [];
    for (const raw of value.split(',')) {
        const h = raw.trim();
        if (h === '')
            continue;
        if (!AUTH_HEADER_NAME.test(h) || h.length > 128)
            return { expected: `comma-separated header names of letters, digits, "-" and "_", found ${show(h)} in ${show(value)}` };
        if (!out.some((o) => o.toLowerCase() === h.toLowerCase()))
            out.push(h);
    }
    return { value: out };
}
/** auth-signin-redirect-param: a query parameter name. */
export function parseParamName(value) {
    return /^[A-Za-z0-9_.-]{1,64}$/.test(value) ? { value } : { expected: `a query parameter name of letters, digits, ".", "_" and "-", found ${show(value)}` };
}
/** auth-request-redirect: a header value (X-Auth-Request-Redirect): a path or URL of plain characters. */
export function parseRedirectValue(value) {
    return /^(?:[A-Za-z0-9._~!*+,=:@/?&-]|%[0-9A-Fa-f]{2}){1,2048}$/.test(value) ? { value } : { expected: `a URL or path of letters, digits, "%XX" and . _ ~ ! * + , = : @ / ? & - (no nginx variables), found ${show(value)}` };
}
/** ingress-nginx's ValidCacheDuration per comma-separated item: status codes, then nginx times. */
export function parseCacheDuration(value) {
    const out = [];
    for (const raw of value.split(',')) {
        const item = raw.trim();
        if (item === '')
            continue;
        let seenTime = false;
        let ok = true;
        for (const el of item.split(' ')) {
            if (el === '')
                continue;
            if (/^[0-9]{3}$/.test(el)) {
                if (seenTime)
                    ok = false;
            }
            else if (/^[0-9]+(ms|s|m|h|d|w|M|y)$/.test(el))
                seenTime = true;
            else
                ok = false;
        }
        if (!ok || !seenTime)
            return { expected: `comma-separated "[status codes] time" items (e.g. "200 202 10m, 401 5m"), found ${show(item)}` };
        out.push(item);
    }
    return { value: out.length ? out : ['200 202 401 5m'] };
}
/** auth-cache-key: nginx variables and text (tuning: read, not emitted). */
export function parseCacheKey(value) {
    return /^[A-Za-z0-9_$:.{}-]{1,256}$/.test(value) ? { value } : { expected: `nginx variables and letters, digits, "_", ":", ".", "-", found ${show(value)}` };
}
/** Go strconv.Atoi (auth-keepalive*). */
export function parseGoInt(value) {
    return /^[+-]?[0-9]{1,9}$/.test(value) ? { value: Number(value) } : { expected: `an integer, found ${show(value)}` };
}
