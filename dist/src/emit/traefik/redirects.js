import { locationIsPath, routesOf } from '../../ir/types.js';
import { goReplacementLiteral } from './quote.js';
/**
 * The IR's redirects as Traefik v3 redirectRegex middlewares (pkg/middlewares/redirect/
 * redirect_regex.go, redirect.go). The middleware matches its regex against the request's raw URL,
 * `<http|https>://<Host header, port included><request URI>` (rawURL; the scheme is https only
 * for a TLS connection), replaces it with Go's ReplaceAllString, and answers when the URL changed:
 * `permanent: true` gives 301 to GET and 308 to every other method, `false` 302 / 307 (moveHandler).
 * The file provider cannot set the status: redirectRegex's `statusCode` and redirectScheme's
 * `forcePermanentRedirect` (which give 308 to GET) are internal fields, tagged `file:"-" yaml:"-"`
 * in pkg/config/dynamic/middlewares.go, that only Traefik's own ingress-nginx provider sets.
 * So an IR 308 becomes `permanent: true` (GET gets 301: IC4301), a 307 `permanent: false`.
 * The Location is Go's url.Parse(new URL).String().
 */
/** 301/308 → permanent, 302/307 → temporary; other codes have no Traefik form. */
function permanent(f) {
    if (f.statusCode === 301 || f.statusCode === 308)
        return true;
    if (f.statusCode === 302 || f.statusCode === 307)
        return false;
    throw new Error(`traefik: no redirect middleware answers ${f.statusCode}`);
}
/**
 * Host part of rawURL (an IPv6 literal in brackets, or a name up to ":" or "/" without its final
 * dot: the IR's host has none), then an optional port, then the request URI.
 */
const HOST = '(\\[[^\\]/]*\\]|(?:[^/:]*[^/:.])?)\\.?(?::[0-9]*)?';
/** The request URI, its final "/" left out when stripped (lazy, then "/?" at the end). */
const uri = (strip) => (strip ? '(.*?)/?$' : '(.*)$');
/**
 * One IR RequestRedirect on one entry point (`scheme`, `port`: the listener the router serves):
 *  - `location`: permanent/temporal-redirect, the whole URL replaced by the location (a path
 *    after the request's scheme and host, unless relative);
 *  - `path` (app-root): `<scheme>://<Host header><path>`, the query dropped;
 *  - `hostname` (from-to-www-redirect): `<scheme>://<hostname>:<listener port><URI>`;
 *  - `scheme: https` (ssl-redirect, force-ssl-redirect): `https://<host><:https port unless 443><URI>`,
 *    the host as the client wrote it (case kept; the IR lowercases it).
 */
export function redirectMiddleware(f, listener, httpsPort) {
    const p = permanent(f);
    if (f.location !== undefined) {
        if (!/^[\x21-\x7e]+$/.test(f.location))
            throw new Error(`traefik: refusing redirect URL ${JSON.stringify(f.location)}`);
        // A path is made absolute as nginx does: this entry point's scheme and the request's host (as
        // written, port dropped). The scheme in capitals makes the new URL differ from a request for
        // exactly that URL, which Traefik would pass on; url.Parse lowercases it for the Location.
        if (locationIsPath(f) && !f.relative)
            return { redirectRegex: { regex: `^https?://${HOST}.*$`, replacement: `${listener.scheme.toUpperCase()}://\${1}${goReplacementLiteral(f.location)}`, permanent: p } };
        return { redirectRegex: { regex: '^.*$', replacement: goReplacementLiteral(f.location), permanent: p } };
    }
    if (f.path) {
        if (f.scheme || f.hostname)
            throw new Error(`traefik: cannot express redirect ${JSON.stringify(f)}`);
        return { redirectRegex: { regex: '^(https?://[^/]*).*$', replacement: `\${1}${goReplacementLiteral(f.path.value)}`, permanent: p } };
    }
    if (f.hostname !== undefined) {
        if (f.scheme)
            throw new Error(`traefik: cannot express redirect ${JSON.stringify(f)}`);
        return { redirectRegex: { regex: `^https?://${HOST}${uri(f.stripTrailingSlash)}`, replacement: `${listener.scheme}://${goReplacementLiteral(f.hostname)}:${listener.port}\${2}`, permanent: p } };
    }
    if (f.scheme === 'https') {
        if (listener.scheme !== 'http')
            throw new Error('traefik: an HTTPS redirect belongs on the plain HTTP routers');
        return { redirectRegex: { regex: `^http://${HOST}${uri(f.stripTrailingSlash)}`, replacement: `https://\${1}${httpsPort === 443 ? '' : `:${httpsPort}`}\${2}`, permanent: p } };
    }
    throw new Error(`traefik: cannot express redirect ${JSON.stringify(f)}`);
}
/** A stable key of what redirectMiddleware builds, to share one middleware between routers. */
export const redirectKey = (f, listener) => JSON.stringify([f.hostname !== undefined || (locationIsPath(f) && !f.relative) ? listener : '', f.location, f.relative === true, f.path?.value, f.hostname, f.scheme, f.stripTrailingSlash === true, permanent(f)]);
/** Where the first redirect the IR answers with 308 comes from (Traefik answers GET with 301: IC4301). */
export function permanentRedirectOrigin(ir) {
    for (const vh of ir.vhosts) {
        if (vh.tls?.sslRedirect)
            return vh.tls.origin;
        if (vh.fallbackRedirect?.statusCode === 308)
            return vh.fallbackOrigin ?? vh.origin;
        const r = routesOf(vh).find((x) => x.filters?.some((f) => f.type === 'RequestRedirect' && f.statusCode === 308));
        if (r)
            return r.origin;
    }
    return undefined;
}
