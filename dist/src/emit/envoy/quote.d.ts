/**
 * The one way text derived from the manifests enters an Envoy regex. Validation already limits
 * hosts to DNS-1123 grammar; this is the second wall: anything outside printable ASCII is refused
 * and every RE2 metacharacter is escaped (the set Go's regexp.QuoteMeta escapes, which RE2 shares).
 */
export declare function re2Escape(s: string): string;
/**
 * `:authority` regex for an Ingress wildcard `*.<suffix>`: exactly one label before the suffix
 * (Envoy's own `*.suffix` domain matches any depth). Case-insensitive like DNS, and tolerant of a
 * `:port` because ignore_port_in_host_matching leaves the header untouched. Envoy applies header
 * regexes as full matches; the anchors only make that visible.
 */
export declare function wildcardAuthorityRegex(suffix: string): string;
/**
 * A header name (an HTTP token), lowercased as Envoy keeps them, for header maps and %REQ()%
 * operators. `underscore`: names a ConfigMap of headers may hold (customheaders.go's [a-zA-Z0-9_-]+).
 */
export declare function envoyHeaderName(name: string, opts?: {
    underscore?: boolean;
}): string;
