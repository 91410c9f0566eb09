import type { FamilyReader } from './reader.js';
/** basic and external authentication, satisfy. */
export interface AuthSettings {
}
export declare const authReader: FamilyReader;
