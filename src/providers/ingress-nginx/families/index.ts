import type { FamilyReader } from './reader.js';
import { authReader } from './auth.js';
import { backendsReader } from './backends.js';
import { canaryReader } from './canary.js';
import { clientcertReader } from './clientcert.js';
import { limitsReader } from './limits.js';
import { redirectsReader } from './redirects.js';
import { trafficReader } from './traffic.js';

const READERS: readonly FamilyReader[] = [redirectsReader, backendsReader, canaryReader, authReader, trafficReader, limitsReader, clientcertReader];

/** Key (without prefix) → the family reader that parses it. */
export const READER_BY_KEY: ReadonlyMap<string, FamilyReader> = new Map(READERS.flatMap((r) => r.keys.map((k) => [k, r] as const)));
