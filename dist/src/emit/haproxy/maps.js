import { matchPath } from '../../ir/match.js';
import { hasQuietRoutes } from '../../ir/types.js';
import { backendName, NOT_FOUND_BACKEND } from './backends.js';
import { HaproxyQuoteError, mapKey, mapValue } from './quote.js';
import { compareStrings } from '../../util/compare.js';
import { ROUTED_PREFIX } from './quiet.js';
/**
 * Routing data as map files, so a request costs a few tree lookups however many routes there are
 * (semantics.md §7.6). Keys start with the vhost key, which is the IR vhost name: "foo.com",
 * "*.foo.com", or "*" for the host-less vhost. Exact hosts never start with "*", wildcards
 * continue with "." and the host-less key with "/", so the three classes cannot collide, and none
 * starts with "#". A path always starts with "/" and a vhost key never contains one, so a key
 * of one vhost can never be a prefix of another vhost's key.
 */
export const MAP_FILES = {
    /** Exact and wildcard host → vhost key. The host-less vhost is not in it (see frontend.ts). */
    hosts: 'hosts.map',
    /** vhost key + path → backend. */
    exact: 'exact.map',
    /** vhost key + prefix + "/" → backend; map_beg picks the longest. */
    prefix: 'prefix.map',
    /** vhost key → backend for requests of the vhost that match no route. */
    fallback: 'fallback.map',
    /** vhost key → "strip" or "keep" (the request URI's final "/") for vhosts redirected to HTTPS on plain HTTP; "routed-" first: after routing (quiet.ts). */
    sslRedirect: 'ssl-redirect.map',
};
export const vhostKey = (vh) => vh.name;
/**
 * Element-wise Prefix: "/p" stored as "/p/" and looked up with path + "/"; "/" stays "/".
 * StringPrefix "/p" is stored as written: a key without a final "/" is a prefix of path + "/"
 * exactly when it is a prefix of the path.
 */
export const prefixKey = (vhKey, r) => `${vhKey}${r.path === '/' || r.match === 'StringPrefix' ? r.path : `${r.path}/`}`;
export function buildMaps(ir, backendOf = (r) => backendName(r.upstream)) {
    const maps = { hosts: [], exact: [], prefix: [], fallback: [], sslRedirect: [] };
    const problems = [];
    for (const vh of ir.vhosts) {
        try {
            const vk = mapKey(vhostKey(vh));
            if (vh.kind !== 'any')
                maps.hosts.push({ key: vk, value: vk, origin: vh.origin });
            for (const r of vh.exact)
                maps.exact.push({ key: mapKey(vk + r.path), value: mapValue(backendOf(r)), origin: r.origin });
            const exactPaths = new Set(vh.exact.map((r) => r.path));
            for (const r of vh.prefix) {
                maps.prefix.push({ key: mapKey(prefixKey(vk, r)), value: mapValue(backendOf(r)), origin: r.origin });
                // StringPrefix "/p/" must not take "/p" (looked up as "/p/"): "/p" gets what the IR gives it.
                const bare = r.path.slice(0, -1);
                if (r.match !== 'StringPrefix' || r.path === '/' || !r.path.endsWith('/') || exactPaths.has(bare))
                    continue;
                exactPaths.add(bare);
                const m = matchPath(vh, bare);
                const value = m ? backendOf(m) : vh.fallback !== undefined ? backendName(vh.fallback) : NOT_FOUND_BACKEND;
                maps.exact.push({ key: mapKey(vk + bare), value: mapValue(value), origin: r.origin });
            }
            if (vh.fallback !== undefined)
                maps.fallback.push({ key: vk, value: mapValue(backendName(vh.fallback)), origin: vh.fallbackOrigin ?? vh.origin });
            if (vh.tls?.sslRedirect) {
                // A host with quiet routes is redirected after routing (quiet.ts).
                const how = vh.tls.stripTrailingSlash ? 'strip' : 'keep';
                maps.sslRedirect.push({ key: vk, value: hasQuietRoutes(vh) ? `${ROUTED_PREFIX}${how}` : how, origin: vh.tls.origin });
            }
        }
        catch (e) {
            if (!(e instanceof HaproxyQuoteError))
                throw e;
            problems.push({ origin: vh.origin, detail: e.message });
        }
    }
    for (const entries of Object.values(maps))
        entries.sort((a, b) => compareStrings(a.key, b.key));
    return { maps, problems };
}
/** One "key value" line per entry, already sorted: the output is byte-for-byte deterministic. */
export function renderMap(entries) {
    return entries.map((e) => (e.value === undefined ? `${e.key}\n` : `${e.key} ${e.value}\n`)).join('');
}
