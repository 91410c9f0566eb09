/**
 * Envoy's own normalize_path (Chromium's canonicaliser) differs from the rule every target follows
 * (src/ir/normalize-path.ts): it turns "\" into "/", treats "..;" as "..", resolves dot segments
 * before merging slashes, keeps ".." above the root and lets bad escapes through. So Envoy runs
 * with normalize_path and merge_slashes off, and two Lua filters apply the rule instead:
 *
 *   1. NORMALIZE answers 400 where the rule does, and otherwise puts the normalised path in
 *      :path (the query kept), remembering the original in dynamic metadata. Changing a header
 *      clears the route cache, so the route is chosen again, on the normalised path.
 *   2. RESTORE runs next with clear_route_cache off: Envoy resolves the route for a Lua filter
 *      (per-route scripts) before the script runs, so the route stays the one chosen on the
 *      normalised path while :path goes back to what the client sent, which the backend receives.
 *
 * The Lua code mirrors normalize-path.ts step for step; the differential test holds them equal.
 *
 * With RouteTable.dropRequestHeaders, NORMALIZE first removes the request headers whose names
 * nginx refuses other than those with "_", which the codec drops (header-names.ts): in this filter
 * rather than one of their own, since running a Lua filter at all is most of its cost (measured on
 * Envoy's own 404s, one worker, wrk with 8 connections: a separate filter cost about a third of the
 * throughput, the loop here about a fifth, 18.0k against 22.8k requests/s).
 */
const NORMALIZE_HEAD = `-- ingressc request normalisation (see README "Semantics")
local function normalize(path)
  local buf, i, n = {}, 1, #path
  while i <= n do
    local c = path:sub(i, i)
    if c == "%" then
      local hex = path:sub(i + 1, i + 2)
      if not hex:match("^%x%x$") then return nil end
      local up = hex:upper()
      if up == "2F" or up == "5C" or up == "00" then return nil end
      local ch = string.char(tonumber(hex, 16))
      if ch:match("^[A-Za-z0-9%-%._~]$") then buf[#buf + 1] = ch else buf[#buf + 1] = "%" .. hex end
      i = i + 3
    else
      buf[#buf + 1] = c
      i = i + 1
    end
  end
  local merged = table.concat(buf):gsub("/+", "/")
  local parts, out = {}, {}
  for seg in (merged:sub(2) .. "/"):gmatch("([^/]*)/") do parts[#parts + 1] = seg end
  for k, seg in ipairs(parts) do
    if seg == ".." then
      if #out == 0 then return nil end
      out[#out] = nil
    elseif seg ~= "." then
      out[#out + 1] = seg
    end
    if k == #parts and (seg == "." or seg == "..") then out[#out + 1] = "" end
  end
  return "/" .. table.concat(out, "/")
end

`;
/** Request headers whose names nginx refuses (ignore-invalid-headers); Envoy keeps names lowercase. */
const DROP_NAMES = `local function drop_refused_names(h)
  local drop = {}
  for name, _ in pairs(h:headers()) do
    if name:sub(1, 1) ~= ":" and name:find("[^A-Za-z0-9_%-]") then drop[#drop + 1] = name end
  end
  for _, name in ipairs(drop) do h:headers():remove(name) end
end
`;
const NORMALIZE_TAIL = `  local full = h:headers():get(":path")
  if full == nil or full:sub(1, 1) ~= "/" then return end
  local q = full:find("?", 1, true)
  local path = q and full:sub(1, q - 1) or full
  local normal = normalize(path)
  if normal == nil then
    h:respond({[":status"] = "400"}, "")
    return
  end
  if normal ~= path then
    h:streamInfo():dynamicMetadata():set("ingressc", "path", full)
    h:headers():replace(":path", normal .. (q and full:sub(q) or ""))
  end
end
`;
/** The NORMALIZE filter's code; `dropNames`: RouteTable.dropRequestHeaders is set. */
export function normalizeLua(dropNames) {
    return `${NORMALIZE_HEAD}${dropNames ? `${DROP_NAMES}\n` : ''}function envoy_on_request(h)\n${dropNames ? '  drop_refused_names(h)\n' : ''}${NORMALIZE_TAIL}`;
}
export const NORMALIZE_LUA = normalizeLua(false);
export const RESTORE_LUA = `-- ingressc: forward the request target as the client sent it
function envoy_on_request(h)
  local m = h:streamInfo():dynamicMetadata():get("ingressc")
  if m ~= nil then h:headers():replace(":path", m["path"]) end
end
`;
