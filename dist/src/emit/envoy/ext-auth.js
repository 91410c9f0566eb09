import { createHash } from 'node:crypto';
import { envoyHeaderName } from './quote.js';
import { routesOf } from '../../ir/types.js';
import { addressCluster } from './address-cluster.js';
/**
 * External authentication (ingress-nginx's auth_request) as a Lua filter: Envoy's ext_authz filter
 * appends the request path to the auth URL and forwards the auth service's own status, where
 * ingress-nginx sends exactly auth-url and answers 500 for anything but 2xx, 401 and 403. So one
 * script per auth-url configuration (selected per route, the filter is disabled elsewhere) calls the
 * auth service with httpCall, as nginx's auth location would, and decides like nginx:
 *   2xx → the request goes on, with the configured auth response headers replacing the client's;
 *   401 → 401 (with the auth service's WWW-Authenticate), or a 302 to auth-signin;
 *   403 → 403; anything else, or no answer → 500.
 * The auth answer's Set-Cookie is added to 2xx/3xx responses (every response with alwaysSetCookie).
 * It runs after RBAC and basic_auth (nginx: address, password, auth request).
 */
export const EXT_AUTH_FILTER = 'ingressc.ext_auth';
const LUA = 'type.googleapis.com/envoy.extensions.filters.http.lua.v3';
/** A configuration's name: script "auth-<id>", cluster "ingressc_auth_<id>" (a hash of the configuration: no IR order needed). */
export const extAuthId = (a) => createHash('sha256').update(JSON.stringify(a)).digest('hex').slice(0, 16);
/** The distinct auth configurations, in IR order. */
export function externalAuths(ir) {
    const seen = new Map();
    for (const vh of ir.vhosts)
        for (const r of routesOf(vh))
            if (r.policies?.externalAuth)
                seen.set(JSON.stringify(r.policies.externalAuth), r.policies.externalAuth);
    return [...seen.values()];
}
export function extAuthFilter(ir) {
    const auths = externalAuths(ir);
    if (auths.length === 0)
        return [];
    return [
        {
            name: EXT_AUTH_FILTER,
            disabled: true,
            // The route was chosen on the normalised path: changing headers must not choose it again.
            typed_config: { '@type': `${LUA}.Lua`, clear_route_cache: false, source_codes: Object.fromEntries(auths.map((a) => [`auth-${extAuthId(a)}`, { inline_string: script(a, extAuthId(a)) }])) },
        },
    ];
}
export function extAuthPerRoute(p) {
    return p.externalAuth ? { [EXT_AUTH_FILTER]: { '@type': `${LUA}.LuaPerRoute`, name: `auth-${extAuthId(p.externalAuth)}` } } : {};
}
export function extAuthClusters(ir) {
    // https: the auth host's name as SNI, the certificate not verified (nginx's proxy_ssl_verify off).
    return externalAuths(ir).map((a) => addressCluster(`ingressc_auth_${extAuthId(a)}`, a.url, true));
}
/** A Lua string literal. Every value passed an anchored grammar; this is the second wall. */
export function luaString(s) {
    if (!/^[\x20-\x7e]*$/.test(s))
        throw new Error(`envoy: refusing to put ${JSON.stringify(s)} into Lua`);
    return `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
const HOST = '(authority:match("^%[[^%]]*%]") or authority:match("^[^:]*")):lower()';
/** auth-proxy-set-headers: each replaces the client's header; a value that comes out empty sends none (nginx's proxy_set_header). */
function setLines(a) {
    if (!a.requestHeaders?.length)
        return '';
    const part = (p) => {
        if ('text' in p)
            return luaString(p.text);
        if ('header' in p)
            return `(req:get(${luaString(envoyHeaderName(p.header))}) or "")`;
        const v = { remote_addr: 'client_ip(h)', host: HOST, scheme: 'scheme', request_uri: 'uri' }[p.variable];
        if (v === undefined)
            throw new Error(`envoy: refusing auth header variable ${JSON.stringify(p.variable)}`);
        return v;
    };
    return a.requestHeaders
        .map((hd) => `  do local v = ${hd.value.map(part).join(' .. ')}; call[${luaString(envoyHeaderName(hd.name, { underscore: true }))}] = v ~= "" and v or nil end\n`)
        .join('');
}
function script(a, id) {
    const u = a.url;
    const host = u.host.includes(':') ? `[${u.host}]` : u.host;
    const path = `${u.path}${u.query !== undefined ? `?${u.query}` : ''}`;
    const s = a.signin;
    const signinBase = s ? `${s.scheme}://` : '';
    const signinRest = s ? `${s.port !== undefined ? `:${s.port}` : ''}${s.path}${s.query !== undefined ? `?${s.query}` : ''}` : '';
    const hasParam = s?.query !== undefined && s.query.split('&').some((kv) => kv.split('=')[0] === s.redirectParam);
    const headers = a.responseHeaders.map((h) => luaString(h.toLowerCase())).join(', ');
    return `-- ingressc external authentication ${id} (ingress-nginx auth-url)
local HOP = { [":method"] = true, [":path"] = true, [":authority"] = true, [":scheme"] = true, ["content-length"] = true, ["transfer-encoding"] = true, ["connection"] = true, ["x-forwarded-proto"] = true, ["x-forwarded-for"] = true, ["expect"] = true }
local RESPONSE_HEADERS = { ${headers} }

local function escape(s)
  return (s:gsub("[^A-Za-z0-9%-%._~ ]", function(c) return string.format("%%%02X", string.byte(c)) end):gsub(" ", "+"))
end

local function client_ip(h)
  local a = h:streamInfo():downstreamRemoteAddress() or ""
  return a:match("^%[(.*)%]:%d+$") or a:match("^(.*):%d+$") or a
end

function envoy_on_request(h)
  local req = h:headers()
  local uri = req:get(":path") or "/"
  local scheme = req:get("x-forwarded-proto") or "http"
  local authority = req:get(":authority") or ""
  local call = {}
  for k, v in pairs(req) do
    if not HOP[k] then call[k] = v end
  end
  call[":method"] = ${luaString(a.method ?? 'GET')}
  call[":path"] = ${luaString(path)}
  call[":authority"] = ${luaString(host)}
  ${a.method ? 'call["x-original-uri"] = uri\n  call["x-scheme"] = scheme' : '-- (no auth-method: no X-Original-URI, X-Scheme)'}
  call["x-original-url"] = scheme .. "://" .. authority .. uri
  call["x-original-method"] = req:get(":method")
  call["x-sent-from"] = "nginx-ingress-controller"
  call["x-real-ip"] = client_ip(h)
  call["x-forwarded-for"] = client_ip(h)
  call["x-auth-request-redirect"] = ${a.requestRedirect !== undefined ? luaString(a.requestRedirect) : 'uri'}
${setLines(a)}  local rh = h:httpCall("ingressc_auth_${id}", call, "", 60000, false)
  local status = tonumber(rh and rh[":status"] or "") or 500
  local cookie = rh and rh["set-cookie"]
  if cookie then h:streamInfo():dynamicMetadata():set("ingressc.auth", "cookie", cookie) end
  if status >= 200 and status < 300 then
    -- A header handle does not survive the httpCall's yield: take it again.
    local after = h:headers()
    for _, name in ipairs(RESPONSE_HEADERS) do
      local v = rh[name]
      if v and v ~= "" then after:replace(name, v) else after:remove(name) end
    end
    return
  end
  local out = {}
  ${a.alwaysSetCookie ? 'if cookie then out["set-cookie"] = cookie end' : '-- (the cookie goes with 2xx/3xx answers only)'}
  if status == 401 then
${s
        ? `    local rhost = (authority:match("^%[[^%]]*%]") or authority:match("^[^:]*")):lower()
    out[":status"] = "302"
    if cookie then out["set-cookie"] = cookie end
    out["location"] = ${luaString(signinBase)} .. ${s.host !== undefined ? luaString(s.host.includes(':') ? `[${s.host}]` : s.host) : 'rhost'} .. ${luaString(signinRest)}${hasParam ? '' : ` .. ${luaString(`${s.query !== undefined ? '&' : '?'}${s.redirectParam}=`)} .. scheme .. "://" .. authority .. escape(uri)`}
    h:respond(out, "")
    return`
        : `    out[":status"] = "401"
    if rh and rh["www-authenticate"] then out["www-authenticate"] = rh["www-authenticate"] end
    h:respond(out, "")
    return`}
  end
  out[":status"] = status == 403 and "403" or "500"
  h:respond(out, "")
end

function envoy_on_response(h)
  local meta = h:streamInfo():dynamicMetadata():get("ingressc.auth")
  local cookie = meta and meta["cookie"]
  if not cookie then return end
  local status = tonumber(h:headers():get(":status") or "") or 0
  ${a.alwaysSetCookie ? 'h:headers():add("set-cookie", cookie)' : 'local ok = { [200] = true, [201] = true, [204] = true, [206] = true, [301] = true, [302] = true, [303] = true, [304] = true, [307] = true, [308] = true }\n  if ok[status] then h:headers():add("set-cookie", cookie) end'}
end
`;
}
