import type { FamilyReader } from './reader.js';

/** backend-protocol, proxy-ssl-*, service-upstream. */
export interface BackendSettings {}

export const backendsReader: FamilyReader = {
  keys: [],
  read: () => undefined,
};
