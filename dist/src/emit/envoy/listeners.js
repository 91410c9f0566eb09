import { accessLog } from './access-log.js';
import { compressionFilters } from './compression.js';
import { tlsParams } from './configmap-tls.js';
import { clientConnectionCommon, clientHeaderTimeout } from './client-connection.js';
import { responseFilter, usesResponseRewrites } from './response-rewrites.js';
import { errorPageFilters, usesErrorPages } from './errors.js';
import { certFile, keyFile } from '../../ir/types.js';
import { normalizeLua, RESTORE_LUA } from './normalize-lua.js';
import { redirectHostFilter, usesRedirectHost } from './redirect-host.js';
import { detectsXff, forwardedHcm, forwardedLua, proxyProtocolFilters } from './forwarded-headers.js';
import { BUFFER_FILTER, bufferFilter, rbacFilter, usesBodyLimit, usesRbac } from './route-policies.js';
import { basicAuthFilter, usesBasicAuth } from './auth.js';
import { extAuthFilter } from './ext-auth.js';
import { limitFilters } from './limits.js';
import { clientCertFilters, withClientValidation } from './clientcert.js';
import { sniChains } from './sni-chains.js';
import { routeConfig } from './routes.js';
import { headerNameCommon } from './header-names.js';
import { passthroughChains, passthroughOnlyListener } from './passthrough.js';
const T = 'type.googleapis.com/envoy.extensions';
const HCM_TYPE = `${T}.filters.network.http_connection_manager.v3.HttpConnectionManager`;
export const ROUTER_TYPE = `${T}.filters.http.router.v3.Router`;
const LUA_TYPE = `${T}.filters.http.lua.v3.Lua`;
const TLS_INSPECTOR_TYPE = `${T}.filters.listener.tls_inspector.v3.TlsInspector`;
const DOWNSTREAM_TLS_TYPE = `${T}.transport_sockets.tls.v3.DownstreamTlsContext`;
/** IR addresses bracket IPv6 ("[::]"); Envoy wants the bare literal. */
const address = (a) => ({ socket_address: { address: a.host.replace(/^\[(.*)\]$/, '$1'), port_value: a.port } });
/**
 * The HTTP connection manager, identical for both listeners but for the route table.
 * - use_remote_address: this is the edge proxy: the client address is the peer, and Envoy sets
 *   X-Forwarded-Proto from the connection, overwriting what clients claim; the other forwarded
 *   headers are the route configuration's (forwarded-headers.ts). With the ConfigMap's
 *   X-Forwarded-For realip modes the xff original IP detection replaces it (forwardedHcm).
 * - normalize_path and merge_slashes off, %2F and %5C left alone: the Lua filters apply the request
 *   normalisation every target follows instead (normalize-lua.ts), pinned explicitly so a runtime
 *   default cannot change routing.
 * - strip_trailing_host_dot off: Envoy would rewrite the Host the backend receives; `foo.com.` is a
 *   domain of every vhost instead (routes.ts), so it routes as `foo.com`, as in nginx.
 * - stream_idle_timeout 60s: nginx's proxy_read_timeout; routes carry no total deadline.
 * - accept_http_10: nginx serves HTTP/1.0 (health checkers, ab); Envoy answers 426 otherwise.
 *   A 1.0 request without Host still gets 400.
 * - Host is preserved (Envoy's default), X-Forwarded-Host is set by the route config.
 * - preserve_external_request_id: the client's X-Request-ID reaches the backend (one is generated
 *   when absent), as ingress-nginx's $req_id; error pages (default-backend) pass it on.
 * - upgrade_configs websocket: ingress-nginx passes Upgrade and Connection on every location
 *   (nginx.tmpl), so a WebSocket handshake reaches the backend and its 101 opens the tunnel; Envoy
 *   answers 403 without it. Only routes that proxy upgrade: a redirect or a local reply (auth,
 *   source ranges, limits) answers as for any request. Envoy matches the Upgrade value by name:
 *   other protocols (h2c, custom ones) are refused, where nginx would pass them.
 */
function forwardedLuaFilter(ir) {
    const code = forwardedLua(ir);
    // trustClient: routes match the X-Forwarded-Proto this filter sets (routes.ts: HTTPS redirects), so they are chosen again after it.
    const again = ir.forwarded?.trustClient === true;
    return code ? [{ name: 'ingressc.forwarded', typed_config: { '@type': LUA_TYPE, default_source_code: { inline_string: code }, clear_route_cache: again } }] : [];
}
function hcm(scheme, route_config, ir) {
    const filters = httpFilters(ir);
    const common = { ...headerNameCommon(ir), ...clientConnectionCommon(ir) };
    return {
        name: 'envoy.filters.network.http_connection_manager',
        typed_config: {
            '@type': HCM_TYPE,
            stat_prefix: scheme,
            // One line per request on stdout; enable-access-log "false" routes skipped (access-log.ts).
            ...accessLog(ir),
            // The original IP detection (ConfigMap realip modes) replaces it: Envoy refuses both.
            use_remote_address: !detectsXff(ir),
            // X-Forwarded-For is set by the route configuration (forwarded-headers.ts), which reads the client's first.
            skip_xff_append: true,
            normalize_path: false,
            merge_slashes: false,
            path_with_escaped_slashes_action: 'KEEP_UNCHANGED',
            strip_trailing_host_dot: false,
            preserve_external_request_id: true,
            // ConfigMap generate-request-id false: the client's X-Request-ID only (RouteTable.forwarded).
            ...(ir.forwarded?.generateRequestId === false ? { generate_request_id: false } : {}),
            // ConfigMap use-forwarded-headers / enable-real-ip (forwarded-headers.ts).
            ...forwardedHcm(ir),
            // Dropped header names (header-names.ts); ConfigMap keep-alive, keep-alive-requests, client-header-timeout (client-connection.ts).
            ...(Object.keys(common).length ? { common_http_protocol_options: common } : {}),
            stream_idle_timeout: '60s',
            ...clientHeaderTimeout(ir),
            http_protocol_options: { accept_http_10: true },
            upgrade_configs: [upgradeConfig(filters)],
            route_config,
            http_filters: filters,
        },
    };
}
/**
 * WebSocket handshakes go through the request filters (access checks fail closed there too), but
 * the buffer filter: it waits for the end of a body, which an upgraded stream never sends (the
 * handshake timed out, 408). proxy-body-size limits a request body, which a handshake does not
 * have (nginx checks Content-Length only). Without a buffer filter the chain is the same: not repeated.
 */
