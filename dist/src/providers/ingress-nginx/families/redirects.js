import { isDns1123Subdomain, isWildcardDns1123Subdomain, looksLikeIp } from '../../../util/k8s-names.js';
import { parseGoBool } from '../parse-bool.js';
/**
 * nginx's `return code URL` sends a Location only for these codes; for the other 3xx codes it
 * sends the URL as the response body and no Location (ngx_http_rewrite_module "return").
 */
export const NGINX_REDIRECT_CODES = new Set([301, 302, 303, 307, 308]);
/**
 * redirect.go: temporal-redirect first (code 300–307, else 302), then permanent-redirect (code
 * 300–308, else 301). An empty URL is no redirect.
 */
export function locationRedirect(s) {
    if (!s)
        return undefined;
    if (s.temporal) {
        const c = s.temporalCode;
        return { url: s.temporal, code: c !== undefined && c >= 300 && c <= 307 ? c : 302, key: 'temporal-redirect' };
    }
    if (s.permanent) {
        const c = s.permanentCode;
        return { url: s.permanent, code: c !== undefined && c >= 300 && c <= 308 ? c : 301, key: 'permanent-redirect' };
    }
    return undefined;
}
// RFC 3986 pieces, narrowed to what every target can carry verbatim: no "$" (nginx variables),
// no "{" "}" (Caddy placeholders), no quotes, "\", spaces or "#"; "%" only as an escape.
const PCHAR = "(?:[A-Za-z0-9\\-._~!&()*+,;=:@]|%[0-9A-Fa-f]{2})";
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const HOST = `(?:${LABEL}(?:\\.${LABEL})*|\\[[0-9A-Fa-f:.]+\\])`;
const PORT = '(?::(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))';
/** An absolute http(s) URL: scheme, host, optional port, path, query; no fragment, no userinfo. */
export const REDIRECT_URL_RE = new RegExp(`^[Hh][Tt][Tt][Pp][Ss]?://${HOST}${PORT}?(?:/(?:${PCHAR}|/)*)?(?:\\?(?:${PCHAR}|[/?])*)?$`);
/** A path (absolute, no query), as app-root takes it. */
export const APP_ROOT_RE = new RegExp(`^/(?:${PCHAR}|/)*$`);
/**
 * A path-absolute reference with an optional query (RFC 3986 path-absolute "?" query): "/", then
 * no second "/" (that would be "//host", a scheme-relative URL to another host).
 */
