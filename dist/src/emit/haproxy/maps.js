import { backendName } from './backends.js';
import { HaproxyQuoteError, mapKey, mapValue } from './quote.js';
import { compareStrings } from '../../util/compare.js';
import { UpstreamVariants } from '../upstream-variants.js';
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
    /** vhost keys redirected to HTTPS on plain HTTP (an ACL pattern file: keys only). */
    sslRedirect: 'ssl-redirect.lst',
};
export const vhostKey = (vh) => vh.name;
/** Element-wise Prefix: "/p" stored as "/p/" and looked up with path + "/"; "/" stays "/". */
export const prefixKey = (vhKey, path) => `${vhKey}${path === '/' ? '/' : `${path}/`}`;
/** `variants` collects the backends that routes with their own Host or timeouts need (backends.ts). */
export function buildMaps(ir, variants = new UpstreamVariants()) {
    const maps = { hosts: [], exact: [], prefix: [], fallback: [], sslRedirect: [] };
    const problems = [];
    for (const vh of ir.vhosts) {
        try {
            const vk = mapKey(vhostKey(vh));
            if (vh.kind !== 'any')
                maps.hosts.push({ key: vk, value: vk, origin: vh.origin });
            for (const r of vh.exact)
                maps.exact.push({ key: mapKey(vk + r.path), value: mapValue(backendName(variants.name(r.upstream, r))), origin: r.origin });
            for (const r of vh.prefix)
                maps.prefix.push({ key: mapKey(prefixKey(vk, r.path)), value: mapValue(backendName(variants.name(r.upstream, r))), origin: r.origin });
            if (vh.fallback !== undefined)
                maps.fallback.push({ key: vk, value: mapValue(backendName(vh.fallback)), origin: vh.fallbackOrigin ?? vh.origin });
            if (vh.tls?.sslRedirect)
                maps.sslRedirect.push({ key: vk, origin: vh.tls.origin });
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
