import { locationIsPath, routesOf } from '../../ir/types.js';
/**
 * The host a redirect to a path names (nginx's absolute_redirect with ingress-nginx's
 * port_in_redirect off): the Host lowercased, without port or trailing dot. Envoy's formatter
 * cannot cut a header, so a Lua filter keeps it in dynamic metadata for the Location
 * (redirects.ts), only in configurations that have such a redirect.
 */
export const REDIRECT_HOST = '%DYNAMIC_METADATA(ingressc.redirect:host)%';
const SCRIPT = `-- ingressc: the request host as nginx names it in a redirect
function envoy_on_request(h)
  local host = string.lower(h:headers():get(":authority") or "")
  if string.sub(host, 1, 1) == "[" then host = string.match(host, "^(%[[^%]]*%])") or host
  else host = string.gsub(host, ":[0-9]*$", "") end
  host = string.gsub(host, "%.$", "")
  h:streamInfo():dynamicMetadata():set("ingressc.redirect", "host", host)
end
`;
const LUA_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua';
const absolutePath = (f) => f.type === 'RequestRedirect' && locationIsPath(f) && !f.relative;
export const usesRedirectHost = (ir) => ir.vhosts.some((v) => routesOf(v).some((r) => r.filters?.some(absolutePath)));
export const redirectHostFilter = () => ({ name: 'ingressc.redirect', typed_config: { '@type': LUA_TYPE, default_source_code: { inline_string: SCRIPT } } });
