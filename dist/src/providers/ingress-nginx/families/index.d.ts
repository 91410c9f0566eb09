import type { FamilyReader } from './reader.js';
/** Key (without prefix) → the family reader that parses it. */
export declare const READER_BY_KEY: ReadonlyMap<string, FamilyReader>;
