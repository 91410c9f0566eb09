import { Diagnostics } from '../diagnostics/collector.js';
import { hasSourceRange } from '../ir/types.js';
import { NGINX_PREFIX } from '../providers/ingress-nginx/read.js';
import { supportOf } from '../providers/ingress-nginx/support.js';
import { HASH_SCHEMES, SATISFY_ANY_WITH_EXTERNAL } from '../providers/ingress-nginx/support-rows/auth.js';
import { KEY_SUPPORT } from '../providers/ingress-nginx/configmap/support.js';
import { authRequestHeaders } from './auth-headers.js';
import { EXPECTED_HASH, HASH_SCHEME_NAMES, parseAuthMap, parseHtpasswd } from './htpasswd.js';
const BASIC_KEYS = ['auth-secret', 'auth-secret-type', 'auth-realm'];
const EXTERNAL_KEYS = ['auth-always-set-cookie', 'auth-method', 'auth-signin', 'auth-signin-redirect-param', 'auth-response-headers', 'auth-request-redirect', 'auth-cache-key', 'auth-cache-duration', 'auth-proxy-set-headers'];
/**
 * The authentication an Ingress puts on each of its routes (basic, external, satisfy), for the
 * keys the target honours (annotation-support.ts already failed the others closed). Everything
 * that would leave a route open where ingress-nginx denies it (auth-type without a Secret, a
 * Secret missing from the inputs or unreadable) is a located error.
 */
export function authPolicies(ing, inv, target, diags, global) {
    const a = ing.features.auth;
    if (!a)
        return global ? { externalAuth: global } : {};
    const ref = (name) => ing.annotationUses.find((u) => u.name === name)?.ref ?? ing.ref;
    const out = {};
    if (a.type === undefined) {
        for (const k of BASIC_KEYS)
            if (present(a, k))
                diags.report('IC3133', ref(k), { key: NGINX_PREFIX + k, needs: `${NGINX_PREFIX}auth-type` });
    }
    else if (a.type === 'basic' && supportOf('auth-type', target)) {
        const basic = basicAuth(ing, a, inv, target, ref, diags);
        if (basic)
            out.basicAuth = basic;
    }
    if (a.url === undefined) {
        for (const k of EXTERNAL_KEYS)
            if (present(a, k))
                diags.report('IC3133', ref(k), { key: NGINX_PREFIX + k, needs: `${NGINX_PREFIX}auth-url` });
    }
    else if (supportOf('auth-url', target)) {
        out.externalAuth = externalAuth(a);
        // (A target without the row reported IC2101 for the annotation already.)
        if (a.proxySetHeaders && supportOf('auth-proxy-set-headers', target)) {
            const hs = authRequestHeaders(ing, a.proxySetHeaders, inv, ref('auth-proxy-set-headers'), diags);
            if (hs?.length)
                out.externalAuth.requestHeaders = hs;
        }
    }
    // nginx.tmpl's shouldApplyGlobalAuth: the location has no auth-url of its own.
    if (a.url === undefined && global)
        out.externalAuth = global;
    // satisfy any only changes something when two restrictions meet (nginx's satisfy directive).
    const mechanisms = [hasSourceRange(ing.policies), out.basicAuth !== undefined, out.externalAuth !== undefined].filter(Boolean).length;
    const satisfy = supportOf('satisfy', target);
    // (A target that refuses the value itself reported IC3071 already.)
    if (a.satisfy === 'any' && mechanisms >= 2 && satisfy && satisfy.refuse?.('any') === undefined) {
        if (out.externalAuth && !SATISFY_ANY_WITH_EXTERNAL[target])
            diags.report('IC3134', ref('satisfy'), { key: `${NGINX_PREFIX}satisfy`, target });
        else
            out.satisfy = 'any';
    }
    return out;
}
const present = (a, key) => {
    const field = {
        'auth-secret': 'secret',
        'auth-secret-type': 'secretType',
        'auth-realm': 'realm',
        'auth-always-set-cookie': 'alwaysSetCookie',
        'auth-method': 'method',
        'auth-signin': 'signin',
        'auth-signin-redirect-param': 'signinRedirectParam',
        'auth-response-headers': 'responseHeaders',
        'auth-request-redirect': 'requestRedirect',
        'auth-cache-key': 'cacheKey',
        'auth-cache-duration': 'cacheDuration',
        'auth-proxy-set-headers': 'proxySetHeaders',
    };
    return a[field[key]] !== undefined;
};
function basicAuth(ing, a, inv, target, ref, diags) {
    if (!a.secret) {
        diags.report('IC3131', ref('auth-type'), { key: `${NGINX_PREFIX}auth-type`, detail: `auth-type ${a.type} needs ${NGINX_PREFIX}auth-secret, the Secret holding the users` });
        return undefined;
    }
    const ns = a.secret.namespace ?? ing.namespace;
    const id = `${ns}/${a.secret.name}`;
    const secret = inv.dataSecrets?.find((s) => s.namespace === ns && s.name === a.secret.name);
    const secretKey = `${NGINX_PREFIX}auth-secret`;
    if (!secret) {
        diags.report('IC3130', ref('auth-secret'), { key: secretKey, name: id, ingress: ing.id });
        return undefined;
    }
    const bad = (at, detail) => {
        diags.report('IC2261', at, { name: id, ingress: ing.id, detail, expected: `"user:hash" lines, each hash ${EXPECTED_HASH}` });
        return undefined;
    };
    const mapType = a.secretType === 'auth-map';
    if (secret.undecodable.length)
        return bad(secret.keyRef(secret.undecodable[0]), `data[${JSON.stringify(secret.undecodable[0])}] is not base64 of UTF-8 text`);
    let parsed;
    let at;
    if (mapType) {
        parsed = parseAuthMap(secret.data);
        at = (where) => secret.keyRef(JSON.parse(where.slice('key '.length)));
    }
    else {
        const text = secret.data.auth;
        if (text === undefined)
            return bad(secret.ref, 'no data key "auth" (auth-secret-type auth-file: an htpasswd file in the key "auth")');
        parsed = parseHtpasswd(text);
        at = () => secret.keyRef('auth');
    }
    let ok = true;
    for (const p of parsed.problems) {
        if (p.dropped)
            diags.report('IC2262', at(p.where), { name: id, where: p.where, user: p.user ?? '' });
        else {
            bad(at(p.where), `${p.where}${p.user !== undefined ? ` (user ${JSON.stringify(p.user)})` : ''}: ${p.detail}`);
            ok = false;
        }
    }
    const schemes = HASH_SCHEMES[target] ?? [];
    for (const u of parsed.users) {
        if (schemes.includes(u.scheme))
            continue;
        diags.report('IC3132', at(u.where), { name: id, line: u.where, user: JSON.stringify(u.name), scheme: HASH_SCHEME_NAMES[u.scheme], target, schemes: schemes.map((s) => HASH_SCHEME_NAMES[s]).join(', ') || 'none' });
        ok = false;
    }
    if (!ok)
        return undefined;
    return { realm: a.realm ?? '', users: parsed.users.map(({ name, hash, scheme }) => ({ name, hash, scheme })), secret: id };
}
function externalAuth(a) {
    const u = a.url;
    const s = a.signin;
    return {
        url: { scheme: u.scheme, host: u.host, ...(u.port !== undefined ? { port: u.port } : {}), path: u.path, ...(u.query !== undefined ? { query: u.query } : {}) },
        ...(a.method ? { method: a.method } : {}),
        responseHeaders: a.responseHeaders ?? [],
        ...(a.alwaysSetCookie ? { alwaysSetCookie: true } : {}),
        ...(a.requestRedirect !== undefined ? { requestRedirect: a.requestRedirect } : {}),
        ...(s
            ? {
                signin: {
                    scheme: s.scheme,
                    ...(s.host !== '$host' ? { host: s.host } : {}),
                    ...(s.port !== undefined ? { port: s.port } : {}),
                    path: s.path,
                    ...(s.query !== undefined ? { query: s.query } : {}),
                    redirectParam: a.signinRedirectParam ?? 'rd',
                },
            }
            : {}),
    };
}
export function globalAuthOf(cfg, target) {
    const g = cfg?.settings.globalAuth;
    if (!g?.url || !KEY_SUPPORT['global-auth-url']?.[target])
        return undefined;
    return { auth: externalAuth(g), exempt: cfg.settings.noAuthLocations ?? ['/.well-known/acme-challenge'] };
}
/** nginx.tmpl's shouldApplyGlobalAuth for the Ingress: no auth-url of its own, and no enable-global-auth "false". */
export const globalAuthApplies = (ing, g) => g !== undefined && ing.features.auth?.url === undefined && ing.features.auth?.enableGlobalAuth !== false;
/**
 * isLocationInLocationList: a location whose path, as written ("/" when empty), starts with a
 * no-auth-locations entry does not ask the global auth service.
 */