export const REDIRECT_PATH_RE = new RegExp(`^/(?:${PCHAR}(?:${PCHAR}|/)*)?(?:\\?(?:${PCHAR}|[/?])*)?$`);
const MAX_URL = 2048;
const CHARS = 'RFC 3986 characters; no "$", "{", "}", quotes, spaces or "#"';
const expectedUrl = `expected an absolute http:// or https:// URL (host, optional port, path and query of ${CHARS})`;
const expectedUrlOrPath = `expected an absolute http:// or https:// URL, or a path starting with a single "/" (path and query of ${CHARS})`;
function readUrl(value, pathToo) {
    const expected = pathToo ? expectedUrlOrPath : expectedUrl;
    if (value.length > MAX_URL)
        return { detail: `${expected} of at most ${MAX_URL} characters` };
    if (REDIRECT_URL_RE.test(value) || (pathToo && REDIRECT_PATH_RE.test(value)))
        return value;
    if (pathToo && value.startsWith('//'))
        return { detail: `${expected}, found ${JSON.stringify(value)}: "//" starts a scheme-relative URL, which names another host` };
    return { detail: `${expected}, found ${JSON.stringify(value)}` };
}
/** A location redirect's URL that is a path: nginx makes it absolute (or keeps it, with relative-redirects). */
export const isRedirectPath = (url) => url.startsWith('/');
function readCode(value) {
    // ingress-nginx's GetIntAnnotation (strconv.Atoi): digits, an optional sign; a bad value is an error.
    if (!/^[0-9]{1,9}$/.test(value))
        return { detail: `expected an HTTP status code (digits), found ${JSON.stringify(value)}` };
    return Number(value);
}
/** server-alias: comma-separated host names (ingress-nginx splits on "," and trims spaces). */
export function readAliases(value) {
    const out = [];
    for (const raw of value.split(',')) {
        const a = raw.trim().toLowerCase();
        if (a === '')
            continue;
        if (looksLikeIp(a))
            return { error: `expected DNS names, found the IP address ${JSON.stringify(a)}` };
        if (!(isDns1123Subdomain(a) || isWildcardDns1123Subdomain(a)) || a.length > 253)
            return { error: `expected comma-separated DNS names (RFC 1123 subdomains, or "*." and one), found ${JSON.stringify(raw.trim())}` };
        if (!out.includes(a))
            out.push(a);
    }
    return { aliases: out };
}
const KEYS = [
    'permanent-redirect',
    'permanent-redirect-code',
    'temporal-redirect',
    'temporal-redirect-code',
    'app-root',
    'force-ssl-redirect',
    'preserve-trailing-slash',
    'from-to-www-redirect',
    'server-alias',
    'relative-redirects',
];
export const redirectsReader = {
    keys: KEYS,
    read(name, value, into) {
        const s = (into.redirects ??= {});
        switch (name) {
            case 'permanent-redirect':
            case 'temporal-redirect': {
                if (value === '')
                    return undefined; // ingress-nginx: an empty URL is no redirect
                // redirect.go checks temporal-redirect's scheme (http or https) but not permanent-redirect's.
                const u = readUrl(value, name === 'permanent-redirect');
                if (typeof u !== 'string')
                    return u;
                if (name === 'permanent-redirect')
                    s.permanent = u;
                else
                    s.temporal = u;
                return undefined;
            }
            case 'permanent-redirect-code':
            case 'temporal-redirect-code': {
                const c = readCode(value);
                if (typeof c !== 'number')
                    return c;
                const [lo, hi] = name === 'permanent-redirect-code' ? [300, 308] : [300, 307];
                // In range, ingress-nginx writes `return <code> <url>;`, and nginx answers 300, 304, 305
                // and 306 with the URL as body and no Location: refused rather than reproduced.
                if (c >= lo && c <= hi && !NGINX_REDIRECT_CODES.has(c))
                    return { code: 'IC2200', detail: `ingress-nginx's nginx answers code ${c} with the URL as body and no Location header; expected 301, 302, 303, 307${hi === 308 ? ' or 308' : ''} (another number falls back to ${hi === 308 ? 301 : 302}, as in ingress-nginx)` };
                if (name === 'permanent-redirect-code')
                    s.permanentCode = c;
                else
                    s.temporalCode = c;
                return undefined;
            }
            case 'app-root':
                if (value === '')
                    return undefined;
                // rewrite.go: an absolute URL is refused with a warning and the annotation ignored.
                if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value))
                    return { code: 'IC2201', detail: `app-root must be a path (like /app), found the URL ${JSON.stringify(value)}: ingress-nginx ignores it, and so does ingressc` };
                if (value.length > MAX_URL || !APP_ROOT_RE.test(value))
                    return { detail: `expected a path starting with "/" (RFC 3986 characters; no query, "$", "{", "}", quotes or spaces), found ${JSON.stringify(value)}` };
                s.appRoot = value;
                return undefined;
            case 'force-ssl-redirect':
                s.forceSslRedirect = parseGoBool(value) === true;
                return undefined;
            case 'preserve-trailing-slash':
                s.preserveTrailingSlash = parseGoBool(value) === true;
                return undefined;
            case 'from-to-www-redirect':
                s.fromToWww = parseGoBool(value) === true;
                return undefined;
            case 'relative-redirects':
                s.relative = parseGoBool(value) === true;
                return undefined;
            case 'server-alias': {
                const r = readAliases(value);
                if ('error' in r)
                    return { detail: r.error };
                s.aliases = r.aliases;
                return undefined;
            }
        }
        return undefined;
    },
    // "false" writes nothing in nginx.tmpl (the http block's setting, absolute by default, applies).
    inert: (name, value) => name === 'relative-redirects' && parseGoBool(value) === false,
};
