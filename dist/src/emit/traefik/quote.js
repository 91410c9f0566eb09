import { escapeRegexMeta, wildcardSuffix } from '../regex.js';
/**
 * The one way text enters a Traefik rule: a Go interpreted string literal ("..."), which is what
 * Traefik v3 parses rule values as (vulcand/predicate → go/parser, then strconv.Unquote).
 * Backtick (raw) strings are never used: a backtick inside one ends it and lets the rest of the
 * value inject matchers (Traefik fixed its own Ingress provider for this in 2026). Inside "..."
 * only `\` and `"` are special. Control characters are refused rather than escaped: no valid
 * Ingress value has one, so seeing one means validation was bypassed (this is the second wall).
 */
export function goQuote(s) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f-\u009f]/.test(s))
        throw new Error(`traefik: refusing to quote a value with a control character: ${JSON.stringify(s)}`);
    // A lone UTF-16 surrogate has no UTF-8 encoding: the YAML file could not carry it faithfully.
    if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s))
        throw new Error(`traefik: refusing to quote a value with an unpaired surrogate: ${JSON.stringify(s)}`);
    return `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
/**
 * HostRegexp value for an Ingress wildcard `*.<suffix>`: exactly one label, anchored (Traefik's
 * *Regexp matchers are unanchored). Traefik v3 matches HostRegexp against the canonical host
 * (lowercased, port removed), so no `(?i)` or port group is needed; the optional trailing dot
 * mirrors Host(), which also accepts "name." for "name".
 */
export function wildcardHostRegexp(suffix) {
    return `^[^.]+\\.${escapeRegexMeta(wildcardSuffix('traefik', suffix))}\\.?$`;
}
/** A normalised CIDR from the IR, checked again before it enters a sourceRange (the YAML writer quotes it). */
export function traefikCidr(s) {
    if (!/^[0-9a-f.:]+\/[0-9]{1,3}$/.test(s))
        throw new Error(`traefik: refusing source range ${JSON.stringify(s)}: not a normalised CIDR`);
    return s;
}
/**
 * Literal text in a Go regexp replacement (redirectRegex, replacePathRegex): Regexp.Expand reads
 * "$" as the start of a group reference, "$$" as a "$". Control characters are refused.
 */
export function goReplacementLiteral(s) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f-\u009f]/.test(s))
        throw new Error(`traefik: refusing a replacement with a control character: ${JSON.stringify(s)}`);
    return s.replace(/\$/g, '$$$$');
}
