import type { FamilyReader } from './reader.js';

/** client certificates (auth-tls-*). */
export interface ClientCertSettings {}

export const clientcertReader: FamilyReader = {
  keys: [],
  read: () => undefined,
};
