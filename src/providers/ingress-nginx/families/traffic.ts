import type { FamilyReader } from './reader.js';

/** CORS and session affinity. */
export interface TrafficSettings {}

export const trafficReader: FamilyReader = {
  keys: [],
  read: () => undefined,
};
