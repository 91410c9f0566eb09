import type { Manifest } from '../parse/parse-yaml.js';
import type { BackendSecretModel } from './model.js';
/** Is `pem` one or more readable PEM certificates (a CA bundle)? Returns why not. */
export declare function checkCaBundle(pem: string): string | undefined;
/**
 * A Secret as proxy-ssl-secret reads it: any type (ingress-nginx accepts Opaque and
 * kubernetes.io/tls alike), ca.crt and/or tls.crt + tls.key. Nothing is reported here: a Secret
 * no annotation names may hold anything; lowering reports `problems` at the annotation naming it.
 * Undefined: not such a Secret (neither key, or a name the API server refuses).
 */
export declare function readBackendSecret(m: Manifest): BackendSecretModel | undefined;
