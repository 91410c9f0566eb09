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
 */
export declare const NORMALIZE_LUA = "-- ingressc request normalisation (see README \"Semantics\")\nlocal function normalize(path)\n  local buf, i, n = {}, 1, #path\n  while i <= n do\n    local c = path:sub(i, i)\n    if c == \"%\" then\n      local hex = path:sub(i + 1, i + 2)\n      if not hex:match(\"^%x%x$\") then return nil end\n      local up = hex:upper()\n      if up == \"2F\" or up == \"5C\" or up == \"00\" then return nil end\n      local ch = string.char(tonumber(hex, 16))\n      if ch:match(\"^[A-Za-z0-9%-%._~]$\") then buf[#buf + 1] = ch else buf[#buf + 1] = \"%\" .. hex end\n      i = i + 3\n    else\n      buf[#buf + 1] = c\n      i = i + 1\n    end\n  end\n  local merged = table.concat(buf):gsub(\"/+\", \"/\")\n  local parts, out = {}, {}\n  for seg in (merged:sub(2) .. \"/\"):gmatch(\"([^/]*)/\") do parts[#parts + 1] = seg end\n  for k, seg in ipairs(parts) do\n    if seg == \"..\" then\n      if #out == 0 then return nil end\n      out[#out] = nil\n    elseif seg ~= \".\" then\n      out[#out + 1] = seg\n    end\n    if k == #parts and (seg == \".\" or seg == \"..\") then out[#out + 1] = \"\" end\n  end\n  return \"/\" .. table.concat(out, \"/\")\nend\n\nfunction envoy_on_request(h)\n  local full = h:headers():get(\":path\")\n  if full == nil or full:sub(1, 1) ~= \"/\" then return end\n  local q = full:find(\"?\", 1, true)\n  local path = q and full:sub(1, q - 1) or full\n  local normal = normalize(path)\n  if normal == nil then\n    h:respond({[\":status\"] = \"400\"}, \"\")\n    return\n  end\n  if normal ~= path then\n    h:streamInfo():dynamicMetadata():set(\"ingressc\", \"path\", full)\n    h:headers():replace(\":path\", normal .. (q and full:sub(q) or \"\"))\n  end\nend\n";
export declare const RESTORE_LUA = "-- ingressc: forward the request target as the client sent it\nfunction envoy_on_request(h)\n  local m = h:streamInfo():dynamicMetadata():get(\"ingressc\")\n  if m ~= nil then h:headers():replace(\":path\", m[\"path\"]) end\nend\n";
