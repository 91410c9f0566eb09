import type { FamilyReader } from './reader.js';
/** default-backend (annotation), custom-http-errors, disable-proxy-intercept-errors. */
export interface ErrorSettings {
}
export declare const errorsReader: FamilyReader;
