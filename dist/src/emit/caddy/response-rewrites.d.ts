import type { ResponseRewrites } from '../../ir/types.js';
type Replace = Record<string, {
    search_regexp: string;
    replace: string;
}[]>;
/**
 * ResponseRewrites as reverse_proxy response header replacements (Go regexp, ReplaceAllString on
 * each value of the header): nginx's proxy_redirect on Location and on the url= of Refresh (a
 * rewritten Location starting with "/" gets the request's scheme and host, no port, as
 * ingress-nginx's port_in_redirect off), proxy_cookie_domain (case-insensitive, a leading dot
 * kept) and proxy_cookie_path (a prefix of the path attribute). The texts passed the reader's
 * grammar (no "$", "{", "}" or "\"): caddyLiteral refuses placeholders, escapeRegexMeta the rest.
 */
export declare function responseReplace(rw: ResponseRewrites | undefined): {
    replace?: Replace;
};
export {};
