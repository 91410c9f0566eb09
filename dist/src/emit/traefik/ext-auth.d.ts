import type { ExternalAuth } from '../../ir/types.js';
import type { Middleware } from './types.js';
/**
 * External authentication (auth-url) as Traefik's forwardAuth, in three middlewares applied in
 * order (ingressc-extauth-<n>-in, ingressc-extauth-<n>, ingressc-extauth-<n>-out):
 *
 *  - in (headers): removes the client's X-Original-URL, X-Original-Method and X-Original-URI, which
 *    ingress-nginx overwrites on the auth request and forwardAuth would pass on as sent (an auth
 *    service deciding on them must not see forged ones); sets X-Sent-From as ingress-nginx does and
 *    X-Auth-Request-Redirect to auth-request-redirect (else removes the client's: ingress-nginx sends
 *    the request URI, which a headers middleware cannot compute);
 *  - forwardAuth: GET to exactly the auth URL with the client's headers (hop-by-hop removed), no
 *    body, and its own X-Forwarded-For (the peer), -Method, -Proto, -Host, -Uri (trustForwardHeader
 *    false: the client's are not trusted); a 2xx admits and copies authResponseHeaders onto the
 *    request (one absent from the answer removes the client's, as auth_request_set +
 *    proxy_set_header); any other answer goes to the client as the auth service sent it, headers
 *    and body. An https auth URL is not verified (nginx's proxy_pass does not verify either);
 *  - out (headers): removes X-Sent-From and X-Auth-Request-Redirect again, which ingress-nginx sends
 *    to the auth service only (unless the auth service's answer is to be copied onto them).
 *
 * auth-signin, auth-always-set-cookie, non-GET auth-method have no Traefik support row (they fail
 * closed before emission); finding one here is a bug.
 */
export declare function extAuthMiddlewares(a: ExternalAuth, name: string): {
    names: string[];
    middlewares: Record<string, Middleware>;
};
