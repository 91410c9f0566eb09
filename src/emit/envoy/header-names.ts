import type { RouteTable } from '../../ir/types.js';
import type { TypedExtension } from './types.js';

const LUA_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua';

/**
 * RouteTable.dropRequestHeaders, before anything reads a header. Names with "_": the codec drops
 * them as it parses (headers_with_underscores_action), before the connection manager's own
 * reads. Other names nginx refuses (a token character such as "." or "~"; Envoy answers 400 to the
 * rest): the first HTTP filter removes them, which clears the route cache, so the route is chosen
 * without them.
 */
export function headerNameHcm(ir: Pick<RouteTable, 'dropRequestHeaders'>): { common_http_protocol_options?: { headers_with_underscores_action: 'DROP_HEADER' } } {
  return ir.dropRequestHeaders?.underscore ? { common_http_protocol_options: { headers_with_underscores_action: 'DROP_HEADER' } } : {};
}

/** The first HTTP filter's code (exported for the fuzz oracle, which reads it back). */
export const HEADER_NAMES_LUA = `-- ingressc: request headers whose names nginx refuses (ignore-invalid-headers)
function envoy_on_request(h)
  local drop = {}
  for name, _ in pairs(h:headers()) do
    if name:sub(1, 1) ~= ":" and name:find("[^A-Za-z0-9_%-]") then drop[#drop + 1] = name end
  end
  for _, name in ipairs(drop) do h:headers():remove(name) end
end
`;

export function headerNameFilters(ir: Pick<RouteTable, 'dropRequestHeaders'>): TypedExtension[] {
  return ir.dropRequestHeaders ? [{ name: 'ingressc.header-names', typed_config: { '@type': LUA_TYPE, default_source_code: { inline_string: HEADER_NAMES_LUA } } }] : [];
}
