/** The NORMALIZE filter's code; `dropNames`: RouteTable.dropRequestHeaders is set. */
export declare function normalizeLua(dropNames: boolean): string;
export declare const NORMALIZE_LUA: string;
export declare const RESTORE_LUA = "-- ingressc: forward the request target as the client sent it\nfunction envoy_on_request(h)\n  local m = h:streamInfo():dynamicMetadata():get(\"ingressc\")\n  if m ~= nil then h:headers():replace(\":path\", m[\"path\"]) end\nend\n";
