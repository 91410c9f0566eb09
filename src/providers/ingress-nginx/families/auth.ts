import type { FamilyReader } from './reader.js';

/** basic and external authentication, satisfy. */
export interface AuthSettings {}

export const authReader: FamilyReader = {
  keys: [],
  read: () => undefined,
};
