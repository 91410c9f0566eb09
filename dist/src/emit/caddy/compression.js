import { parsePortable, renderPortable } from '../../ir/regex.js';
/** The statuses nginx's gzip filter compresses. */
const STATUSES = [200, 403, 404];
/**
 * RouteTable.compression: the server's first route, an encode handler that wraps every later
 * route (Caddy's own answers too). Its response matcher takes the listed types as sent, with or
 * without parameters ("*": any type); Caddy reads minimum_length 0 as its default 512, and a
 * response of 0 bytes is never worth compressing, so 0 is written 1. A User-Agent regex becomes
 * the route's matcher: a request whose User-Agent it is found in skips the handler.
 */
export function compressionRoutes(ir) {
    const c = ir.compression;
    if (!c)
        return [];
    const encode = {
        handler: 'encode',
        encodings: { gzip: c.level !== undefined ? { level: c.level } : {} },
        ...(c.minLength !== undefined ? { minimum_length: Math.max(c.minLength, 1) } : {}),
        match: { status_code: STATUSES, ...(c.types ? { headers: { 'Content-Type': c.types.flatMap((t) => [t, `${t};*`]) } } : {}) },
    };
    const ua = c.disableUserAgent;
    return [{ ...(ua ? { match: [{ not: [{ header_regexp: { 'User-Agent': { pattern: `(?i)${renderPortable(parsePortable(ua), 're2')}` } } }] }] } : {}), handle: [encode] }];
}
