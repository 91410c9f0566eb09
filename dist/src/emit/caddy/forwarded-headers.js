import { DEFAULT_FORWARDED } from '../../ir/forwarded.js';
import { caddyHeaderName, caddyLiteral } from './quote.js';
import { requestHeaderSet } from './custom-headers.js';
/**
 * RouteTable.forwarded (ingress-nginx's forwarded headers, use-forwarded-headers false): first,
 * non-terminal routes of every server that set the request headers the reverse_proxy does not.
 * Caddy's reverse_proxy itself sets X-Forwarded-For (the peer: no trusted proxies are
 * configured), X-Forwarded-Proto and X-Forwarded-Host, replacing the client's.
 * X-Original-Forwarded-For: the client's header, its lines joined by "," (nginx: ", ").
 */
/** The header names set here, as a case-insensitive Go regexp of whole names (names are [A-Za-z0-9_-]). */
const connectionNames = (ir) => `(?i)\\b(?:${['X-Real-IP', 'X-Forwarded-Port', 'X-Forwarded-Scheme', 'X-Scheme', 'X-Original-Forwarded-For', 'X-Request-ID', ...(ir.requestHeaders ?? []).map((h) => h.name)].join('|')})\\b`;
/**
 * With realIp the server trusts `trusted` (forwardedServer) and the reverse_proxy would append to
 * a trusted peer's X-Forwarded-For and keep its X-Forwarded-Proto/-Host: these replace them.
 */
export function forwardedProxySet(ir) {
    const f = ir.forwarded;
    if (!f || !usesVars(f))
        return {};
    return { 'X-Forwarded-For': [f.appendForwardedFor ? '{http.vars.ingressc_xff}' : '{http.vars.client_ip}'], 'X-Forwarded-Proto': ['{http.vars.ingressc_proto}'], 'X-Forwarded-Host': ['{http.vars.ingressc_fhost}'] };
}
/** The forwarded headers are set from variables (forwardedVars) rather than Caddy's own. */
const usesVars = (f) => f.realIp !== undefined || f.trustClient;
/**
 * realIp as the server's client address: trusted_proxies with client_ip_headers, strict (from the
 * right, the first entry not trusted, as nginx's real_ip_recursive), read by the client_ip
 * matchers of the source ranges (route-handlers.ts) and {http.vars.client_ip}.
 */
export function forwardedServer(ir) {
    const r = ir.forwarded?.realIp;
    // use-proxy-protocol: the listener wrapper has set the remote address (proxyProtocolWrappers).
    if (!r || r.proxyProtocol)
        return {};
    // Every IPv4 address trusted (the default 0.0.0.0/0): strict mode would find no untrusted entry and
    // answer the peer; nginx walks to the leftmost entry, which is what the non-strict mode reads.
    const all = r.trusted.includes('0.0.0.0/0');
    return { trusted_proxies: { source: 'static', ranges: r.trusted.map(caddyLiteral) }, client_ip_headers: [caddyHeaderName(r.header)], ...(all ? {} : { trusted_proxies_strict: 1 }) };
}
/**
 * use-proxy-protocol: the proxy_protocol listener wrapper, before TLS: the address of a PROXY
 * header (v1 or v2) from a peer in proxy-real-ip-cidr is the connection's remote address (and so
 * client_ip); another peer's header is read and its address ignored, as nginx does (a peer may
 * also send none, which nginx refuses).
 */
export function proxyProtocolWrappers(ir, tls) {
    const f = ir.forwarded;
    if (!f?.proxyProtocol)
        return {};
    return { listener_wrappers: [{ wrapper: 'proxy_protocol', allow: (f.realIp?.trusted ?? []).map(caddyLiteral), fallback_policy: 'IGNORE' }, ...(tls ? [{ wrapper: 'tls' }] : [])] };
}
/**
 * Caddy skips a header entry that is no address and reads on to its left, where nginx stops (the
 * client is then the last address taken, a trusted one): an entry left of a proxy's "unknown"
 * would pass as the client. A trusted peer's request whose header has a character no address
 * has is refused (400) instead.
 */
