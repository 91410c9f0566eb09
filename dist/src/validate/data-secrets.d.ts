import type { Manifest } from '../parse/parse-yaml.js';
import type { SourceRef } from '../diagnostics/types.js';
/**
 * A Secret read for its data keys (basic-auth htpasswd files and maps): any type but
 * kubernetes.io/tls. Values are decoded text; a value that is not valid base64 (or not UTF-8) is
 * absent from `data` and listed in `undecodable`. The values are never echoed in a diagnostic.
 */
export interface DataSecretModel {
    namespace: string;
    name: string;
    /** Key → decoded text (stringData wins over data, as the API server merges them). */
    data: Record<string, string>;
    undecodable: string[];
    ref: SourceRef;
    /** Where a key is written (data or stringData). */
    keyRef(key: string): SourceRef;
}
export declare function readDataSecret(m: Manifest): DataSecretModel | undefined;
