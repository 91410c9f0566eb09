import type { FamilyReader } from './reader.js';
/** permanent/temporal redirects, app-root, from-to-www, ssl/force-ssl redirects, preserve-trailing-slash, server-alias. */
export interface RedirectSettings {
}
export declare const redirectsReader: FamilyReader;
