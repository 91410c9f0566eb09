import { GO_BOOL_SPELLINGS } from '../parse-bool.js';
import type { FamilyReader } from './reader.js';

/**
 * ssl-passthrough, as ingress-nginx v1.15.1 reads it (annotations/sslpassthrough: a Go boolean).
 * Lowering (src/lower/passthrough.ts) decides which host and backend it applies to.
 */
export interface PassthroughSettings {
  enabled: boolean;
}

/** Go's strconv.ParseBool spellings, anchored (read.ts has already checked the value; this is the family's own gate). */
const BOOL_RE = /^(?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/;

export const passthroughReader: FamilyReader = {
  keys: ['ssl-passthrough'],
  read(_name, value, into) {
    if (!BOOL_RE.test(value)) return { detail: `expected a boolean (${GO_BOOL_SPELLINGS}), found ${JSON.stringify(value)}` };
    into.passthrough = { enabled: /^(?:1|t|T|TRUE|true|True)$/.test(value) };
    return undefined;
  },
  inert: (_name, value) => /^(?:0|f|F|FALSE|false|False)$/.test(value),
};
