import { hasQuietRoutes } from '../../ir/types.js';
import { wildcardSuffix } from '../regex.js';
import { mapHashSizes } from './hash-sizes.js';
import { locationPlan, plainJump } from './emit-nginx.js';
import { nginxQuote } from './quote.js';
import { namedTarget } from './backends.js';
const EXACT_URI = '$ingressc_exact_uri';
const ROUTE = '$ingressc_route';
const cutVar = (d) => `$ingressc_cut${d}`;
const levelVar = (d) => `${ROUTE}_d${d}`;
const ROOT = `${ROUTE}_root`;
const NOT_FOUND = namedTarget(undefined);
/** Map keys hold what qualification lets through; nginx reads a longer token than its 4 KiB buffer as an error. */
const MAX_KEY = 1024;
const PATH_CHARS = /^[a-z0-9/._~-]*$/;
const HOST_CHARS = /^(\*\.)?[a-z0-9.-]+$/;
/** How many segments a prefix path ending in "/" cuts ("/a/b/": 2). */
const depthOf = (path) => path.split('/').length - 2;
/**
 * Why a host keeps its locations under `--nginx-routing maps` (undefined: it is routed by maps).
 * `hashWildcards`: wildcard servers use nginx's `*.suffix` names (no host-less rules).
 */
export function mapsRefusal(vh, hashWildcards) {
    const q = qualify(vh, hashWildcards);
    return typeof q === 'string' ? q : undefined;
}
/** The host's map entries, or why it keeps its locations; its location plan is computed once. */
function qualify(vh, hashWildcards) {
    if (vh.kind === 'any')
        return 'the default server keeps its locations';
    if (vh.kind === 'wildcard' && !hashWildcards)
        return 'a regex server_name (wildcard beside host-less rules)';
    if (vh.pathOrder === 'regex-first-match')
        return 'regex paths';
    if (hasQuietRoutes(vh))
        return 'a route with enable-access-log "false"';
    const serverName = vh.kind === 'wildcard' ? `*.${wildcardSuffix('nginx', vh.wildcardSuffix)}` : vh.name;
    if (!HOST_CHARS.test(serverName))
        return `host ${JSON.stringify(vh.name)} has characters outside [a-z0-9.-]`;
    const h = { serverName, exact: [], prefix: [], root: undefined };
    for (const l of locationPlan(vh, vh.fallbackRedirect ? [vh.fallbackRedirect] : [])) {
        if (!plainJump(l))
            return `path ${JSON.stringify(l.path)} does more than proxy (annotations, redirect, canary)`;
        if (l.modifier === '^~' && !l.path.endsWith('/'))
            return `path ${JSON.stringify(l.path)} is a string prefix`;
        if (!PATH_CHARS.test(l.path))
            return `path ${JSON.stringify(l.path)} has characters outside [a-z0-9/._~-]`;
        if (serverName.length + l.path.length > MAX_KEY)
            return `path ${JSON.stringify(l.path)} is too long for a map key`;
        if (l.modifier === '=')
            h.exact.push({ path: l.path, upstream: l.upstream });
        else if (l.modifier === '^~')
            h.prefix.push({ path: l.path, upstream: l.upstream });
        else
            h.root = l.upstream;
    }
    return h;
}
/** The maps of one config: which hosts they route, the http-level maps, and each such host's `location /`. */
export class NginxRouteMaps {
    upstream;
    hosts = new Map();
    constructor(ir, hashWildcards, upstream) {
        this.upstream = upstream;
        for (const vh of ir.vhosts) {
            const q = qualify(vh, hashWildcards);
            if (typeof q !== 'string')
                this.hosts.set(vh, q);
        }
    }
    routes(vh) {
        return this.hosts.has(vh);
    }
    /** The named location a map value names for `id` (backends.ts: one per upstream, 404 and 503 too). */
    target(id) {
        return namedTarget(this.upstream(id));
    }
    /** map_hash_* must come before the config's first `map` (nginx fixes them at the first map block). */
    hashSizeLines() {
        if (this.hosts.size === 0)
            return [];
        const hosts = [...this.hosts.values()];
        const keys = hosts.flatMap((h) => [`${h.serverName}/`, ...[...h.exact, ...h.prefix].map((p) => h.serverName + p.path)]);
        const perDepth = new Map();
        for (const h of hosts)
            for (const p of h.prefix)
                perDepth.set(depthOf(p.path), (perDepth.get(depthOf(p.path)) ?? 0) + 1);
        const largest = Math.max(hosts.length, hosts.reduce((n, h) => n + h.exact.length, 0), ...perDepth.values());
        const { bucketSize, maxSize } = mapHashSizes(keys, largest);
        return [`map_hash_bucket_size ${bucketSize};`, `map_hash_max_size ${maxSize};`];
    }
    maps(w) {
        if (this.hosts.size === 0)
            return;
        const hosts = [...this.hosts.values()];
        const depths = [...new Set(hosts.flatMap((h) => h.prefix.map((p) => depthOf(p.path))))].sort((a, b) => b - a);
        const entry = (key, id) => {
            w.line(`${nginxQuote(key)} ${this.target(id)};`);
        };
        w.line('# --nginx-routing maps: exact paths, then prefixes deepest first, then the host\'s "/" (route-maps.ts).');
        w.line(`map $uri ${EXACT_URI} { "~[A-Z]" ""; default $uri; }`);
        for (const d of depths)
            w.line(`map $uri ${cutVar(d)} { ${nginxQuote(`~^(/(?:[^/A-Z]*/){${d}})`, { allowDollar: true })} $1; default ""; }`);
        const next = (i) => (i < depths.length ? levelVar(depths[i]) : ROOT);
        w.block(`map $server_name${EXACT_URI} ${ROUTE}`, () => {
            for (const h of hosts)
                for (const p of h.exact)
                    entry(h.serverName + p.path, p.upstream);
            w.line(`default ${next(0)};`);
        });
        depths.forEach((d, i) => {
            w.block(`map $server_name${cutVar(d)} ${levelVar(d)}`, () => {
                for (const h of hosts)
                    for (const p of h.prefix)
                        if (depthOf(p.path) === d)
                            entry(h.serverName + p.path, p.upstream);
                w.line(`default ${next(i + 1)};`);
            });
        });
        // Keyed `$server_name/`: a one-label host named "default" or "include" would be read as a word of the map.
        w.block(`map $server_name/ ${ROOT}`, () => {
            // A 404 is the default: its named location is in every server whose root answers 404.
            for (const h of hosts)
                if (this.target(h.root) !== NOT_FOUND)
                    entry(`${h.serverName}/`, h.root);
            w.line(`default ${NOT_FOUND};`);
        });
    }
    /**
     * The host's one location, and its named locations registered with `backends`. A `location /`, not
     * a jump at server level: nginx checks a request body's Content-Length against client_max_body_size
     * when it chooses a location (ngx_http_core_find_config_phase), which a server-level jump would skip
     * (the named location starts at its rewrite phase).
     */
    location(w, vh, backends) {
        const h = this.hosts.get(vh);
        for (const p of [...h.exact, ...h.prefix])
            backends.named(p.upstream);
        backends.named(h.root);
        w.block('location /', () => w.line(`error_page 418 = ${ROUTE};`).line('return 418;'));
    }
}
