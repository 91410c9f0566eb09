/**
 * The one way text enters a Traefik rule: a Go interpreted string literal ("..."), which is what
 * Traefik v3 parses rule values as (vulcand/predicate → go/parser, then strconv.Unquote).
 * Backtick (raw) strings are never used: a backtick inside one ends it and lets the rest of the
 * value inject matchers (Traefik fixed its own Ingress provider for this in 2026). Inside "..."
 * only `\` and `"` are special. Control characters are refused rather than escaped: no valid
 * Ingress value has one, so seeing one means validation was bypassed (this is the second wall).
 */
export declare function goQuote(s: string): string;
/**
 * HostRegexp value for an Ingress wildcard `*.<suffix>`: exactly one label, anchored (Traefik's
 * *Regexp matchers are unanchored). Traefik v3 matches HostRegexp against the canonical host
 * (lowercased, port removed), so no `(?i)` or port group is needed; the optional trailing dot
 * mirrors Host(), which also accepts "name." for "name".
 */
export declare function wildcardHostRegexp(suffix: string): string;
/** A normalised CIDR from the IR, checked again before it enters a sourceRange (the YAML writer quotes it). */
export declare function traefikCidr(s: string): string;
/**
 * Literal text in a Go regexp replacement (redirectRegex, replacePathRegex): Regexp.Expand reads
 * "$" as the start of a group reference, "$$" as a "$". Control characters are refused.
 */
export declare function goReplacementLiteral(s: string): string;
