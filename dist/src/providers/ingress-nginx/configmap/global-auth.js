import { AUTH_METHODS, parseCacheDuration, parseCacheKey, parseHeaderList, parseHttpUrl, parseParamName, parseRedirectValue } from '../families/auth-values.js';
/**
 * The grammar of each global-auth-* key: the one of its annotation (families/auth-values.ts), and
 * "" (the documented default of all but the redirect param) for "not set".
 */
export function parseGlobalAuthValue(name, value) {
    if (value === '')
        return { value: undefined };
    switch (name) {
        case 'global-auth-url':
            return parseHttpUrl(value);
        case 'global-auth-signin':
            return parseHttpUrl(value, { hostVariable: true });
        case 'global-auth-method':
            return AUTH_METHODS.includes(value) ? { value } : { expected: `one of ${AUTH_METHODS.join(', ')}, found ${JSON.stringify(value)}` };
        case 'global-auth-signin-redirect-param':
            return parseParamName(value);
        case 'global-auth-response-headers':
            return parseHeaderList(value);
        case 'global-auth-request-redirect':
            return parseRedirectValue(value);
        case 'global-auth-cache-key':
            return parseCacheKey(value);
        case 'global-auth-cache-duration':
            return parseCacheDuration(value);
    }
    return { expected: 'a global-auth-* key' };
}
/** no-auth-locations as isLocationInLocationList reads it: split on ",", each trimmed, empty ones skipped. */
export const locationList = (raw) => raw.split(',').map((x) => x.trim()).filter((x) => x !== '');
