import type { TargetName } from '../diagnostics/types.js';
/**
 * Escapes every regex metacharacter. The set is the same for PCRE (nginx) and RE2 (Envoy, and
 * Go's regexp in Traefik): what Go's regexp.QuoteMeta escapes.
 */
export declare function escapeRegexMeta(s: string): string;
/**
 * The suffix of an IR wildcard host (`*.<suffix>`), checked once more before it becomes part of a
 * regex: validation already guarantees a DNS-1123 subdomain, anything else is a bug upstream.
 */
export declare function wildcardSuffix(target: TargetName, suffix: string): string;