function upgradeConfig(filters) {
    const own = filters.filter((f) => f.name !== BUFFER_FILTER);
    return { upgrade_type: 'websocket', ...(own.length < filters.length ? { filters: own } : {}) };
}
/** The HTTP filters of both listeners. */
function httpFilters(ir) {
    // The router must be last and needs its typed_config (no implicit lookup by name since ~1.23).
    return [
        { name: 'ingressc.normalize', typed_config: { '@type': LUA_TYPE, default_source_code: { inline_string: normalizeLua(ir.dropRequestHeaders !== undefined) } } },
        { name: 'ingressc.restore', typed_config: { '@type': LUA_TYPE, default_source_code: { inline_string: RESTORE_LUA }, clear_route_cache: false } },
        ...forwardedLuaFilter(ir),
        ...(usesRedirectHost(ir) ? [redirectHostFilter()] : []),
        // Compression sees responses last (filters encode in reverse order): after error pages and rewrites.
        ...compressionFilters(ir),
        // Error pages (errors.ts) before the filters whose local replies they may replace.
        ...(usesErrorPages(ir) ? errorPageFilters() : []),
        // Client certificates (clientcert.ts) before everything else: nginx checks them first.
        ...clientCertFilters(ir),
        // Request limits (limits.ts) before source ranges: ingress-nginx answers 503 first.
        ...limitFilters(ir),
        // Source ranges first (403 before reading a body), then the body limit (413).
        ...(usesRbac(ir) ? [rbacFilter()] : []),
        ...(usesBasicAuth(ir) ? [basicAuthFilter()] : []),
        ...extAuthFilter(ir),
        ...(usesBodyLimit(ir) ? [bufferFilter()] : []),
        ...(usesResponseRewrites(ir) ? [responseFilter()] : []),
        { name: 'envoy.filters.http.router', typed_config: { '@type': ROUTER_TYPE, suppress_envoy_headers: true } },
    ];
}
/**
 * One TLS context with every certificate, the IR default first: Envoy picks the certificate whose
 * names match the SNI and serves the first one for any other SNI (or none). A single filter chain
 * keeps one copy of the route table: with one chain per certificate Envoy builds the table once per
 * chain (2,000 hosts × 20 certificates took 13 s and 2.5 GB to load). Selection by certificate
 * names, not by the Ingress tls.hosts pairing, is reported where they disagree (IC4302).
 */
function tlsSocket(ids, ir, ciphers) {
    return {
        name: 'envoy.transport_sockets.tls',
        typed_config: {
            '@type': DOWNSTREAM_TLS_TYPE,
            common_tls_context: {
                alpn_protocols: ['h2', 'http/1.1'],
                // Relative paths resolve against Envoy's working directory: run it from the output directory.
                tls_certificates: ids.map((id) => ({ certificate_chain: { filename: certFile(id) }, private_key: { filename: keyFile(id) } })),
                ...tlsParams(ir, ciphers),
            },
        },
    };
}
export function listeners(ir, origins) {
    const pp = proxyProtocolFilters(ir);
    const out = [{ name: 'http', address: address(ir.listen.http), ...(pp.length ? { listener_filters: pp } : {}), filter_chains: [{ filters: [hcm('http', routeConfig(ir, 'http', origins), ir)] }] }];
    if (ir.certificates.length === 0 || ir.defaultCertificate === undefined)
        return [...out, ...passthroughOnlyListener(ir, address(ir.listen.https))];
    const shared = hcm('https', routeConfig(ir, 'https', origins), ir);
    const sni = sniChains(ir);
    out.push({
        name: 'https',
        address: address(ir.listen.https),
        listener_filters: [...pp, { name: 'envoy.filters.listener.tls_inspector', typed_config: { '@type': TLS_INSPECTOR_TYPE } }],
        filter_chains: [
            // TLS passthrough hosts (passthrough.ts), then hosts with a handshake of their own (client certificates, ciphers) selected by SNI (sni-chains.ts).
            ...passthroughChains(ir),
            ...sni.chains.map((g) => {
                const socket = tlsSocket(certificateOrder(ir, ir.defaultCertificate), ir, g.ciphers);
                return { name: g.name, filter_chain_match: { server_names: g.serverNames }, transport_socket: g.auth ? withClientValidation(socket, g.auth) : socket, filters: [hcm('https', routeConfig(ir, 'https', origins), ir)] };
            }),
            { name: 'https', transport_socket: tlsSocket(certificateOrder(ir, ir.defaultCertificate), ir, sni.fallbackCiphers), filters: [shared] },
        ],
    });
    return out;
}
/** The default certificate first (served for an unknown SNI), then the others by id. */
function certificateOrder(ir, defaultCertificate) {
    return [defaultCertificate, ...ir.certificates.map((c) => c.id).filter((id) => id !== defaultCertificate)];
}
