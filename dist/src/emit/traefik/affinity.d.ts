import type { AffinityPolicy } from '../../ir/types.js';
import type { StickyCookie } from './types.js';
/**
 * affinity: cookie (src/ir/types.ts AffinityPolicy) as a Traefik v3 loadBalancer with
 * `sticky.cookie` (pkg/server/service/loadbalancer/sticky.go, wrr/wrr.go): a request whose cookie
 * names a server (sha256 of its URL, 16 hex digits) goes there and gets no Set-Cookie; any other
 * request gets a server by weighted round robin and `Set-Cookie: <name>=<hash>` with the options
 * below (Go's http.Cookie: Path, Domain without a leading ".", Max-Age, HttpOnly, Secure, SameSite).
 * The cookie belongs to a service, so each (upstream, policy) gets its own copy of the upstream's
 * service; with ingress-nginx's default Secure-on-HTTPS-only, the HTTPS routers get another copy
 * with `secure: true`. Not expressible in the file provider: Expires (an internal field, file:"-",
 * of Traefik's own ingress-nginx provider), so session-cookie-expires has no row.
 */
export declare function stickyCookie(a: AffinityPolicy, https: boolean): StickyCookie;
