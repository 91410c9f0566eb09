import { createHash } from 'node:crypto';
import { nginxQuote } from './quote.js';
import { adaptForGrpc, passLines } from './backend-protocol.js';
import { PROXY_HEADERS } from './emit-nginx.js';
import { balanceLines, subsetBlocks, subsetTarget } from './load-balancing.js';
/**
 * How a location reaches its upstream, shaped for nginx's load time at 10,000 Services:
 * - nginx searches its list of upstreams linearly for every `proxy_pass http://name;` it parses,
 *   so a location does not say proxy_pass itself. Each server has one named location per upstream
 *   it uses (`location @<id> { proxy_pass http://<id>; }`) and its locations jump there with
 *   `error_page 418 = @<id>; return 418;` (an internal redirect that keeps the method, body and
 *   unparsed URI). The searches drop from one per location to one per (server, upstream) pair,
 *   and the `upstream` blocks keep their keepalive connections.
 * - A cluster DNS name is resolved at request time (a variable in proxy_pass makes nginx ask the
 *   `resolver` then), so `nginx -t` never waits on DNS. The name is `set` in the named location
 *   into one shared variable: nginx also looks variable names up linearly while parsing, so one
 *   variable per Service made loading quadratic.
 */
const BACKEND_VAR = '$ingressc_backend';
const JUMP_STATUS = 418;
/**
 * The `upstream` block's name. nginx's linear search compares lengths, and calls a byte-wise
 * compare only for names of equal length (ids of one namespace have similar lengths and a long
 * common prefix): a stable hash of the id, of 8 to 39 hex digits by the hash itself, spreads the
 * names over 32 lengths and makes the rare compare stop at the first bytes.
 */
export function upstreamName(u) {
    const hex = createHash('sha256').update(u.id).digest('hex');
    return `u${hex.slice(0, 8 + (parseInt(hex.slice(-2), 16) % 32))}_${u.id}`;
}
/** Upstreams with exactly one DNS endpoint are resolved at request time. */
export const resolvedAtRuntime = (u) => u.endpoints.length === 1 && u.endpoints[0].kind === 'dns';
/** `upstream` blocks for literal addresses (and names given with --backend lists), with keepalive. */
export function upstreamBlocks(w, ir) {
    for (const u of ir.upstreams) {
        if (u.endpoints.length === 0 || resolvedAtRuntime(u))
            continue;
        w.line();
        const server = (e) => `server ${e.host.includes(':') ? `[${e.host}]` : e.host}:${e.port};`;
        // AUTO_HTTP: a kept-alive connection of one scheme would serve a request of the other.
        const keepalive = u.protocol !== 'auto-http' ? ['keepalive 16;'] : [];
        w.block(`upstream ${upstreamName(u)}`, () => {
            for (const e of u.endpoints)
                w.line(server(e));
            for (const l of [...balanceLines(u), ...keepalive])
                w.line(l);
        });
        subsetBlocks(w, u, upstreamName(u), server, keepalive);
    }
}
/** Upstream ids are [a-z0-9_-]; "@u_" keeps them apart from the emitter's own named locations. */
const namedLocation = (u) => `@u_${u.id}`;
/** The named location answering for `u` in a server that registered it with ServerBackends.named. */
export const namedTarget = (u) => (!u ? '@ingressc_404' : u.endpoints.length === 0 ? '@ingressc_503' : namedLocation(u));
/** The directives that answer a request for upstream `u` in place (undefined: 404). */
export function directAnswer(u) {
    if (!u)
        return ['return 404;'];
    if (u.endpoints.length === 0)
        return ['return 503;']; // Service without ready endpoints
    if (!resolvedAtRuntime(u))
        return passLines(u, subsetTarget(u, upstreamName(u)) ?? upstreamName(u));
    const e = u.endpoints[0];
    return [`set ${BACKEND_VAR} ${nginxQuote(`${e.host}:${e.port}`)};`, ...passLines(u, BACKEND_VAR)];
}
/** The upstreams one server jumps to; their named locations close the server. */
export class ServerBackends {
    upstream;
    used = new Map();
    /** Statuses answered by a named location of their own (route-maps.ts: a map value names a location). */
    statuses = new Set();
    constructor(upstream) {
        this.upstream = upstream;
    }
    /** A location's body for `upstreamId`. */
    jump(upstreamId) {
        const u = this.upstream(upstreamId);
        if (!u || u.endpoints.length === 0)
            return directAnswer(u);
        this.used.set(u.id, u);
        return [`error_page ${JUMP_STATUS} = ${namedLocation(u)};`, `return ${JUMP_STATUS};`];
    }
    /** Registers the named location that answers for `upstreamId`, as a map value names it. */
    named(upstreamId) {
        const u = this.upstream(upstreamId);
        if (!u || u.endpoints.length === 0)
            this.statuses.add(u ? 503 : 404);
        else
            this.used.set(u.id, u);
        return namedTarget(u);
    }
    namedLocations(w) {
        for (const u of this.used.values())
            w.block(`location ${namedLocation(u)}`, () => adaptForGrpc(directAnswer(u), u, PROXY_HEADERS).forEach((d) => w.line(d)));
        for (const s of [...this.statuses].sort())
            w.block(`location @ingressc_${s}`, () => w.line(`return ${s};`));
    }
}
