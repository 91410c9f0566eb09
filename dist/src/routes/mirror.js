import { mirrorRequestTarget } from '../ir/match.js';
/** The copy a mirroring route sends for one request target (as the client sent it): its URL, Host and whether it has the body. */
export function mirrorCopy(m, requestTarget) {
    const host = m.host.includes(':') ? `[${m.host}]` : m.host;
    return { url: `${m.scheme}://${host}${m.port !== undefined ? `:${m.port}` : ''}${mirrorRequestTarget(m, requestTarget)}`, hostHeader: m.hostHeader, body: m.body };
}
