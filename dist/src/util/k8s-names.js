/**
 * Kubernetes name grammars (apimachinery validation.go), all anchored. Pure predicates so the
 * tables in test/unit can exercise them directly.
 */
const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_LABEL}(\\.${DNS1123_LABEL})*$`);
const DNS1123_LABEL_RE = new RegExp(`^${DNS1123_LABEL}$`);
const DNS1035_LABEL_RE = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const IANA_SVC_NAME_RE = /^[-a-z0-9]+$/;
export function isDns1123Subdomain(s) {
    return s.length <= 253 && DNS1123_SUBDOMAIN_RE.test(s);
}
export function isDns1123Label(s) {
    return s.length <= 63 && DNS1123_LABEL_RE.test(s);
}
export function isDns1035Label(s) {
    return s.length <= 63 && DNS1035_LABEL_RE.test(s);
}
/** "*.foo.com": a whole first label "*" followed by a DNS-1123 subdomain. */
export function isWildcardDns1123Subdomain(s) {
    return s.length <= 253 && s.startsWith('*.') && DNS1123_SUBDOMAIN_RE.test(s.slice(2));
}
/** IANA_SVC_NAME: ≤15 chars, [-a-z0-9], at least one letter, no "--", no leading/trailing "-". */
export function isIanaSvcName(s) {
    return (s.length >= 1 &&
        s.length <= 15 &&
        IANA_SVC_NAME_RE.test(s) &&
        /[a-z]/.test(s) &&
        !s.includes('--') &&
        !s.startsWith('-') &&
        !s.endsWith('-'));
}
export function isValidPortNumber(n) {
    return Number.isInteger(n) && n >= 1 && n <= 65535;
}
/**
 * Mirrors Go's netutils.ParseIPSloppy as the API server uses it to refuse IP hosts: dotted quads
 * (leading zeros allowed) and anything IPv6-shaped. A DNS-1123 name can only collide with the first.
 */
export function looksLikeIp(s) {
    if (/^[0-9]{1,3}(\.[0-9]{1,3}){3}$/.test(s))
        return s.split('.').every((o) => Number(o) <= 255);
    return s.includes(':') && /^[0-9a-fA-F:.]+$/.test(s);
}
/** Characters that must never reach a config file, whatever the field (CVE-2021-25748). */
export function hasControlChars(s) {
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u001f\u007f\u2028\u2029]/.test(s);
}
/** ingress-nginx's strict-validate-path-type grammar (plus "~"), required for every path we lower. */
export const STRICT_PATH_RE = /^\/[A-Za-z0-9._~\-/]*$/;
/** Longest path ingressc accepts: nginx refuses arguments over ~4 KB, HAProxy map lines too. */
export const MAX_PATH_LENGTH = 2048;
export const INVALID_PATH_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
export const INVALID_PATH_SUFFIXES = ['/..', '/.'];
