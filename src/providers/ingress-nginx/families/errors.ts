import type { FamilyReader } from './reader.js';

/** default-backend (annotation), custom-http-errors, disable-proxy-intercept-errors. */
export interface ErrorSettings {}

export const errorsReader: FamilyReader = {
  keys: [],
  read: () => undefined,
};
