import { escapeRegexMeta, wildcardSuffix } from '../regex.js';
/**
 * The one way text derived from the manifests enters an Envoy regex. Validation already limits
 * hosts to DNS-1123 grammar; this is the second wall: anything outside printable ASCII is refused
 * and every RE2 metacharacter is escaped (the set Go's regexp.QuoteMeta escapes, which RE2 shares).
 */
export function re2Escape(s) {
    if (!/^[\x20-\x7e]*$/.test(s))
        throw new Error(`envoy: refusing to put a non-printable or non-ASCII character into a regex: ${JSON.stringify(s)}`);
    return escapeRegexMeta(s);
}
/**
 * `:authority` regex for an Ingress wildcard `*.<suffix>`: exactly one label before the suffix
 * (Envoy's own `*.suffix` domain matches any depth). Case-insensitive like DNS, and tolerant of a
 * `:port` because ignore_port_in_host_matching leaves the header untouched. Envoy applies header
 * regexes as full matches; the anchors only make that visible.
 */
export function wildcardAuthorityRegex(suffix) {
    return `(?i)^[^.:]+\\.${re2Escape(wildcardSuffix('envoy', suffix))}\\.?(:[0-9]+)?$`;
}
/**
 * A header name (an HTTP token), lowercased as Envoy keeps them, for header maps and %REQ()%
 * operators. `underscore`: names a ConfigMap of headers may hold (customheaders.go's [a-zA-Z0-9_-]+).
 */
export function envoyHeaderName(name, opts = {}) {
    if (!(opts.underscore ? /^[A-Za-z0-9_-]+$/ : /^[A-Za-z0-9-]+$/).test(name))
        throw new Error(`envoy: refusing header name ${JSON.stringify(name)}`);
    return name.toLowerCase();
}
