import { AUTH_METHODS, parseCacheDuration, parseCacheKey, parseHeaderList, parseHttpUrl, parseParamName, parseRedirectValue, type HttpUrl } from '../families/auth-values.js';

/**
 * The controller ConfigMap's global external authentication (configmap.go's GlobalExternalAuth),
 * as set. Lowering (lower/auth.ts) decides where it applies. ingress-nginx logs and drops a value
 * it refuses (the routes are then served without authentication); ingressc refuses it instead.
 */
export interface GlobalAuthSettings {
  url?: HttpUrl;
  method?: (typeof AUTH_METHODS)[number];
  /** "$host" allowed as its host, as for auth-signin. */
  signin?: HttpUrl;
  signinRedirectParam?: string;
  responseHeaders?: string[];
  requestRedirect?: string;
  alwaysSetCookie?: boolean;
}

type Parsed = { value: unknown } | { expected: string };

/**
 * The grammar of each global-auth-* key: the one of its annotation (families/auth-values.ts), and
 * "" (the documented default of all but the redirect param) for "not set".
 */
export function parseGlobalAuthValue(name: string, value: string): Parsed {
  if (value === '') return { value: undefined };
  switch (name) {
    case 'global-auth-url':
      return parseHttpUrl(value);
    case 'global-auth-signin':
      return parseHttpUrl(value, { hostVariable: true });
    case 'global-auth-method':
      return (AUTH_METHODS as readonly string[]).includes(value) ? { value } : { expected: `one of ${AUTH_METHODS.join(', ')}, found ${JSON.stringify(value)}` };
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
export const locationList = (raw: string): string[] => raw.split(',').map((x) => x.trim()).filter((x) => x !== '');
