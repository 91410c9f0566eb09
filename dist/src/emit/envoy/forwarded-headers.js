import { DEFAULT_FORWARDED } from '../../ir/forwarded.js';
import { envoyHeaderName } from './quote.js';
const set = (key, value) => ({ header: { key, value }, append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' });
/**
 * RouteTable.forwarded (ingress-nginx's forwarded headers, use-forwarded-headers false) on the
 * route configuration of one listener: the client address is the TCP peer (the HCM's
 * use_remote_address with skip_xff_append, so the client's X-Forwarded-For is read unchanged for
 * X-Original-Forwarded-For before X-Forwarded-For replaces it: Envoy applies these in order, after
 * the removals). An empty value adds no header (Envoy's keep_empty_value default), so a request
 * without X-Forwarded-For sends no X-Original-Forwarded-For. X-Request-ID: the HCM's
 * preserve_external_request_id (generated when absent).
 */
const prefix = (c) => {
    const [address_prefix, len] = c.split('/');
    return { address_prefix, prefix_len: Number(len) };
};
const xffDetection = (trusted) => ({
    original_ip_detection_extensions: [
        {
            name: 'envoy.extensions.http.original_ip_detection.xff',
            typed_config: { '@type': 'type.googleapis.com/envoy.extensions.http.original_ip_detection.xff.v3.XffConfig', xff_trusted_cidrs: { cidrs: trusted.map(prefix) }, skip_xff_append: true },
        },
    ],
});
/** Does the connection manager detect the client address from X-Forwarded-For (not with use_remote_address)? */
export const detectsXff = (ir) => ir.forwarded?.realIp !== undefined && !ir.forwarded.realIp.proxyProtocol;
/**
 * use-proxy-protocol: the proxy_protocol listener filter before anything else on every listener;
 * the connection's addresses become the header's (v1 or v2), for every peer: lowering allows it
 * only where nginx trusts every peer that can reach the listeners (lower/forwarded-headers.ts).
 */
export function proxyProtocolFilters(ir) {
    return ir.forwarded?.proxyProtocol ? [{ name: 'envoy.filters.listener.proxy_protocol', typed_config: { '@type': 'type.googleapis.com/envoy.extensions.filters.listener.proxy_protocol.v3.ProxyProtocol' } }] : [];
}
/**
 * The client's forwarded headers are needed as received (realIp, trustClient): the connection
 * manager rewrites X-Forwarded-For and X-Forwarded-Proto before any filter sees them.
 */
const keepsClientHeaders = (f) => f.realIp !== undefined || f.trustClient;
/** The client's headers as they arrived, kept by the early mutation (realIp) for FORWARDED_LUA. */
const EARLY = { proto: 'x-ingressc-forwarded-proto', port: 'x-ingressc-forwarded-port', host: 'x-ingressc-forwarded-host', original: 'x-ingressc-original-forwarded-for' };
/**
 * The HTTP connection manager's fields for RouteTable.forwarded with realIp (X-Forwarded-For
 * only: Envoy's custom_header detection trusts its header from any peer, so lowering refuses
 * another one): the xff original IP detection with xff_trusted_cidrs, which takes the rightmost
 * entry not in the CIDRs when the peer is in them, as nginx's real_ip_recursive; the detected
 * address is what RBAC's remote_ip, the rate limits' remote_address and
 * %DOWNSTREAM_REMOTE_ADDRESS% read. The connection manager then rewrites X-Forwarded-For (it
 * appends an untrusted peer) and X-Forwarded-Proto, so an early header mutation, which runs before
 * it, first copies what the client sent into headers of ingressc's own (any the client sent
 * removed); FORWARDED_LUA takes them out again.
 */
export function forwardedHcm(ir) {
    const f = ir.forwarded ?? DEFAULT_FORWARDED;
    if (!keepsClientHeaders(f))
        return {};
    const copy = (key, from) => [{ remove: key }, { append: { header: { key, value: `%REQ(${from})%` }, append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' } }];
    return {
        // use-proxy-protocol: the listener filter (proxyProtocolFilters) has set the address already.
        ...(f.realIp && !f.realIp.proxyProtocol ? xffDetection(f.realIp.trusted) : {}),
        early_header_mutation_extensions: [
            {
                name: 'ingressc.forwarded',
                typed_config: {
                    '@type': 'type.googleapis.com/envoy.extensions.http.early_header_mutation.header_mutation.v3.HeaderMutation',
                    mutations: [
                        ...copy(EARLY.original, envoyHeaderName(f.originalForwardedFor)),
                        // The client's X-Forwarded-Proto is taken out once copied: Envoy finds no route for a request
                        // whose X-Forwarded-Proto is empty (it would answer 404), and sets the listener's in its place.
                        ...(f.trustClient ? [...copy(EARLY.proto, 'x-forwarded-proto'), { remove: 'x-forwarded-proto' }, ...copy(EARLY.port, 'x-forwarded-port'), ...copy(EARLY.host, 'x-forwarded-host')] : []),
                    ],
                },
            },
        ],
    };
}
/**
 * With realIp or trustClient, a Lua filter moves the early copies to the headers the route configuration then
 * reads: X-Original-Forwarded-For (absent when the client sent none or an empty one), and with
 * trustClient X-Forwarded-Proto/-Port/-Host: the client's when not empty, else the listener's
 * scheme (the connection manager's X-Forwarded-Proto), port and the Host.
 */
export function forwardedLua(ir) {
    const f = ir.forwarded ?? DEFAULT_FORWARDED;
    if (!keepsClientHeaders(f))
        return undefined;
    return `-- ingressc: the client's forwarded headers as received (src/emit/envoy/forwarded-headers.ts)
local function take(hs, name)
  local v = hs:get(name)
  hs:remove(name)
  if v == nil or v == "" then return nil end
  return v
end

function envoy_on_request(h)
  local hs = h:headers()
  hs:remove("x-original-forwarded-for")
  local orig = take(hs, "${EARLY.original}")
  if orig then hs:add("x-original-forwarded-for", orig) end
${f.appendForwardedFor
        ? `  -- compute-full-forwarded-for: the received X-Forwarded-For, then the peer (with PROXY: its address, the
  -- remote one; the direct one stays the TCP peer).
  local peer = h:streamInfo():${f.proxyProtocol ? 'downstreamRemoteAddress' : 'downstreamDirectRemoteAddress'}() or ""
  peer = peer:match("^%[(.*)%]:%d+$") or peer:match("^(.*):%d+$") or peer
  hs:replace("x-forwarded-for", orig and (orig .. ", " .. peer) or peer)
`
        : ''}${f.trustClient
        ? `  local own_port = (h:streamInfo():downstreamLocalAddress() or ""):match(":(%d+)$") or ""
  hs:replace("x-forwarded-proto", take(hs, "${EARLY.proto}") or hs:get("x-forwarded-proto") or "http")
  hs:replace("x-forwarded-port", take(hs, "${EARLY.port}") or own_port)
  hs:replace("x-forwarded-host", take(hs, "${EARLY.host}") or hs:get(":authority") or "")
`
        : ''}end
`;
}
export function forwardedRouteConfig(ir, scheme) {
    const f = ir.forwarded ?? DEFAULT_FORWARDED;
    // realIp, trustClient: forwardedLua has set these already.
    const proto = f.trustClient ? '%REQ(x-forwarded-proto)%' : scheme;
    return {
        request_headers_to_remove: [...(keepsClientHeaders(f) ? [] : ['x-original-forwarded-for']), 'proxy'],
        request_headers_to_add: [
            ...(keepsClientHeaders(f) ? [] : [set('x-original-forwarded-for', `%REQ(${envoyHeaderName(f.originalForwardedFor)})%`)]),
            // compute-full-forwarded-for: forwardedLua has written it.
            ...(f.appendForwardedFor ? [] : [set('x-forwarded-for', '%DOWNSTREAM_REMOTE_ADDRESS_WITHOUT_PORT%')]),
            set('x-real-ip', '%DOWNSTREAM_REMOTE_ADDRESS_WITHOUT_PORT%'),
            set('x-forwarded-host', f.trustClient ? '%REQ(x-forwarded-host)%' : '%REQ(:AUTHORITY)%'),
            set('x-forwarded-port', f.trustClient ? '%REQ(x-forwarded-port)%' : '%DOWNSTREAM_LOCAL_PORT%'),
            set('x-forwarded-proto', proto),
            set('x-forwarded-scheme', proto),
            set('x-scheme', proto),
        ],
    };
}
