import type { AuthValuePart } from '../../ir/types.js';
/**
 * The one way user-derived text enters nginx.conf: a double-quoted string with `\` and `"`
 * escaped. Validation already restricts every value to safe grammars; this is the second wall.
 * Control characters are refused outright (a newline would end the directive, CVE-2021-25748),
 * and so is `$`, which nginx expands as a variable in `set`/`return`/`proxy_pass`; only a regex
 * built by the emitter itself (a `server_name` anchor) may pass `allowDollar`.
 */
export declare function nginxQuote(s: string, opts?: {
    allowDollar?: boolean;
}): string;
/** Regex `server_name` for an Ingress wildcard: exactly one label before the suffix (nginx's own `*.` matches any depth). */
export declare function wildcardServerName(suffix: string): string;
/**
 * nginx's own wildcard `server_name` (a hash lookup, any depth): only correct together with the
 * one-label check of wildcard-depth.ts.
 */
export declare function wildcardHashServerName(suffix: string): string;
/**
 * A rewrite replacement: the IR's "/..." with `{N}` capture references becomes nginx's `$N`
 * (nginx reads one digit after "$", so "$12" is capture 1 then "2", as the IR means). Only path
 * characters may appear, so no other variable and nothing nginx would read as a redirect.
 */
export declare function nginxRewriteTarget(replacement: string): string;
/**
 * A header name (an HTTP token). `underscore`: names a ConfigMap of headers may hold
 * (customheaders.go's [a-zA-Z0-9_-]+), written as nginx directive arguments, not read as $http_.
 */
export declare function nginxHeaderName(name: string, opts?: {
    underscore?: boolean;
}): string;
/**
 * An auth request header's value (auth-proxy-set-headers) as one quoted string: the literal text
 * (no "$" or braces: the grammar's), each variable as "${name}" (so text after it cannot extend its
 * name), a client header as "${http_<name with _ for ->}".
 */
export declare function nginxAuthValue(parts: readonly AuthValuePart[]): string;
