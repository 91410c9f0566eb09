import type { FamilyReader } from './reader.js';
/** CORS and session affinity. */
export interface TrafficSettings {
}
export declare const trafficReader: FamilyReader;
