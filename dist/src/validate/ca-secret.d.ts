import type { SourceRef } from '../diagnostics/types.js';
import type { Manifest } from '../parse/parse-yaml.js';
/** A Secret's "ca.crt" (any Secret type), for auth-tls-secret: the CAs that may sign client certificates. */
export interface CaSecretModel {
    namespace: string;
    name: string;
    /** PEM certificates, normalised (LF, one final newline); absent when `problem` says why not. */
    caPem?: string;
    /** An unreadable ca.crt: reported (IC2341) only if an Ingress names the Secret. */
    problem?: {
        detail: string;
        ref: SourceRef;
    };
}
/**
 * Reads `ca.crt` of a v1 Secret (after readSecret checked its schema; a Secret without the key is
 * not a CA Secret and gives nothing). Each certificate is parsed: a proxy would refuse a corrupt CA
 * file only when it starts. A bad one is kept with its problem, which lowering reports where an
 * Ingress uses it (a Secret nobody names must not fail a compile). Never echoes the material.
 */
export declare function readCaSecret(m: Manifest): CaSecretModel | undefined;
