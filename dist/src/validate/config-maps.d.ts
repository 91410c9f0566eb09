import type { SourceRef } from '../diagnostics/types.js';
import type { Manifest } from '../parse/parse-yaml.js';
/**
 * A v1 ConfigMap of the inputs that an annotation or the controller ConfigMap may name
 * (custom-headers, auth-proxy-set-headers, add-headers, proxy-set-headers): its string data, each entry located at its
 * key. Entries whose value is not a string are left out with `bad` naming them (the API server
 * refuses them; lowering reports them where the ConfigMap is used).
 */
export interface ConfigMapModel {
    /** "namespace/name". */
    id: string;
    ref: SourceRef;
    data: {
        key: string;
        value: string;
        ref: SourceRef;
    }[];
    bad: {
        key: string;
        ref: SourceRef;
    }[];
}
export declare function readConfigMap(m: Manifest): ConfigMapModel | undefined;
/**
 * "namespace/name" of the ConfigMaps an Ingress uses for headers (its custom-headers and
 * auth-proxy-set-headers values, as written), into `out`; nothing for other kinds. With the
 * controller ConfigMap's add-headers / proxy-set-headers, those are read, not ignored (no IC1004).
 */
export declare function addHeaderConfigMapRefs(m: Manifest, out: Set<string>): void;
