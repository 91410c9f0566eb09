import type { FamilyProblem, FamilyReader } from './reader.js';
import { parseGoBool } from '../parse-bool.js';
import { parseConfigMapRef } from './headers.js';
import {
  AUTH_METHODS,
  parseCacheDuration,
  parseCacheKey,
  parseGoInt,
  parseHeaderList,
  parseHttpUrl,
  parseParamName,
  parseRealm,
  parseRedirectValue,
  parseSecretRef,
  type HttpUrl,
  type Parsed,
} from './auth-values.js';

/**
 * basic and external authentication, satisfy: each key's value as read (valid values only).
 * Lowering decides what they mean together (auth-type without auth-secret, a Secret missing…).
 */
export interface AuthSettings {
  /** auth-type. */
  type?: 'basic' | 'digest';
  /** auth-secret; namespace absent: the Ingress's. */
  secret?: { namespace?: string; name: string };
  /** auth-secret-type (ingress-nginx's default: auth-file). */
  secretType?: 'auth-file' | 'auth-map';
  /** auth-realm. */
  realm?: string;
  /** auth-url. */
  url?: HttpUrl;
  /** auth-method. */
  method?: (typeof AUTH_METHODS)[number];
  /** auth-signin ("$host" allowed as its host). */
  signin?: HttpUrl;
  /** auth-signin-redirect-param (default "rd"). */
  signinRedirectParam?: string;
  /** auth-response-headers. */
  responseHeaders?: string[];
  /** auth-always-set-cookie. */
  alwaysSetCookie?: boolean;
  /** auth-request-redirect (the X-Auth-Request-Redirect value). */
  requestRedirect?: string;
  /** auth-cache-key, auth-cache-duration (tuning: read and checked, not emitted). */
  cacheKey?: string;
  cacheDuration?: string[];
  /** auth-keepalive, -requests, -timeout (tuning). */
  keepalive?: { connections?: number; requests?: number; timeout?: number };
  /** auth-proxy-set-headers: "namespace/name" of a ConfigMap of auth request headers (lower/auth-headers.ts reads it). */
  proxySetHeaders?: { namespace: string; name: string };
  /** satisfy. */
  satisfy?: 'any' | 'all';
  /** enable-global-auth (false: the ConfigMap's global-auth-url skips this Ingress). */
  enableGlobalAuth?: boolean;
}

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
] as const;

const take = <T>(p: Parsed<T>, set: (v: T) => void): FamilyProblem | undefined => {
  if ('expected' in p) return { detail: `expected ${p.expected}`, code: 'IC2260' };
  set(p.value);
  return undefined;
};

const oneOf = <T extends string>(value: string, allowed: readonly T[]): Parsed<T> =>
  (allowed as readonly string[]).includes(value) ? { value: value as T } : { expected: `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, found ${JSON.stringify(value)}` };

export const authReader: FamilyReader = {
  keys: KEYS,
  read(name, value, into) {
    const a = (into.auth ??= {});
    switch (name as (typeof KEYS)[number]) {
      case 'auth-type':
        return take(oneOf(value, ['basic', 'digest'] as const), (v) => (a.type = v));
      case 'auth-secret':
        return take(parseSecretRef(value), (v) => (a.secret = v));
      case 'auth-secret-type':
        return take(oneOf(value, ['auth-file', 'auth-map'] as const), (v) => (a.secretType = v));
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
        if (value === '') return undefined;
        const r = parseConfigMapRef(value);
        if ('expected' in r) return { detail: r.expected, code: 'IC2260' };
        a.proxySetHeaders = r;
        return undefined;
      }
      case 'satisfy':
        return take(oneOf(value, ['any', 'all'] as const), (v) => (a.satisfy = v));
      case 'enable-global-auth':
        // read.ts checked the Go boolean already; only "false" opts out (globalexternalauth.go).
        a.enableGlobalAuth = parseGoBool(value) !== false;
        return undefined;
    }
    return undefined;
  },
};
