import { createHash } from 'node:crypto';
import { routesOf } from '../../ir/types.js';
import { haproxyHeaderName, HaproxyQuoteError } from './quote.js';
/**
 * External authentication (ingress-nginx's auth_request) with HAProxy's Lua: HAProxy 2.6 has no
 * auth-request keyword, but its Lua API can call an HTTP service from an http-request action
 * (core.httpclient). auth/ext-auth.lua holds one configuration per auth-url setting (named by a
 * hash of it) and one action, `lua.ingressc_auth <id>`, which calls exactly the auth URL with the
 * client's headers and no body, then decides as nginx does: 2xx → the request goes on, the
 * configured auth response headers replacing the client's; 401 → 401 (with the auth service's
 * WWW-Authenticate) or a 302 to auth-signin; 403 → 403; anything else or no answer → 500. The auth
 * answer's Set-Cookie is kept in txn.ingressc_auth_cookie and added to 2xx/3xx responses (every
 * response with alwaysSetCookie). It runs in the policy backend after the source ranges and basic
 * authentication (nginx: address, password, auth request).
 */
export const EXT_AUTH_LUA = 'auth/ext-auth.lua';
export const haproxyExtAuthId = (a) => createHash('sha256').update(JSON.stringify(a)).digest('hex').slice(0, 16);
/** httpclient has these methods in HAProxy 2.6 (no PATCH, OPTIONS, TRACE or CONNECT). */
export const HAPROXY_AUTH_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'];
export const usesExtAuth = (ir) => ir.vhosts.some((vh) => routesOf(vh).some((r) => r.policies?.externalAuth !== undefined));
export const usesHttpsAuth = (ir) => ir.vhosts.some((vh) => routesOf(vh).some((r) => r.policies?.externalAuth?.url.scheme === 'https'));
/** The backend rules of a route with external authentication (after its access rules). */
export function extAuthRules(p, emptyUpstream) {
    const a = p.externalAuth;
    if (!a)
        return { request: [], response: [] };
    const codes = a.alwaysSetCookie ? '' : ' { status 200 201 204 206 301 302 303 304 307 308 }';
    // http-response rules do not see the backend's own 503 (a Service without endpoints): it carries the cookie itself.
    const with503 = a.alwaysSetCookie && emptyUpstream ? ['http-request return status 503 hdr Set-Cookie %[var(txn.ingressc_auth_cookie)] if { var(txn.ingressc_auth_cookie) -m found }'] : [];
    return {
        request: [`http-request lua.ingressc_auth ${haproxyExtAuthId(a)}`, ...with503],
        response: [`http-response add-header Set-Cookie %[var(txn.ingressc_auth_cookie)] if { var(txn.ingressc_auth_cookie) -m found }${codes}`],
    };
}
/** A Lua string literal; every value passed an anchored grammar, this is the second wall. */
function lua(s) {
    if (!/^[\x20-\x7e]*$/.test(s))
        throw new HaproxyQuoteError(`haproxy: refusing to put ${JSON.stringify(s)} into Lua`);
    return `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
const bracket = (h) => (h.includes(':') ? `[${h}]` : h);
function configEntry(a) {
    const u = a.url;
    if (a.method !== undefined && !HAPROXY_AUTH_METHODS.includes(a.method))
        throw new HaproxyQuoteError(`haproxy: auth-method ${a.method} is not available in HAProxy's httpclient`);
    const url = `${u.scheme}://${bracket(u.host)}${u.port !== undefined ? `:${u.port}` : ''}${u.path}${u.query !== undefined ? `?${u.query}` : ''}`;
    const s = a.signin;
    const hasParam = s?.query !== undefined && s.query.split('&').some((kv) => kv.split('=')[0] === s.redirectParam);
    const signin = s
        ? `{ scheme = ${lua(`${s.scheme}://`)}, host = ${s.host !== undefined ? lua(bracket(s.host)) : 'nil'}, rest = ${lua(`${s.port !== undefined ? `:${s.port}` : ''}${s.path}${s.query !== undefined ? `?${s.query}` : ''}`)}, param = ${hasParam ? 'nil' : lua(`${s.query !== undefined ? '&' : '?'}${s.redirectParam}=`)} }`
        : 'nil';
    return `  [${lua(haproxyExtAuthId(a))}] = { url = ${lua(url)}, method = ${lua((a.method ?? 'GET').toLowerCase())}, host = ${lua(bracket(u.host))}, original = ${a.method ? 'true' : 'false'}, redirect = ${a.requestRedirect !== undefined ? lua(a.requestRedirect) : 'nil'}, headers = { ${a.responseHeaders.map((h) => lua(h.toLowerCase())).join(', ')} }, ${a.requestHeaders?.length ? `set = { ${a.requestHeaders.map(setEntry).join(', ')} }, ` : ''}always = ${a.alwaysSetCookie ? 'true' : 'false'}, signin = ${signin} },`;
}
/** An auth-proxy-set-headers entry: its lower-case name and the parts of its value (text, { v = variable }, { h = client header }). */
function setEntry(h) {
    const parts = h.value.map((p) => ('text' in p ? lua(p.text) : 'variable' in p ? `{ v = ${lua(p.variable)} }` : `{ h = ${lua(haproxyHeaderName(p.header))} }`));
    return `{ name = ${lua(haproxyHeaderName(h.name, { underscore: true }))}, value = { ${parts.join(', ')} } }`;
}
export function extAuthLua(ir) {
    const seen = new Map();
    for (const vh of ir.vhosts)
        for (const r of routesOf(vh))
            if (r.policies?.externalAuth)
                seen.set(haproxyExtAuthId(r.policies.externalAuth), configEntry(r.policies.externalAuth));
    return `-- Generated by ingressc: external authentication (ingress-nginx auth-url), see src/emit/haproxy/ext-auth.ts.
local CONFIGS = {
${[...seen.values()].join('\n')}
}
${LUA_ACTION}`;
}
const LUA_ACTION = `
local HOP = { ["host"] = true, ["content-length"] = true, ["transfer-encoding"] = true, ["connection"] = true, ["x-forwarded-proto"] = true, ["x-forwarded-for"] = true, ["expect"] = true }

local function escape(s)
  return (s:gsub("[^A-Za-z0-9%-%._~ ]", function(c) return string.format("%%%02X", string.byte(c)) end):gsub(" ", "+"))
end

local function first(h, name)
  local v = h and h[name]
  return v and (v[0] or v[1])
end

core.register_action("ingressc_auth", { "http-req" }, function(txn, id)
  local c = CONFIGS[id]
  local req = txn.http:req_get_headers()
  local uri = txn.sf:pathq() or "/"
  local scheme = txn.sf:ssl_fc() == 1 and "https" or "http"
  local authority = first(req, "host") or ""
  local call = {}
  for name, values in pairs(req) do
    if not HOP[name] then
      local list = {}
      for i = 0, #values do if values[i] ~= nil then list[#list + 1] = values[i] end end
      call[name] = list
    end
  end
  call["host"] = { c.host }
  if c.original then
    call["x-original-uri"] = { uri }
    call["x-scheme"] = { scheme }
  end
  call["x-original-url"] = { scheme .. "://" .. authority .. uri }
  call["x-original-method"] = { txn.sf:method() }
  call["x-sent-from"] = { "nginx-ingress-controller" }
  call["x-real-ip"] = { txn.sf:src() }
  call["x-forwarded-for"] = { txn.sf:src() }
  call["x-auth-request-redirect"] = { c.redirect or uri }
  -- auth-proxy-set-headers: replace the client's header; an empty value sends none (nginx's proxy_set_header).
  local vars = { remote_addr = txn.sf:src(), host = (authority:match("^%[[^%]]*%]") or authority:match("^[^:]*")):lower(), scheme = scheme, request_uri = uri }
  for _, s in ipairs(c.set or {}) do
    local out = {}
    for _, p in ipairs(s.value) do
      if type(p) == "string" then out[#out + 1] = p elseif p.h then out[#out + 1] = first(req, p.h) or "" else out[#out + 1] = vars[p.v] or "" end
    end
    local v = table.concat(out)
    call[s.name] = v ~= "" and { v } or nil
  end
  local hc = core.httpclient()
  local ok, res = pcall(hc[c.method], hc, { url = c.url, headers = call, timeout = 60000 })
  local status = ok and res and tonumber(res.status) or 500
  local rh = ok and res and res.headers or {}
  local cookie = first(rh, "set-cookie")
  if cookie then txn:set_var("txn.ingressc_auth_cookie", cookie) end
  if status >= 200 and status < 300 then
    for _, name in ipairs(c.headers) do
      local v = first(rh, name)
      if v and v ~= "" then txn.http:req_set_header(name, v) else txn.http:req_del_header(name) end
    end
    return
  end
  local headers = {}
  if status == 401 and c.signin then
    local s = c.signin
    local host = s.host or ((authority:match("^%[[^%]]*%]") or authority:match("^[^:]*")):lower())
    local location = s.scheme .. host .. s.rest
    if s.param then location = location .. s.param .. scheme .. "://" .. authority .. escape(uri) end
    headers["location"] = { location }
    if cookie then headers["set-cookie"] = { cookie } end
    txn:done(txn:reply({ status = 302, headers = headers }))
    return
  end
  if cookie and c.always then headers["set-cookie"] = { cookie } end
  if status == 401 then
    local w = first(rh, "www-authenticate")
    if w then headers["www-authenticate"] = { w } end
    txn:done(txn:reply({ status = 401, headers = headers }))
  elseif status == 403 then
    txn:done(txn:reply({ status = 403, headers = headers }))
  else
    txn:done(txn:reply({ status = 500, headers = headers }))
  end
end, 1)
`;
