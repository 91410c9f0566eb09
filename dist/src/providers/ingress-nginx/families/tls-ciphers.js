import { CIPHER_STRING_GRAMMAR, isCipherString } from '../../../ir/ciphers.js';
import { parseGoBool } from '../parse-bool.js';
export const tlsCiphersReader = {
    keys: ['ssl-ciphers', 'ssl-prefer-server-ciphers'],
    read(name, value, into) {
        const s = (into.tlsCiphers ??= {});
        if (name === 'ssl-ciphers') {
            if (!isCipherString(value))
                return { detail: `expected ${CIPHER_STRING_GRAMMAR}, found ${JSON.stringify(value)}; ingress-nginx ignores such a value (the host keeps the ConfigMap's list)` };
            s.ciphers = value;
        }
        else {
            // read.ts has already checked the Go boolean.
            s.preferServer = parseGoBool(value) === true;
        }
        return undefined;
    },
};
