import { isDns1123Subdomain } from '../util/k8s-names.js';
/**
 * Escapes every regex metacharacter. The set is the same for PCRE (nginx) and RE2 (Envoy, and
 * Go's regexp in Traefik): what Go's regexp.QuoteMeta escapes.
 */
export function escapeRegexMeta(s) {
    return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}
/**
 * The suffix of an IR wildcard host (`*.<suffix>`), checked once more before it becomes part of a
 * regex: validation already guarantees a DNS-1123 subdomain, anything else is a bug upstream.
 */
export function wildcardSuffix(target, suffix) {
    if (!isDns1123Subdomain(suffix))
        throw new Error(`${target}: invalid wildcard suffix ${JSON.stringify(suffix)}`);
    return suffix;
}
