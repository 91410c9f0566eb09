import type { FamilyReader } from './reader.js';

/** rate limits, CORS, session affinity. */
export interface TrafficSettings {}

export const trafficReader: FamilyReader = {
  keys: [],
  read: () => undefined,
};
