/**
 * Every key of ingress-nginx v1.15.1's controller ConfigMap (docs user-guide/nginx-configuration/
 * configmap.md: its table, plus the two keys only its sections document), with the value grammar
 * ingressc checks and, for keys that are the global default of a per-Ingress annotation, that
 * annotation. `kind` decides what happens when a target does not honour a key set to something
 * other than its default (lower/controller-config.ts), as for annotations (keys.ts):
 *   access  - restricts who may reach routes: enforced, or compile fails (fail closed);
 *   routing - changes where or how a request is routed or answered: honoured, or compile fails;
 *   tuning  - proxy or controller tuning with no effect on routing or access: a warning;
 *   snippet - raw nginx text: refused unless --allow-snippets (and never emitted).
 * `ingressc annotations` lists them (matrix.ts); keep the list sorted by key.
 */
import type { AnnotationKind } from '../keys.js';
/** The value grammar (read.ts). */
export type ConfigValueType = 'bool' | 'int' | 'digits' | 'float' | 'seconds' | 'offset' | 'size' | 'cidrs' | 'redirect-code' | 'refusal-status' | 'status-codes' | 'ssl-ciphers' | 'ssl-protocols' | 'risk-level' | 'block-list' | 'header-names' | 'tuning' | 'load-balance' | 'header-name' | 'configmap-ref' | 'allowed-headers' | 'global-auth' | 'locations' | 'gzip-level' | 'brotli-level' | 'byte-count' | 'mime-types' | 'ua-regex' | 'count' | 'header-buffers' | 'response-rewrite' | 'string';
export interface ConfigKey {
    key: string;
    family: string;
    kind: AnnotationKind;
    type: ConfigValueType;
    /** ingress-nginx's default as written in configmap.md; a key set to it changes nothing. */
    default?: string;
    /** The annotation (without prefix) this key is the global default of: honoured where that annotation is. */
    annotation?: string;
}
export declare const CONFIGMAP_KEYS: readonly ConfigKey[];
export declare const CONFIG_KEY_BY_NAME: ReadonlyMap<string, ConfigKey>;
/**
 * Keys that are ingress-nginx annotations, not ConfigMap keys: written into the ConfigMap they are
 * ignored by the controller (a common migration mistake), so the warning says where they belong.
 */
export declare const ANNOTATION_ONLY: Set<string>;
