import { locationIsPath } from '../../ir/types.js';
import { caddyLiteral } from './quote.js';
/** ":<port>" of the HTTPS listener, unless it is 443. */
const portOf = (httpsPort) => (httpsPort === 443 ? '' : `:${httpsPort}`);
const respond = (status, location) => ({ handler: 'static_response', status_code: status, headers: { Location: [location] } });
/**
 * A RequestRedirect (docs/ir-v2.md) as the handler of a route on the `scheme` server, or
 * undefined where that server proxies (an HTTPS redirect on HTTPS). User text is a Caddy literal
 * (no placeholder braces); the placeholders are the emitter's own:
 *   - a verbatim Location (permanent/temporal-redirect); a path gets {http.request.scheme}://{http.request.host}
 *     first (the Host as sent, without port), unless relative;
 *   - app-root: {http.request.scheme}://{http.request.hostport} + the path, as nginx's
 *     $scheme://$http_host (the Host header as sent);
 *   - HTTPS: https://{http.request.host} + the listener's port + the request URI, without its
 *     final "/" unless preserve-trailing-slash (a vars_regexp on the URI captures the rest).
 */
export function redirectHandler(f, scheme, ports) {
    if (f.plainHttpOnly && scheme === 'https')
        return undefined;
    const httpsPort = ports.https;
    if (f.location !== undefined) {
        // A path is made absolute as nginx does: the request's scheme and host, no port.
        const absolute = locationIsPath(f) && !f.relative ? '{http.request.scheme}://{http.request.host}' : '';
        return respond(f.statusCode, absolute + caddyLiteral(f.location));
    }
    if (f.hostname !== undefined) {
        // from-to-www-redirect: this server's scheme and port, the other name.
        const base = `${scheme}://${caddyLiteral(f.hostname)}:${scheme === 'https' ? ports.https : ports.http}`;
        return withTarget(f, base);
    }
    if (f.scheme === 'https') {
        return withTarget(f, `https://{http.request.host}${portOf(httpsPort)}`);
    }
    if (f.path)
        return respond(f.statusCode, `{http.request.scheme}://{http.request.hostport}${caddyLiteral(f.path.value)}`);
    throw new Error('caddy: RequestRedirect without location, scheme or path');
}
/** `base` + the path, or the request URI (without its final "/" when the redirect drops it). */
function withTarget(f, base) {
    if (f.path)
        return respond(f.statusCode, base + caddyLiteral(f.path.value));
    if (!f.stripTrailingSlash)
        return respond(f.statusCode, `${base}{http.request.uri}`);
    const routes = [
        { match: [{ vars_regexp: { '{http.request.uri}': { name: 'ingressc_uri', pattern: '^(.*)/$' } } }], handle: [respond(f.statusCode, `${base}{http.regexp.ingressc_uri.1}`)], terminal: true },
        { handle: [respond(f.statusCode, `${base}{http.request.uri}`)], terminal: true },
    ];
    return { handler: 'subroute', routes };
}
