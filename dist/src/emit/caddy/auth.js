import { routesOf } from '../../ir/types.js';
/**
 * Basic authentication with Caddy's http_basic provider, before the route's answer: a request
 * without valid credentials gets 401 with `WWW-Authenticate: Basic realm="<realm>"` (Caddy's
 * "restricted" when the realm is empty); Caddy checks bcrypt hashes only (lowering refused the
 * other formats with IC3132). Authorization is then removed (ingress-nginx clears it).
 */
export function authHandlers(r) {
    const b = r?.policies?.basicAuth;
    if (!b)
        return [];
    for (const u of b.users)
        if (u.scheme !== 'bcrypt')
            throw new Error(`caddy: refusing a ${u.scheme} hash for ${JSON.stringify(u.name)}`);
    return [
        {
            handler: 'authentication',
            providers: {
                http_basic: {
                    // The account list may be empty (every line left out): then nobody signs in.
                    accounts: b.users.map((u) => ({ username: u.name, password: Buffer.from(u.hash).toString('base64') })),
                    ...(b.realm !== '' ? { realm: b.realm } : {}),
                    hash: { algorithm: 'bcrypt' },
                },
            },
        },
        { handler: 'headers', request: { delete: ['Authorization'] } },
    ];
}
export const usesBasicAuth = (ir) => ir.vhosts.some((vh) => routesOf(vh).some((r) => r.policies?.basicAuth !== undefined));