export const exemptFromGlobalAuth = (path, g) => g.exempt.some((p) => (path || '/').startsWith(p));
/**
 * The authentication of an Ingress's routes under global auth: `protected` for its paths, `exempt`
 * for those no-auth-locations skips (its own authentication only, decided again quietly: its
 * findings are a subset of the first's).
 */
export function authVariants(ing, inv, target, diags, g) {
    if (!globalAuthApplies(ing, g)) {
        const own = authPolicies(ing, inv, target, diags);
        return { protected: own, exempt: own };
    }
    return { protected: authPolicies(ing, inv, target, diags, g.auth), exempt: authPolicies(ing, inv, target, new Diagnostics()) };
}
/** The Ingress's routes are restricted (source ranges or authentication, global auth included): it cannot hand out a default backend. */
export const restrictsAccess = (ing, g) => hasSourceRange(ing.policies) || ing.features.auth?.type !== undefined || ing.features.auth?.url !== undefined || globalAuthApplies(ing, g);
/** Route extras with the authentication replaced by `auth` (a path no-auth-locations exempts). */
export function replaceAuth(extras, auth) {
    const { basicAuth: _b, externalAuth: _e, satisfy: _s, ...rest } = extras.policies ?? {};
    const policies = { ...rest, ...auth };
    const { policies: _p, ...without } = extras;
    return (Object.keys(policies).length ? { ...without, policies } : without);
}
/** Adds the authentication policies to what upstream-settings.ts gave the Ingress's routes. */
export function withAuth(extras, auth) {
    if (Object.keys(auth).length === 0)
        return extras;
    return { ...extras, policies: { ...(extras.policies ?? {}), ...auth } };
}
