import { caFile } from '../../ir/types.js';
import { parsePortable, renderPortable } from '../../ir/regex.js';
import { wildcardSuffix } from '../regex.js';
/**
 * Client certificates (auth-tls-*) on Envoy, per host as lowering decided (lower/clientcert.ts).
 * - The handshake: a filter chain per (CA, depth) whose server_names are the hosts using it asks
 *   for a certificate and verifies it against the CA with ACCEPT_UNTRUSTED, so that the HTTP layer
 *   decides (nginx answers 400, not a TLS alert). Session resumption is off on these chains:
 *   Envoy does not remember a resumed session's verification result (envoyproxy/envoy#21235).
 *   max_verify_depth excludes the leaf, OpenSSL's ssl_verify_depth (nginx) does not count the
 *   trust anchor: nginx's depth N is Envoy's N + 1.
 * - The request: a Lua script per host, first in the chain on each of the host's HTTPS routes:
 *   421 unless the SNI names the host (Envoy routes by Host: a handshake for another host, or one
 *   without SNI, must not reach the host unchecked); no certificate (verify on) or one that failed
 *   (on, optional) → 400, or a 302 to the error page; then the ssl-client-* headers (the client's
 *   own removed). match-cn: an RBAC filter after it allows only a subject DN (the header Lua set)
 *   matching the pattern, else 403.
 */
export const CLIENT_CERT_FILTER = 'ingressc.clientcert';
export const CLIENT_CN_FILTER = 'ingressc.clientcn';
const LUA_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua';
const LUA_PER_ROUTE_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.lua.v3.LuaPerRoute';
const RBAC_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.rbac.v3.RBAC';
const RBAC_PER_ROUTE_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.rbac.v3.RBACPerRoute';
const DN_HEADER = 'ssl-client-subject-dn';
const authHosts = (ir) => ir.vhosts.filter((v) => v.tls?.clientAuth !== undefined);
/** A Lua string literal of any text: every byte outside [A-Za-z0-9] as a three-digit decimal escape (a shorter one would swallow a following digit). */
export function luaString(s) {
    return `"${[...Buffer.from(s, 'utf8')].map((b) => (/[A-Za-z0-9]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `\\${String(b).padStart(3, '0')}`)).join('')}"`;
}
/** A Lua pattern matching the host's SNI (lower case; a wildcard covers exactly one label). */
const sniPattern = (vh) => {
    const lit = (s) => s.replace(/[^A-Za-z0-9]/g, (c) => `%${c}`);
    return vh.kind === 'wildcard' ? `^[^.]+%.${lit(wildcardSuffix('envoy', vh.wildcardSuffix))}$` : `^${lit(vh.name)}$`;
};
/** The host's script: the SNI check, the verification decision, the ssl-client-* headers. */
function script(vh, c) {
    const refuse = c.errorPage !== undefined ? `h:respond({[":status"] = "302", ["location"] = ${luaString(c.errorPage)}}, "")` : `h:respond({[":status"] = "400"}, "")`;
    return `function envoy_on_request(h)
  local sni = string.lower(h:streamInfo():requestedServerName() or "")
  if string.match(sni, ${luaString(sniPattern(vh))}) == nil then
    h:respond({[":status"] = "421"}, "")
    return
  end
  local ssl = h:streamInfo():downstreamSslConnection()
  local presented = ssl ~= nil and ssl:peerCertificatePresented()
  local valid = presented and ssl:peerCertificateValidated()
  if ${c.verify === 'on' ? 'not presented or ' : ''}${c.verify === 'optional_no_ca' ? 'false' : '(presented and not valid)'} then
    ${refuse}
    return
  end
  local hs = h:headers()
  for _, name in ipairs({"ssl-client-verify", "ssl-client-subject-dn", "ssl-client-issuer-dn", "ssl-client-cert"}) do hs:remove(name) end
  if not presented then
    hs:add("ssl-client-verify", "NONE")
    return
  end
  hs:add("ssl-client-verify", valid and "SUCCESS" or "FAILED")
  hs:add("ssl-client-subject-dn", ssl:subjectPeerCertificate())
  hs:add("ssl-client-issuer-dn", ssl:issuerPeerCertificate())${c.passCertificate ? '\n  hs:add("ssl-client-cert", ssl:urlEncodedPemEncodedPeerCertificate())' : ''}
end
`;
}
const scriptName = (vh) => `host:${vh.name}`;
/** The HTTP filters, right after the request normalisation: disabled but on the hosts' routes. */
export function clientCertFilters(ir) {
    const hosts = authHosts(ir);
    if (!hosts.length)
        return [];
    const source_codes = {};
    for (const vh of hosts)
        source_codes[scriptName(vh)] = { inline_string: script(vh, vh.tls.clientAuth) };
    const out = [{ name: CLIENT_CERT_FILTER, disabled: true, typed_config: { '@type': LUA_TYPE, source_codes } }];
    if (hosts.some((v) => v.tls.clientAuth.matchCN !== undefined))
        out.push({ name: CLIENT_CN_FILTER, disabled: true, typed_config: { '@type': RBAC_TYPE } });
    return out;
}
/** match-cn as an RBAC principal: a search anywhere in the DN (RE2 matches headers whole). The grammar requires "CN=", so no pattern matches the empty DN of a request without a certificate. */
function cnPrincipal(pattern) {
    return { header: { name: DN_HEADER, string_match: { safe_regex: { regex: `(?s).*(?:${renderPortable(parsePortable(pattern), 're2')}).*` } } } };
}
/** Every HTTPS route of a host that requires client certificates runs its script (and CN check); in place (origins are per object). */
export function withClientAuth(routes, vh) {
    const c = vh.tls?.clientAuth;
    if (!c)
        return routes;
    for (const r of routes)
        r.typed_per_filter_config = {
            ...(r.typed_per_filter_config ?? {}),
            [CLIENT_CERT_FILTER]: { '@type': LUA_PER_ROUTE_TYPE, name: scriptName(vh) },
            ...(c.matchCN !== undefined
                ? { [CLIENT_CN_FILTER]: { '@type': RBAC_PER_ROUTE_TYPE, rbac: { rules: { action: 'ALLOW', policies: { 'match-cn': { permissions: [{ any: true }], principals: [cnPrincipal(c.matchCN)] } } } } } }
                : {}),
        };
    return routes;
}
/** The chain's DownstreamTlsContext: the listener's certificates, plus the client verification. */
export function withClientValidation(socket, g) {
    const ctx = socket.typed_config;
    return {
        ...socket,
        typed_config: {
            ...socket.typed_config,
            common_tls_context: {
                ...ctx.common_tls_context,
                validation_context: { trusted_ca: { filename: caFile(g.caId) }, trust_chain_verification: 'ACCEPT_UNTRUSTED', max_verify_depth: g.depth + 1 },
            },
            require_client_certificate: false,
            disable_stateless_session_resumption: true,
            disable_stateful_session_resumption: true,
        },
    };
}
