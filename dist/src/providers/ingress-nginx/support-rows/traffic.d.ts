import type { TargetName } from '../../../diagnostics/types.js';
import type { SupportRows } from '../support.js';
/**
 * The targets that cannot write a date some seconds ahead (nginx without Lua, Caddy's placeholders,
 * Traefik's sticky cookie, Envoy's cookie TTL): session-cookie-expires gives the cookie's lifetime
 * as Max-Age instead when session-cookie-max-age is not set (lower/traffic.ts). RFC 6265 clients
 * keep the cookie as long either way, and take Max-Age over Expires when both are sent, as
 * ingress-nginx sends them in its canonical example (expires and max-age together).
 */
export declare const EXPIRES_AS_MAX_AGE: ReadonlySet<TargetName>;
export declare const ROWS: SupportRows;
