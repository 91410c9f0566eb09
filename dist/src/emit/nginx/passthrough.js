import { routesOf } from '../../ir/types.js';
import { nginxQuote } from './quote.js';
import { serverNamesHashSizes } from './hash-sizes.js';
/**
 * TLS passthrough (RouteTable.passthrough) with nginx's stream module (ssl_preread), as
 * ingress-nginx's own TCP proxy sits in front of nginx:
 *   stream server on the HTTPS address: reads the ClientHello's SNI and passes every connection on
 *     with a PROXY protocol header (the client's address) to one of two unix sockets:
 *   - a passthrough SNI: a second stream server, which drops that header and copies the
 *     connection to the host's upstream as bytes;
 *   - anything else: the http servers' TLS listener (`ssl proxy_protocol`), whose $remote_addr is
 *     set back to the client's by the realip module (set_real_ip_from unix:), so source ranges,
 *     limits and X-Forwarded-For see the client as before.
 * The sockets are relative paths: nginx creates them in its working directory (run it from the
 * output directory, as the header says). Debian builds the stream module as a dynamic module
 * (package libnginx-mod-stream), loaded from its path there.
 */
export const STREAM_MODULE = '/usr/lib/nginx/modules/ngx_stream_module.so';
const HTTPS_SOCKET = 'unix:ingressc-https.sock';
const PASSTHROUGH_SOCKET = 'unix:ingressc-passthrough.sock';
export const hasPassthrough = (ir) => (ir.passthrough?.length ?? 0) > 0;
/** Lines before `events`: the stream module (Debian's dynamic one). */
export function passthroughMainLines(ir) {
    if (!hasPassthrough(ir))
        return [];
    return [`# ssl-passthrough needs the stream module: Debian's libnginx-mod-stream (drop this line where it is built in).`, `load_module ${STREAM_MODULE};`];
}
/** The http servers' TLS listen address (with its `ssl`). */
export const httpsListen = (ir, plain) => (hasPassthrough(ir) ? `${HTTPS_SOCKET} ssl proxy_protocol` : `${plain} ssl`);
/** http-level lines: trust the PROXY header on the internal socket only. */
export function passthroughHttpLines(ir) {
    return hasPassthrough(ir) ? ['set_real_ip_from unix:;', 'real_ip_header proxy_protocol;'] : [];
}
const upstreamName = (id) => `ingressc_passthrough_${id}`;
/** What nginx cannot express here, with where it comes from. */
export function passthroughProblems(ir) {
    const out = [];
    const byId = new Map(ir.upstreams.map((u) => [u.id, u]));
    for (const p of ir.passthrough ?? []) {
        if (byId.get(p.upstream)?.endpoints.some((e) => e.kind === 'dns'))
            out.push({ ...p, why: `its backend ${p.upstream} is a DNS name, which an nginx stream upstream resolves only once, at start` });
    }
    if (!hasPassthrough(ir))
        return out;
    // from-to-www-redirect writes $server_port, which is empty on the internal unix socket.
    const p = ir.passthrough[0];
    for (const vh of ir.vhosts)
        for (const f of [...routesOf(vh).flatMap((r) => r.filters ?? []), ...(vh.fallbackRedirect ? [vh.fallbackRedirect] : [])])
            if (f.type === 'RequestRedirect' && f.hostname !== undefined) {
                out.push({ ...p, why: `host ${vh.name} redirects to ${f.hostname} with the listener's port, which nginx does not know behind the passthrough socket` });
                return out;
            }
    return out;
}
export function passthroughStream(w, ir, listen, https) {
    if (!hasPassthrough(ir))
        return;
    const byId = new Map(ir.upstreams.map((u) => [u.id, u]));
    const list = ir.passthrough;
    w.line();
    w.block('stream', () => {
        w.line('error_log stderr notice;');
        // The same sizing as server_names: a long host name needs larger map buckets.
        const { bucketSize, maxSize } = serverNamesHashSizes(list.map((p) => p.host));
        w.line(`map_hash_bucket_size ${bucketSize};`);
        w.line(`map_hash_max_size ${maxSize};`);
        w.block('map $ssl_preread_server_name $ingressc_tls_next', () => {
            for (const p of list)
                w.line(`${nginxQuote(p.host)} ingressc_passthrough;`);
            w.line(`default ${https ? 'ingressc_terminate' : 'ingressc_closed'};`);
        });
        w.block('map $ssl_preread_server_name $ingressc_passthrough_to', () => {
            for (const p of list)
                w.line(`${nginxQuote(p.host)} ${upstreamName(p.upstream)};`);
            w.line('default ingressc_closed;');
        });
        w.block('upstream ingressc_terminate', () => w.line(`server ${HTTPS_SOCKET};`));
        w.block('upstream ingressc_passthrough', () => w.line(`server ${PASSTHROUGH_SOCKET};`));
        // An upstream needs a server: this one is never tried (down), so the connection is closed.
        w.block('upstream ingressc_closed', () => w.line('server 127.0.0.1:1 down;'));
        for (const id of [...new Set(list.map((p) => p.upstream))].sort())
            upstreamBlock(w, byId.get(id));
        w.block('server', () => {
            w.line(`listen ${listen};`);
            w.line('ssl_preread on;');
            w.line('proxy_protocol on;');
            // An idle connection is closed after an hour (Envoy's tcp_proxy default; nginx's is 10 minutes).
            w.line('proxy_timeout 1h;');
            w.line('proxy_pass $ingressc_tls_next;');
        });
        w.block('server', () => {
            w.line(`listen ${PASSTHROUGH_SOCKET} proxy_protocol;`);
            w.line('ssl_preread on;');
            w.line('proxy_timeout 1h;');
            w.line('proxy_pass $ingressc_passthrough_to;');
        });
    });
}
/** The upstream's endpoints (IP literals: passthroughProblems refuses names); none: never tried. */
function upstreamBlock(w, u) {
    w.block(`upstream ${upstreamName(u.id)}`, () => {
        if (u.endpoints.length === 0)
            w.line('server 127.0.0.1:1 down;');
        for (const e of u.endpoints)
            w.line(`server ${e.host.includes(':') ? `[${e.host}]` : e.host}:${e.port};`);
    });
}
