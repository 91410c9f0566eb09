/**
 * The path-matching and rewriting annotations (use-regex, rewrite-target, x-forwarded-prefix),
 * parsed into typed settings through anchored grammars. Lowering decides what they mean.
 */
export interface PathAnnotations {
    /** use-regex (default false). */
    useRegex: boolean;
    /** rewrite-target: "/" then path characters and $1..$9 capture references. */
    rewriteTarget?: string;
    /** x-forwarded-prefix: a path (ingress-nginx sends it only together with a rewrite). */
    xForwardedPrefix?: string;
}
export declare const PATH_VALUE_KEYS: ReadonlySet<string>;
/** What ingressc accepts as a rewrite target: no query, no nginx variables other than captures. */
export declare const REWRITE_TARGET_RE: RegExp;
export declare const FORWARDED_PREFIX_RE: RegExp;
/** Stores a value in `into`; returns what is wrong with it, if anything. */
export declare function readPathAnnotation(name: string, value: string, into: PathAnnotations): string | undefined;
