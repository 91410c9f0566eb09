import { authReader } from './auth.js';
import { backendsReader } from './backends.js';
import { canaryReader } from './canary.js';
import { clientcertReader } from './clientcert.js';
import { errorsReader } from './errors.js';
import { limitsReader } from './limits.js';
import { loadBalancingReader } from './load-balancing.js';
import { mirrorReader } from './mirror.js';
import { passthroughReader } from './passthrough.js';
import { headersReader } from './headers.js';
import { redirectsReader } from './redirects.js';
import { trafficReader } from './traffic.js';
import { upstreamTuningReader } from './upstream-tuning.js';
import { tlsCiphersReader } from './tls-ciphers.js';
const READERS = [redirectsReader, backendsReader, canaryReader, authReader, trafficReader, limitsReader, clientcertReader, errorsReader, passthroughReader, upstreamTuningReader, loadBalancingReader, headersReader, mirrorReader, tlsCiphersReader];
/** Key (without prefix) → the family reader that parses it. */
export const READER_BY_KEY = new Map(READERS.flatMap((r) => r.keys.map((k) => [k, r])));
/**
 * The family settings of `annotations` read again without the keys in `skipped` (full keys, as
 * --skip-annotation names them): a skipped routing key is compiled as if absent. Values were
 * already checked (and reported) when the Ingress was read; a rejected one stays unread.
 */
export function readFeaturesWithout(annotations, prefix, skipped) {
    const into = {};
    for (const key of Object.keys(annotations).sort()) {
        if (!key.startsWith(prefix) || skipped.has(key))
            continue;
        READER_BY_KEY.get(key.slice(prefix.length))?.read(key.slice(prefix.length), annotations[key], into, annotations);
    }
    return into;
}
