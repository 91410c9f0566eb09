/**
 * block-user-agents / block-referers (configmap.md): comma-separated entries, each written by
 * nginx.tmpl as a key of `map $http_user_agent $block_ua` (resp. $http_referer) after trimming:
 *   `~*re` a regex searched case-insensitively, `~re` case-sensitively, anything else the whole
 *   value, compared case-insensitively (nginx lowercases map string keys and the looked-up value).
 * An empty header is never blocked (nginx tries no regex on an empty value). ingressc accepts what
 * makes a valid map key and means the same on every target: regexes of the portable subset that
 * do not match an empty value, strings without spaces, quotes, `;{}#$%\`, and not one of the map
 * block's own words (default, hostnames, include, volatile), which nginx would read as directives.
 */
export type BlockPattern = {
    exact: string;
} | {
    regex: string;
    caseInsensitive: boolean;
};
export declare function parseBlockList(value: string): {
    value: BlockPattern[];
} | {
    expected: string;
};
