import type { FamilyReader } from './reader.js';
/** rate limits, CORS, session affinity. */
export interface TrafficSettings {
}
export declare const trafficReader: FamilyReader;