function invalidEntryRoute(f) {
    if (!f.realIp || f.realIp.proxyProtocol)
        return [];
    const header = caddyHeaderName(f.realIp.header);
    return [{ match: [{ remote_ip: { ranges: f.realIp.trusted.map(caddyLiteral) }, header_regexp: { [header]: { pattern: '[^0-9A-Fa-f:.\\[\\], \\t]' } } }], handle: [{ handler: 'static_response', status_code: 400 }], terminal: true }];
}
/** realIp: the scheme, port and host forwarded (the client's non-empty ones with trustClient), as variables. */
function forwardedVars(f) {
    if (!usesVars(f))
        return [];
    const peer = '{http.request.remote.host}';
    const own = { handle: [{ handler: 'vars', ingressc_proto: '{http.request.scheme}', ingressc_port: '{http.request.local.port}', ingressc_fhost: '{http.request.hostport}', ...(f.appendForwardedFor ? { ingressc_xff: peer } : {}) }] };
    const client = (header, v, value = `{http.request.header.${header}}`) => ({ match: [{ not: [{ vars: { [`{http.request.header.${header}}`]: [''] } }] }], handle: [{ handler: 'vars', [v]: value }] });
    return [
        own,
        ...(f.trustClient ? [client('X-Forwarded-Proto', 'ingressc_proto'), client('X-Forwarded-Port', 'ingressc_port'), client('X-Forwarded-Host', 'ingressc_fhost')] : []),
        // compute-full-forwarded-for: the received X-Forwarded-For, then the peer (with PROXY: its address).
        ...(f.appendForwardedFor ? [client('X-Forwarded-For', 'ingressc_xff', `{http.request.header.X-Forwarded-For}, ${peer}`)] : []),
    ];
}
export function forwardedRoutes(ir) {
    const f = ir.forwarded ?? DEFAULT_FORWARDED;
    const orig = `{http.request.header.${caddyHeaderName(f.originalForwardedFor)}}`;
    const scheme = usesVars(f) ? '{http.vars.ingressc_proto}' : '{http.request.scheme}';
    return [
        ...invalidEntryRoute(f),
        ...forwardedVars(f),
        {
            handle: [
                {
                    handler: 'headers',
                    request: {
                        // Then RouteTable.requestHeaders (proxy-set-headers: custom-headers.ts).
                        set: { 'X-Real-IP': [f.realIp ? '{http.vars.client_ip}' : '{http.request.remote.host}'], 'X-Forwarded-Port': [usesVars(f) ? '{http.vars.ingressc_port}' : '{http.request.local.port}'], 'X-Forwarded-Scheme': [scheme], 'X-Scheme': [scheme], ...requestHeaderSet(ir) },
                        // httpoxy: a client's Proxy header never reaches the upstream.
                        delete: ['X-Original-Forwarded-For', 'Proxy'],
                        // The reverse_proxy drops the headers a client names in Connection (hop-by-hop) after this
                        // handler has set them: those names are taken out of Connection first (GHSA-62c8-mh53-4cqv).
                        replace: { Connection: [{ search_regexp: connectionNames(ir), replace: '' }] },
                    },
                },
            ],
        },
        { match: [{ not: [{ vars: { [orig]: [''] } }] }], handle: [{ handler: 'headers', request: { set: { 'X-Original-Forwarded-For': [orig] } } }] },
        // ingress-nginx's $req_id: the client's non-empty X-Request-ID, else a generated one.
        ...(f.generateRequestId ? [{ match: [{ vars: { '{http.request.header.X-Request-ID}': [''] } }], handle: [{ handler: 'headers', request: { set: { 'X-Request-ID': ['{http.request.uuid}'] } } }] }] : []),
    ];
}
