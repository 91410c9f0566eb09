import { routesOf } from '../../ir/types.js';
/**
 * Basic authentication as Envoy's basic_auth filter: in the chain but disabled, enabled per route
 * with the users of the route's Secret (a file per Secret; the filter checks {SHA} hashes only,
 * lowering refused the others with IC3132). It runs after RBAC (403 before 401, as nginx). The
 * Authorization header is removed before proxying (ingress-nginx clears it).
 */
export const BASIC_AUTH_FILTER = 'envoy.filters.http.basic_auth';
const T = 'type.googleapis.com/envoy.extensions.filters.http.basic_auth.v3';
export const usesBasicAuth = (ir) => ir.vhosts.some((vh) => routesOf(vh).some((r) => r.policies?.basicAuth !== undefined));
/**
 * A user no password matches (a SHA-1 of all zero bits), for lists Envoy would otherwise refuse as
 * empty: the chain-level one, and a Secret whose every line was left out (everyone gets 401).
 */
const NOBODY = '-:{SHA}AAAAAAAAAAAAAAAAAAAAAAAAAAA=\n';
export const envoyHtpasswdFile = (b) => `auth/${b.secret.replace('/', '_')}.htpasswd`;
export const basicAuthFilter = () => ({
    name: BASIC_AUTH_FILTER,
    disabled: true,
    // Never consulted (every enabled route brings its own users), but Envoy refuses an empty list.
    typed_config: { '@type': `${T}.BasicAuth`, users: { inline_string: NOBODY } },
});
export function basicAuthPerRoute(p) {
    if (!p.basicAuth)
        return {};
    return { [BASIC_AUTH_FILTER]: { '@type': `${T}.BasicAuthPerRoute`, users: { filename: envoyHtpasswdFile(p.basicAuth) } } };
}
/** Envoy reads the files when it loads the configuration: only its user needs them (0600). */
export function envoyHtpasswdFiles(ir) {
    const files = new Map();
    for (const vh of ir.vhosts)
        for (const r of routesOf(vh)) {
            const b = r.policies?.basicAuth;
            if (!b || files.has(envoyHtpasswdFile(b)))
                continue;
            for (const u of b.users)
                if (u.scheme !== 'sha1' || !/^[!#-&(-9;-[\]-~]+$/.test(u.name))
                    throw new Error(`envoy: refusing htpasswd user ${JSON.stringify(u.name)}`);
            files.set(envoyHtpasswdFile(b), b.users.map((u) => `${u.name}:${u.hash}\n`).join('') || NOBODY);
        }
    return [...files].map(([path, content]) => ({ path, content, mode: 0o600, sensitive: true }));
}
