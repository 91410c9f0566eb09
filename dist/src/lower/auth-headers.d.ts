import type { Diagnostics } from '../diagnostics/collector.js';
import type { SourceRef } from '../diagnostics/types.js';
import type { AuthRequestHeader, AuthValuePart } from '../ir/types.js';
import type { IngressModel, Inventory } from '../validate/model.js';
export type ParsedValue = {
    parts: AuthValuePart[];
} | {
    expected: string;
};
/** One value, by the grammar above (at most 1024 characters, not empty). */
export declare function parseAuthHeaderValue(value: string): ParsedValue;
/**
 * The auth request headers of an Ingress's auth-proxy-set-headers, sorted by name; undefined after
 * a located error: the ConfigMap is not in the inputs (IC3220, at the annotation; ingress-nginx
 * answers 503 on the Ingress's paths), or an entry has a name or value ingressc refuses (IC3221,
 * at the entry).
 */
export declare function authRequestHeaders(ing: IngressModel, ref: {
    namespace: string;
    name: string;
}, inv: Inventory, at: SourceRef, diags: Diagnostics): AuthRequestHeader[] | undefined;
