import { parseGoBool } from '../parse-bool.js';
import { parseConfigMapRef } from './headers.js';
import { AUTH_METHODS, parseCacheDuration, parseCacheKey, parseGoInt, parseHeaderList, parseHttpUrl, parseParamName, parseRealm, parseRedirectValue, parseSecretRef, } from './auth-values.js';
const KEYS = [
    'auth-type',
    'auth-secret',
    'auth-secret-type',
    'auth-realm',
    'auth-url',
    'auth-method',
    'auth-signin',
    'auth-signin-redirect-param',
    'auth-response-headers',
    'auth-request-redirect',
    'auth-always-set-cookie',
    'auth-cache-key',
    'auth-cache-duration',
    'auth-keepalive',
    'auth-keepalive-requests',
    'auth-keepalive-timeout',
    'auth-proxy-set-headers',
    'satisfy',
    'enable-global-auth',
];
const take = (p, set) => {
    if ('expected' in p)
        return { detail: `expected ${p.expected}`, code: 'IC2260' };
    set(p.value);
    return undefined;
};
const oneOf = (value, allowed) => allowed.includes(value) ? { value: value } : { expected: `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, found ${JSON.stringify(value)}` };
export const authReader = {
    keys: KEYS,
    read(name, value, into) {
        const a = (into.auth ??= {});
        switch (name) {
            case 'auth-type':
                return take(oneOf(value, ['basic', 'digest']), (v) => (a.type = v));
            case 'auth-secret':
                return take(parseSecretRef(value), (v) => (a.secret = v));
            case 'auth-secret-type':
                return take(oneOf(value, ['auth-file', 'auth-map']), (v) => (a.secretType = v));
            case 'auth-realm':
                return take(parseRealm(value), (v) => (a.realm = v));
            case 'auth-url':
                return take(parseHttpUrl(value), (v) => (a.url = v));
            case 'auth-method':
                return take(oneOf(value, AUTH_METHODS), (v) => (a.method = v));
            case 'auth-signin':
                return take(parseHttpUrl(value, { hostVariable: true }), (v) => (a.signin = v));
            case 'auth-signin-redirect-param':
                return take(parseParamName(value), (v) => (a.signinRedirectParam = v));
            case 'auth-response-headers':
                return take(parseHeaderList(value), (v) => (a.responseHeaders = v));
            case 'auth-always-set-cookie':
                // read.ts checked the Go boolean already.
                a.alwaysSetCookie = parseGoBool(value) === true;
                return undefined;
            case 'auth-request-redirect':
                return take(parseRedirectValue(value), (v) => (a.requestRedirect = v));
            case 'auth-cache-key':
                return take(parseCacheKey(value), (v) => (a.cacheKey = v));
            case 'auth-cache-duration':
                return take(parseCacheDuration(value), (v) => (a.cacheDuration = v));
            case 'auth-keepalive':
                return take(parseGoInt(value), (v) => ((a.keepalive ??= {}).connections = v));
            case 'auth-keepalive-requests':
                return take(parseGoInt(value), (v) => ((a.keepalive ??= {}).requests = v));
            case 'auth-keepalive-timeout':
                return take(parseGoInt(value), (v) => ((a.keepalive ??= {}).timeout = v));
            case 'auth-proxy-set-headers': {
                // authreq.go: "" is not set; otherwise GetConfigMap looks the value up as "namespace/name".
                if (value === '')
                    return undefined;
                const r = parseConfigMapRef(value);
                if ('expected' in r)
                    return { detail: r.expected, code: 'IC2260' };
                a.proxySetHeaders = r;
                return undefined;
            }
            case 'satisfy':
                return take(oneOf(value, ['any', 'all']), (v) => (a.satisfy = v));
            case 'enable-global-auth':
                // read.ts checked the Go boolean already; only "false" opts out (globalexternalauth.go).
                a.enableGlobalAuth = parseGoBool(value) !== false;
                return undefined;
        }
        return undefined;
    },
};
