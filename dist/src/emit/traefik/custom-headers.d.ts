import type { HeaderValue } from '../../ir/types.js';
import type { Middleware } from './types.js';
/** Route.responseHeaders middlewares: "ingressc-headers-1"… in order of first use. */
export declare const RESPONSE_HEADERS_PREFIX = "ingressc-headers-";
/**
 * Route.responseHeaders (custom-headers, the ConfigMap's add-headers) as a headers middleware's
 * customResponseHeaders: Traefik sets them on every response that passes through it, replacing the
 * upstream's (an empty value would delete: the provider's grammar has none). The router lists it
 * first, so its guard's and its own answers (403, 503) carry them too, as add_header ... always.
 * Values are plain strings to Traefik (no templating); printable ASCII, checked again here.
 */
export declare function responseHeadersNamer(into: Record<string, Middleware>): (hs: readonly HeaderValue[]) => string;
