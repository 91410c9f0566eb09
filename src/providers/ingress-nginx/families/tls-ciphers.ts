import { CIPHER_STRING_GRAMMAR, isCipherString } from '../../../ir/ciphers.js';
import { parseGoBool } from '../parse-bool.js';
import type { FamilyReader } from './reader.js';

/**
 * ssl-ciphers and ssl-prefer-server-ciphers (ingress-nginx v1.15.1 annotations/sslcipher): set on
 * an Ingress, applied to the server block of each of its hosts; lowering (src/lower/tls-ciphers.ts)
 * decides which Ingress a host takes each from.
 */
export interface TlsCipherSettings {
  /** An OpenSSL cipher string (src/ir/ciphers.ts grammar). */
  ciphers?: string;
  /** ssl_prefer_server_ciphers on (true) or off. */
  preferServer?: boolean;
}

export const tlsCiphersReader: FamilyReader = {
  keys: ['ssl-ciphers', 'ssl-prefer-server-ciphers'],
  read(name, value, into) {
    const s: TlsCipherSettings = (into.tlsCiphers ??= {});
    if (name === 'ssl-ciphers') {
      if (!isCipherString(value)) return { detail: `expected ${CIPHER_STRING_GRAMMAR}, found ${JSON.stringify(value)}; ingress-nginx ignores such a value (the host keeps the ConfigMap's list)` };
      s.ciphers = value;
    } else {
      // read.ts has already checked the Go boolean.
      s.preferServer = parseGoBool(value) === true;
    }
    return undefined;
  },
};
