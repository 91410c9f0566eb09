import type { RouteTable } from '../../ir/types.js';
/**
 * RouteTable.dropRequestHeaders, before anything reads a header. Names with "_": the codec drops
 * them as it parses (headers_with_underscores_action), before the connection manager's own reads.
 * The other names nginx refuses (a token character such as "." or "~"; Envoy answers 400 to the
 * rest): the first HTTP filter removes them (normalize-lua.ts), which clears the route cache, so
 * the route is chosen without them.
 */
export declare function headerNameCommon(ir: Pick<RouteTable, 'dropRequestHeaders'>): {
    headers_with_underscores_action?: 'DROP_HEADER';
};
