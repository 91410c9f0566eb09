/**
 * The one way user-derived text enters haproxy.cfg, map files and the crt-list. All three are
 * split on whitespace, treat `#` as a comment, and haproxy.cfg also interprets quotes, `\`
 * escapes, `$` environment variables and (in log-format arguments) `%` tags. Rather than escape
 * those, only characters that need no quoting anywhere are accepted: validation already
 * restricts hosts to DNS names and paths to ^/[A-Za-z0-9._~\-/]*$, so anything else reaching an
 * emitter is a bug, and refusing it beats emitting a config that means something else.
 */
export declare class HaproxyQuoteError extends Error {
}
/**
 * A map (or ACL pattern) file key. The first whitespace-delimited word is the key and a line
 * starting with `#` is a comment; `#` is outside the accepted set, so neither can happen.
 */
export declare function mapKey(s: string): string;
/** HAProxy object names (backends, servers, resolvers): letters, digits, "_", "-", ".", ":". */
export declare function cfgName(s: string): string;
/** A map value: always a backend name, so the same rules. */
export declare const mapValue: typeof cfgName;
/**
 * One haproxy.cfg or crt-list argument (file paths, addresses, SNI filters). Refused: spaces,
 * `#`, quotes, `\`, `$`, `%` (log-format tag), `{}` (ACL braces), `,()` (converter syntax)
 * and control characters; "[...]" stays allowed for IPv6 addresses.
 */
export declare function cfgWord(s: string): string;
/**
 * An OpenSSL cipher string (src/ir/ciphers.ts grammar) as one haproxy.cfg or crt-list argument:
 * none of its characters is special to either (no space, "#", quote, "\\", "$" or "%").
 */
export declare function cipherList(s: string): string;
/** `host:port` for a bind or server line; IPv6 literals get brackets. */
export declare function address(host: string, port: number): string;
/**
 * A regex or a replace-path format as one haproxy.cfg argument, in single quotes (nothing inside
 * is interpreted: no `\` escapes, `$` variables or `#` comments). The text comes from
 * src/ir/regex.ts or a checked rewrite target, so a quote, a space, `%` (a log-format tag in
 * formats) or a control character here is a bug: refused.
 */
export declare function quotedArg(s: string): string;
/**
 * Text with spaces (a response header value) as one single-quoted argument. As quotedArg: no
 * quote and no "%" (a log-format tag in the formats where header values go); the value comes from
 * a provider grammar, so anything else is a bug: refused.
 */
export declare function quotedText(s: string): string;
/**
 * Literal text (a header value of printable ASCII) as one log-format argument: "%" doubled (a
 * log-format tag otherwise), inside single quotes where nothing is interpreted; a single quote
 * closes them, is written escaped (\') and they reopen: HAProxy joins the pieces into one word.
 */
export declare function logFormatLiteral(s: string): string;
/**
 * A header name (an HTTP token), lower-cased as HAProxy's Lua sees request headers. `underscore`:
 * names a ConfigMap of headers may hold (customheaders.go's [a-zA-Z0-9_-]+).
 */
export declare function haproxyHeaderName(name: string, opts?: {
    underscore?: boolean;
}): string;
