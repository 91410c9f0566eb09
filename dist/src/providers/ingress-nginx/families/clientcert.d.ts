import type { FamilyReader } from './reader.js';
/**
 * Client certificates (auth-tls-*), as ingress-nginx's authtls parser reads them. They are set on
 * an Ingress but act per host (ingress-nginx's server block): lowering decides which Ingress's
 * settings a host gets.
 */
export type VerifyClient = 'on' | 'off' | 'optional' | 'optional_no_ca';
export interface ClientCertSettings {
    /** auth-tls-secret as "namespace/name" (a bare name is in the Ingress's namespace). */
    secret?: {
        namespace: string;
        name: string;
    };
    /** Default "on". */
    verify?: VerifyClient;
    /** Default 1. */
    depth?: number;
    passCertificate?: boolean;
    /** An absolute http(s) URL (ingress-nginx redirects a failed verification there with 302). */
    errorPage?: string;
    /** auth-tls-match-cn: a regex (portable subset) searched in the client's subject DN. */
    matchCN?: string;
}
export declare const clientcertReader: FamilyReader;
