import { parseGoBool } from '../parse-bool.js';
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
            case 'auth-proxy-set-headers':
                return take(parseSecretRef(value, 'ConfigMap'), (v) => (a.proxySetHeaders = v));
            case 'satisfy':
                return take(oneOf(value, ['any', 'all']), (v) => (a.satisfy = v));
        }
        return undefined;
    },
};
