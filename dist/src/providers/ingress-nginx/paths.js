export const PATH_VALUE_KEYS = new Set(['rewrite-target', 'x-forwarded-prefix']);
/** What ingressc accepts as a rewrite target: no query, no nginx variables other than captures. */
export const REWRITE_TARGET_RE = /^\/(?:[A-Za-z0-9._~\-/]|\$[1-9])*$/;
export const FORWARDED_PREFIX_RE = /^\/[A-Za-z0-9._~\-/]*$/;
/** Stores a value in `into`; returns what is wrong with it, if anything. */
export function readPathAnnotation(name, value, into) {
    if (name === 'rewrite-target') {
        if (!REWRITE_TARGET_RE.test(value))
            return `expected a path starting with "/" made of letters, digits, ".", "_", "~", "-", "/" and capture references $1..$9 (no query, no other nginx variables), found ${JSON.stringify(value)}`;
        into.rewriteTarget = value;
    }
    else if (name === 'x-forwarded-prefix') {
        // ingress-nginx sends no header for an empty value.
        if (value === '')
            return undefined;
        if (!FORWARDED_PREFIX_RE.test(value))
            return `expected a path starting with "/" made of letters, digits, ".", "_", "~", "-" and "/", found ${JSON.stringify(value)}`;
        into.xForwardedPrefix = value;
    }
    return undefined;
}
