import type { FamilyReader } from './reader.js';
/** client certificates (auth-tls-*). */
export interface ClientCertSettings {
}
export declare const clientcertReader: FamilyReader;
