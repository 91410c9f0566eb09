/**
 * The one way user-derived text enters haproxy.cfg, map files and the crt-list. All three are
 * split on whitespace, treat `#` as a comment, and haproxy.cfg also interprets quotes, `\`
 * escapes, `$` environment variables and (in log-format arguments) `%` tags. Rather than escape
 * those, only characters that need no quoting anywhere are accepted: validation already
 * restricts hosts to DNS names and paths to ^/[A-Za-z0-9._~\-/]*$, so anything else reaching an
 * emitter is a bug, and refusing it beats emitting a config that means something else.
 */
export class HaproxyQuoteError extends Error {
}
const refuse = (what, s, why) => {
    throw new HaproxyQuoteError(`haproxy: refusing ${what} ${JSON.stringify(s)}: ${why}`);
};
const describe = (s, allowed) => {
    const bad = [...s].find((c) => !allowed.test(c)) ?? '';
    const code = bad.codePointAt(0) ?? 0;
    return code < 0x20 || code === 0x7f ? `control character U+${code.toString(16).padStart(4, '0')}` : `character ${JSON.stringify(bad)}`;
};
function checked(what, s, allowed, max) {
    if (s.length === 0)
        return refuse(what, s, 'empty');
    if (s.length > max)
        return refuse(what, s, `longer than ${max} characters`);
    for (const c of s)
        if (!allowed.test(c))
            return refuse(what, s, describe(s, allowed));
    return s;
}
/** Host names, "*." wildcards, the "*" host-less vhost, and paths: the only map-key characters. */
const KEY_CHAR = /^[A-Za-z0-9._~\-/*]$/;
/**
 * A map (or ACL pattern) file key. The first whitespace-delimited word is the key and a line
 * starting with `#` is a comment; `#` is outside the accepted set, so neither can happen.
 */
export function mapKey(s) {
    return checked('map key', s, KEY_CHAR, 4096);
}
/** HAProxy object names (backends, servers, resolvers): letters, digits, "_", "-", ".", ":". */
export function cfgName(s) {
    return checked('name', s, /^[A-Za-z0-9_.:-]$/, 256);
}
/** A map value: always a backend name, so the same rules. */
export const mapValue = cfgName;
/**
 * One haproxy.cfg or crt-list argument (file paths, addresses, SNI filters). Refused: spaces,
 * `#`, quotes, `\`, `$`, `%` (log-format tag), `{}` (ACL braces), `,()` (converter syntax)
 * and control characters; "[...]" stays allowed for IPv6 addresses.
 */
export function cfgWord(s) {
    return checked('config argument', s, /^[A-Za-z0-9._~\-/:@*[\]]$/, 4096);
}
/**
 * An OpenSSL cipher string (src/ir/ciphers.ts grammar) as one haproxy.cfg or crt-list argument:
 * none of its characters is special to either (no space, "#", quote, "\\", "$" or "%").
 */
export function cipherList(s) {
    return checked('cipher list', s, /^[A-Za-z0-9!:+_@=-]$/, 1024);
}
/** `host:port` for a bind or server line; IPv6 literals get brackets. */
export function address(host, port) {
    if (!Number.isInteger(port) || port < 1 || port > 65535)
        return refuse('port', String(port), 'not in 1..65535');
    const h = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
    return cfgWord(`${h}:${port}`);
}
/**
 * A regex or a replace-path format as one haproxy.cfg argument, in single quotes (nothing inside
 * is interpreted: no `\` escapes, `$` variables or `#` comments). The text comes from
 * src/ir/regex.ts or a checked rewrite target, so a quote, a space, `%` (a log-format tag in
 * formats) or a control character here is a bug: refused.
 */
export function quotedArg(s) {
    return `'${checked('quoted argument', s, /^[!-~]$/, 4096).includes("'") || s.includes('%') ? refuse('quoted argument', s, 'contains a quote or "%"') : s}'`;
}
/**
 * Text with spaces (a response header value) as one single-quoted argument. As quotedArg: no
 * quote and no "%" (a log-format tag in the formats where header values go); the value comes from
 * a provider grammar, so anything else is a bug: refused.
 */
export function quotedText(s) {
    return `'${checked('quoted text', s, /^[ -~]$/, 4096).includes("'") || s.includes('%') ? refuse('quoted text', s, 'contains a quote or "%"') : s}'`;
}
/**
 * Literal text (a header value of printable ASCII) as one log-format argument: "%" doubled (a
 * log-format tag otherwise), inside single quotes where nothing is interpreted; a single quote
 * closes them, is written escaped (\') and they reopen: HAProxy joins the pieces into one word.
 */
export function logFormatLiteral(s) {
    checked('header value', s, /^[ -~]$/, 4096);
    return `'${s.replace(/%/g, '%%').replace(/'/g, "'\\''")}'`;
}
/**
 * A header name (an HTTP token), lower-cased as HAProxy's Lua sees request headers. `underscore`:
 * names a ConfigMap of headers may hold (customheaders.go's [a-zA-Z0-9_-]+).
 */
export function haproxyHeaderName(name, opts = {}) {
    return checked('header name', name, opts.underscore ? /^[A-Za-z0-9_-]$/ : /^[A-Za-z0-9-]$/, 128).toLowerCase();
}
