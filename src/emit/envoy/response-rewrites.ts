import { routesOf, type ResponseRewrites, type RouteTable } from '../../ir/types.js';
import type { TypedExtension } from './types.js';

/**
 * ResponseRewrites (proxy-redirect, proxy-cookie) as a Lua filter: in the chain but disabled, and
 * enabled per route with that route's script (LuaPerRoute), like the buffer filter. The script
 * applies nginx's proxy_redirect / proxy_cookie_domain / proxy_cookie_path string forms to the
 * response headers; a rewritten Location starting with "/" gets the request's scheme and host
 * (lowercased, without port or trailing dot: as nginx, with ingress-nginx's port_in_redirect off),
 * kept in dynamic metadata by envoy_on_request.
 */
export const RESPONSE_FILTER = 'ingressc.response';
const LUA_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua';
const LUA_PER_ROUTE_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.lua.v3.LuaPerRoute';

export const usesResponseRewrites = (ir: RouteTable): boolean => ir.vhosts.some((v) => routesOf(v).some((r) => r.responseRewrites));

export const responseFilter = (): TypedExtension => ({ name: RESPONSE_FILTER, disabled: true, typed_config: { '@type': LUA_TYPE } });

/** A Lua string literal of a text the reader's grammar allowed ([-._~a-zA-Z0-9/:,?&=]). */
const lua = (s: string | undefined): string => {
  if (s === undefined) return 'nil';
  if (!/^[-._~a-zA-Z0-9/:,?&=]*$/.test(s)) throw new Error(`envoy: refusing response rewrite text ${JSON.stringify(s)}`);
  return `"${s}"`;
};

const SCRIPT = `
local function starts(v, p) return p ~= nil and string.sub(v, 1, #p) == p end
function envoy_on_request(h)
  local host = string.lower(h:headers():get(":authority") or "")
  if string.sub(host, 1, 1) == "[" then host = string.match(host, "^(%[[^%]]*%])") or host
  else host = string.gsub(host, ":[0-9]*$", "") end
  host = string.gsub(host, "%.$", "")
  h:streamInfo():dynamicMetadata():set("ingressc.response", "host", host)
  h:streamInfo():dynamicMetadata():set("ingressc.response", "scheme", h:headers():get("x-forwarded-proto") or "http")
end
local function cookie(v)
  local out, first = {}, true
  for part in string.gmatch(v .. ";", "([^;]*);") do
    if not first then
      local lead, key, val = string.match(part, "^(%s*)([^=]*)=(.*)$")
      if key ~= nil and string.lower(key) == "path" and starts(val, PFROM) then
        part = lead .. key .. "=" .. PTO .. string.sub(val, #PFROM + 1)
      elseif key ~= nil and string.lower(key) == "domain" and DFROM ~= nil then
        local dot = string.sub(val, 1, 1) == "." and "." or ""
        if string.lower(string.sub(val, #dot + 1)) == string.lower(DFROM) then part = lead .. key .. "=" .. dot .. DTO end
      end
    end
    first = false
    out[#out + 1] = part
  end
  return table.concat(out, ";")
end
function envoy_on_response(h)
  local hs = h:headers()
  local loc = hs:get("location")
  if loc ~= nil and starts(loc, LFROM) then
    local v = LTO .. string.sub(loc, #LFROM + 1)
    if string.sub(v, 1, 1) == "/" then
      local md = h:streamInfo():dynamicMetadata():get("ingressc.response") or {}
      v = (md["scheme"] or "http") .. "://" .. (md["host"] or "") .. v
    end
    hs:replace("location", v)
  end
  local refresh = hs:get("refresh")
  if refresh ~= nil and LFROM ~= nil then
    local at = string.find(string.lower(refresh), "url=", 1, true)
    if at ~= nil and starts(string.sub(refresh, at + 4), LFROM) then
      hs:replace("refresh", string.sub(refresh, 1, at + 3) .. LTO .. string.sub(refresh, at + 4 + #LFROM))
    end
  end
  if PFROM ~= nil or DFROM ~= nil then
    local n = hs:getNumValues("set-cookie")
    if n > 0 then
      local values = {}
      for i = 0, n - 1 do values[#values + 1] = cookie(hs:getAtIndex("set-cookie", i)) end
      hs:remove("set-cookie")
      for _, v in ipairs(values) do hs:add("set-cookie", v) end
    end
  end
end
`;

/** The route's per-filter config: its script with the rewrite texts as Lua constants. */
export function responseRewriteConfig(rw: ResponseRewrites | undefined): Record<string, unknown> | undefined {
  if (!rw) return undefined;
  const consts = [
    `local LFROM, LTO = ${lua(rw.location?.from)}, ${lua(rw.location?.to)}`,
    `local DFROM, DTO = ${lua(rw.cookieDomain?.from.replace(/^\./, ''))}, ${lua(rw.cookieDomain?.to.replace(/^\./, ''))}`,
    `local PFROM, PTO = ${lua(rw.cookiePath?.from)}, ${lua(rw.cookiePath?.to)}`,
  ].join('\n');
  return { [RESPONSE_FILTER]: { '@type': LUA_PER_ROUTE_TYPE, source_code: { inline_string: consts + SCRIPT } } };
}
