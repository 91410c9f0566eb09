import { GO_BOOL_SPELLINGS } from '../parse-bool.js';
/** Go's strconv.ParseBool spellings, anchored (read.ts has already checked the value; this is the family's own gate). */
const BOOL_RE = /^(?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/;
export const passthroughReader = {
    keys: ['ssl-passthrough'],
    read(_name, value, into) {
        if (!BOOL_RE.test(value))
            return { detail: `expected a boolean (${GO_BOOL_SPELLINGS}), found ${JSON.stringify(value)}` };
        into.passthrough = { enabled: /^(?:1|t|T|TRUE|true|True)$/.test(value) };
        return undefined;
    },
    inert: (_name, value) => /^(?:0|f|F|FALSE|false|False)$/.test(value),
};
