import type { Diagnostics } from '../diagnostics/collector.js';
import type { SourceRef } from '../diagnostics/types.js';
export interface AnnotationSettings {
    sslRedirect: boolean;
}
/**
 * Annotations are user text that other tools pasted verbatim into nginx.conf. ingressc reads only
 * a closed set, refuses snippets, and says which known-prefix keys it ignores.
 */
export declare function checkAnnotations(annotations: Record<string, string>, at: (key: string) => SourceRef, diags: Diagnostics, opts: {
    allowSnippets: boolean;
}): AnnotationSettings;
