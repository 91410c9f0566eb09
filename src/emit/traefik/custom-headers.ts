import type { HeaderValue } from '../../ir/types.js';
import type { Middleware } from './types.js';
import { byFirstUse } from './names.js';

/** Route.responseHeaders middlewares: "ingressc-headers-1"… in order of first use. */
export const RESPONSE_HEADERS_PREFIX = 'ingressc-headers-';

/**
 * Route.responseHeaders (custom-headers, the ConfigMap's add-headers) as a headers middleware's
 * customResponseHeaders: Traefik sets them on every response that passes through it, replacing the
 * upstream's (an empty value would delete: the provider's grammar has none). The router lists it
 * first, so its guard's and its own answers (403, 503) carry them too, as add_header ... always.
 * Values are plain strings to Traefik (no templating); printable ASCII, checked again here.
 */
export function responseHeadersNamer(into: Record<string, Middleware>): (hs: readonly HeaderValue[]) => string {
  const names = byFirstUse<string>();
  return (hs) =>
    names(JSON.stringify(hs), (n) => {
      for (const h of hs) if (!/^[A-Za-z0-9_-]+$/.test(h.name) || !/^[\x20-\x7e]+$/.test(h.value)) throw new Error(`traefik: refusing header ${JSON.stringify(h)}`);
      const name = `${RESPONSE_HEADERS_PREFIX}${n}`;
      into[name] = { headers: { customResponseHeaders: Object.fromEntries(hs.map((h) => [h.name, h.value])) } };
      return name;
    });
}
