import type { FamilyReader } from './reader.js';

/** rate and connection limits (limit-rps, limit-rpm, limit-connections, limit-burst-multiplier, limit-whitelist). */
export interface LimitSettings {}

export const limitsReader: FamilyReader = {
  keys: [],
  read: () => undefined,
};
