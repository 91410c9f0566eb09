import type { FamilyReader } from './reader.js';

/** basic and external authentication, client certificates, satisfy. */
export interface AuthSettings {}

export const authReader: FamilyReader = {
  keys: [],
  read: () => undefined,
};
