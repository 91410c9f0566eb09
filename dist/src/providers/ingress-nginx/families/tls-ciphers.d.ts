import type { FamilyReader } from './reader.js';
/**
 * ssl-ciphers and ssl-prefer-server-ciphers (ingress-nginx v1.15.1 annotations/sslcipher): set on
 * an Ingress, applied to the server block of each of its hosts; lowering (src/lower/tls-ciphers.ts)
 * decides which Ingress a host takes each from.
 */
export interface TlsCipherSettings {
    /** An OpenSSL cipher string (src/ir/ciphers.ts grammar). */
    ciphers?: string;
    /** ssl_prefer_server_ciphers on (true) or off. */
    preferServer?: boolean;
}
export declare const tlsCiphersReader: FamilyReader;
