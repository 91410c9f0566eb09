import { DEFAULT_SSL_CIPHERS, cipherRefusal } from '../ir/ciphers.js';
import { CLIENT_CONNECTION_FIELD } from '../providers/ingress-nginx/configmap/read.js';
import { EQUIVALENT, KEY_SUPPORT } from '../providers/ingress-nginx/configmap/support.js';
import { parseMimeTypes } from '../providers/ingress-nginx/configmap/gzip.js';
import { keyWhyNot } from '../providers/ingress-nginx/configmap/why-not.js';
import { CONFIGMAP_KEYS } from '../providers/ingress-nginx/configmap/keys.js';
import { TUNING_FIELD } from '../providers/ingress-nginx/families/upstream-tuning.js';
import { parseGoBool } from '../providers/ingress-nginx/parse-bool.js';
import { NGINX_PREFIX } from '../providers/ingress-nginx/read.js';
import { supportOf } from '../providers/ingress-nginx/support.js';
/** ssl-protocols that ingressc applies: contiguous within TLSv1.2 and TLSv1.3. */
const modernTls = (ps) => ps !== undefined && ps.length > 0 && ps.every((p) => p === 'TLSv1.2' || p === 'TLSv1.3');
const withPolicy = (ing, p) => ({ ...ing, policies: { ...(ing.policies ?? {}), ...p } });
const union = (a, b) => [...new Set([...(a ?? []), ...(b ?? [])])];
const withTimeout = (ing, t, v) => ({ ...ing, upstream: { ...ing.upstream, timeouts: { ...ing.upstream.timeouts, [t]: v } } });
/** Does the ConfigMap set `key` to true? */
const setTrue = (cfg, key) => cfg.entries.some((e) => e.key.key === key && parseGoBool(e.value) === true);
/** The upstream tuning keys the ConfigMap may set (configmap/keys.ts type 'tuning'); the annotation of the same name replaces each. */
const TUNING_CONFIG_KEYS = CONFIGMAP_KEYS.filter((k) => k.type === 'tuning').map((k) => k.key);
export const HONOURED = {
    'whitelist-source-range': {
        annotation: 'whitelist-source-range',
        overriddenBy: ['allowlist-source-range', 'whitelist-source-range'],
        has: (s) => s.sourceAllow !== undefined,
        apply: (ing, s) => withPolicy(ing, { sourceAllow: s.sourceAllow }),
    },
    'denylist-source-range': {
        annotation: 'denylist-source-range',
        overriddenBy: ['denylist-source-range'],
        has: (s) => s.sourceDeny !== undefined,
        // After block-cidrs (keys apply in sorted order), which this adds to.
        apply: (ing, s) => withPolicy(ing, { sourceDeny: union(ing.policies?.sourceDeny, s.sourceDeny) }),
    },
    // ingress-nginx writes block-cidrs as http-level deny lines; ingressc denies them on every route,
    // with the route's own deny list (configmap/support.ts says where that is stricter).
    'block-cidrs': {
        overriddenBy: [],
        has: (s) => s.blockCidrs !== undefined,
        apply: (ing, s) => withPolicy(ing, { sourceDeny: union(s.blockCidrs, ing.policies?.sourceDeny) }),
    },
    'proxy-body-size': {
        annotation: 'proxy-body-size',
        overriddenBy: ['proxy-body-size'],
        has: (s) => s.maxBodyBytes !== undefined,
        apply: (ing, s) => withPolicy(ing, { maxBodyBytes: s.maxBodyBytes }),
    },
    'client-body-buffer-size': {
        annotation: 'client-body-buffer-size',
        overriddenBy: ['client-body-buffer-size'],
        has: (s) => s.bodyBufferSize !== undefined,
        apply: (ing, s) => withPolicy(ing, { bodyBufferSize: s.bodyBufferSize }),
    },
    'proxy-connect-timeout': {
        annotation: 'proxy-connect-timeout',
        overriddenBy: ['proxy-connect-timeout'],
        has: (s) => s.timeouts.connect !== undefined,
        apply: (ing, s) => withTimeout(ing, 'connect', s.timeouts.connect),
    },
    'proxy-send-timeout': {
        annotation: 'proxy-send-timeout',
        overriddenBy: ['proxy-send-timeout'],
        has: (s) => s.timeouts.send !== undefined,
        apply: (ing, s) => withTimeout(ing, 'send', s.timeouts.send),
    },
    'proxy-read-timeout': {
        annotation: 'proxy-read-timeout',
        overriddenBy: ['proxy-read-timeout'],
        has: (s) => s.timeouts.read !== undefined,
        apply: (ing, s) => withTimeout(ing, 'read', s.timeouts.read),
    },
    'service-upstream': {
        annotation: 'service-upstream',
        overriddenBy: ['service-upstream'],
        has: (s) => s.serviceUpstream !== undefined,
        apply: (ing, s) => ({ ...ing, features: { ...ing.features, backend: { ...(ing.features.backend ?? {}), serviceUpstream: s.serviceUpstream } } }),
    },
    'load-balance': {
        annotation: 'load-balance',
        overriddenBy: ['load-balance'],
        has: (s) => s.loadBalance !== undefined,
        apply: (ing, s) => ({ ...ing, features: { ...ing.features, loadBalancing: { ...(ing.features.loadBalancing ?? {}), algorithm: s.loadBalance } } }),
    },
    'ssl-redirect': {
        annotation: 'ssl-redirect',
        overriddenBy: ['ssl-redirect'],
        has: (s) => s.sslRedirect !== undefined,
        apply: (ing, s) => ({ ...ing, sslRedirect: s.sslRedirect }),
    },
    'force-ssl-redirect': {
        annotation: 'force-ssl-redirect',
        overriddenBy: ['force-ssl-redirect'],
        has: (s) => s.forceSslRedirect !== undefined,
        apply: (ing, s) => ({ ...ing, features: { ...ing.features, redirects: { ...(ing.features.redirects ?? {}), forceSslRedirect: s.forceSslRedirect } } }),
    },
    // nginx.tmpl writes `absolute_redirect off;` in the http block: every location inherits it, and an
    // Ingress's relative-redirects "false" writes nothing in its location, so cannot take it back.
    'relative-redirects': {
        annotation: 'relative-redirects',
        overriddenBy: [],
        has: (s) => s.relativeRedirects === true,
        moot: (v) => parseGoBool(v) === false,
        apply: (ing) => ({ ...ing, features: { ...ing.features, redirects: { ...(ing.features.redirects ?? {}), relative: true } } }),
    },
    'custom-http-errors': {
        annotation: 'custom-http-errors',
        overriddenBy: ['custom-http-errors'],
        has: (s) => (s.customHttpErrors?.length ?? 0) > 0,
        // nginx.tmpl: the http-level error_page lines send these to the global default backend, even
        // from an Ingress with a default-backend annotation (only its own custom-http-errors go there).
        apply: (ing, s) => ({ ...ing, features: { ...ing.features, errors: { ...(ing.features.errors ?? {}), codes: s.customHttpErrors, codesFromConfigMap: true } } }),
    },
    ...Object.fromEntries(TUNING_CONFIG_KEYS.map((k) => [k, tuningKey(k)])),
    // The defaults of the annotations of the same name (families/errors.ts): an Ingress's own replaces each
    // (proxy.go falls back to the ConfigMap when the annotation is absent); lower/response-rewrites.ts pairs
    // the ConfigMap's proxy-redirect-from with an Ingress's proxy-redirect-to.
    'proxy-cookie-domain': responseRewriteKey('proxy-cookie-domain', 'cookieDomain'),
    'proxy-cookie-path': responseRewriteKey('proxy-cookie-path', 'cookiePath'),
    'proxy-redirect-from': responseRewriteKey('proxy-redirect-from', 'redirectFrom'),
    // nginx.tmpl buildNextUpstream: non_idempotent joins every location's proxy_next_upstream, whatever
    // its annotation lists (an Ingress cannot take it away); "off" still retries nothing.
    'retry-non-idempotent': {
        overriddenBy: [],
        has: (s) => s.retryNonIdempotent === true,
        moot: (v) => parseGoBool(v) === false,
        apply: (ing) => ({ ...ing, features: { ...ing.features, upstreamTuning: { ...(ing.features.upstreamTuning ?? {}), retryNonIdempotent: true } } }),
    },
    ...Object.fromEntries(Object.entries(CLIENT_CONNECTION_FIELD).map(([k, f]) => [k, global((s) => s.clientConnection?.[f] !== undefined)])),
    'http-redirect-code': global((s) => s.httpRedirectCode !== undefined),
    // nginx.tmpl writes limit_req_status / limit_conn_status in the http block: every limited location answers it.
    'limit-req-status-code': { ...global((s) => s.limitStatus?.requests !== undefined), refuse: (v, target) => refusalStatusWhy(Number(v), target) },
    'limit-conn-status-code': global((s) => s.limitStatus?.connections !== undefined),
    'no-tls-redirect-locations': global((s) => s.noTlsRedirectLocations !== undefined),
    // lower/backends.ts reads it: "true" keeps each Ingress's proxy-ssl-* on its own routes ("false", the default, is what lowering does anyway).
    'proxy-ssl-location-only': { ...global((s) => s.proxySslLocationOnly !== undefined), moot: (v) => parseGoBool(v) === false },
    'hide-headers': global((s) => s.hideHeaders !== undefined),
    // Request headers dropped by name (lower/header-names.ts reads them). "false" keeps every name, which
    // only nginx can: the others refuse a name outside HTTP's token characters with 400.
    'enable-underscores-in-headers': global((s) => s.underscoresInHeaders !== undefined),
    'ignore-invalid-headers': { ...global((s) => s.ignoreInvalidHeaders !== undefined), refuse: (v, target) => (parseGoBool(v) === false ? INVALID_NAMES_WHY[target] : undefined) },
    // "false" (the default) is what HAProxy, Envoy and Caddy do anyway: they send no version.
    'server-tokens': { ...global((s) => s.serverTokens !== undefined), moot: (v) => parseGoBool(v) === false },
    // nginx.tmpl's http-level ssl_ciphers (with ssl_prefer_server_ciphers on); a host's ssl-ciphers replaces it for its handshakes.
    'ssl-ciphers': { ...global((s) => s.sslCiphers !== undefined), refuse: (v, target) => cipherRefusalOn(v, target) },
    'ssl-protocols': { ...global((s) => s.sslProtocols !== undefined), beyond: (s) => (modernTls(s.sslProtocols) ? undefined : 'only TLSv1.2 and TLSv1.3 are applied') },
    'block-user-agents': global((s) => s.blockUserAgents !== undefined),
    'block-referers': global((s) => s.blockReferers !== undefined),
    // Custom headers (lower/custom-headers.ts reads them where KEY_SUPPORT lists the target). The allow
    // list only gates custom-headers, whose own support row reports where it is not honoured.
    'add-headers': global((s) => s.addHeaders !== undefined),
    'proxy-set-headers': global((s) => s.proxySetHeaders !== undefined),
    'global-allowed-response-headers': { ...global((s) => s.allowedResponseHeaders !== undefined), moot: () => true },
    // The forwarded headers (lower/forwarded-headers.ts reads them where KEY_SUPPORT lists the target).
    'use-forwarded-headers': { ...global((s) => s.forwarded?.useForwardedHeaders !== undefined), moot: (v) => parseGoBool(v) === false },
    'enable-real-ip': { ...global((s) => s.forwarded?.enableRealIp !== undefined), moot: (v) => parseGoBool(v) === false },
    'use-proxy-protocol': { ...global((s) => s.forwarded?.useProxyProtocol !== undefined), moot: (v) => parseGoBool(v) === false },
    // nginx.tmpl reads these only under another key: compute-full-forwarded-for with use-forwarded-headers
    // ($full_x_forwarded_for), proxy-real-ip-cidr in the realip block (use-forwarded-headers, enable-real-ip
    // or use-proxy-protocol); those keys themselves fail (IC3151) where set.
    'compute-full-forwarded-for': { ...global((s) => s.forwarded?.computeFullForwardedFor !== undefined), moot: (v, cfg) => parseGoBool(v) === false || !setTrue(cfg, 'use-forwarded-headers') },
    'forwarded-for-header': { ...global((s) => s.forwarded?.forwardedForHeader !== undefined), refuse: (_v, target, s) => (realIpHeaderOk(s, target) ? undefined : REALIP_HEADER_WHY[target]) },
    'proxy-real-ip-cidr': { ...global((s) => s.forwarded?.proxyRealIpCidr !== undefined), moot: (_, cfg) => !['use-forwarded-headers', 'enable-real-ip', 'use-proxy-protocol'].some((k) => setTrue(cfg, k)) },
    'generate-request-id': global((s) => s.forwarded?.generateRequestId !== undefined),
    hsts: { ...global((s) => s.hsts !== undefined), moot: (v) => parseGoBool(v) === false },
    'hsts-include-subdomains': global((s) => s.hstsIncludeSubdomains !== undefined),
    'hsts-max-age': global((s) => s.hstsMaxAge !== undefined),
    'hsts-preload': global((s) => s.hstsPreload !== undefined),
    // Global external authentication (lower/auth.ts applies it). A companion or no-auth-locations without
    // global-auth-url changes nothing, but where the target has no global auth it fails closed all the same
    // (no-auth-locations would also lift an Ingress's own authentication in ingress-nginx).
    'global-auth-url': global((s) => s.globalAuth?.url !== undefined),
    'global-auth-method': { ...globalAuth((g) => g.method !== undefined), refuse: (v, t) => supportOf('auth-method', t)?.refuse?.(v) },
    'global-auth-signin': globalAuth((g) => g.signin !== undefined),
    'global-auth-signin-redirect-param': globalAuth((g) => g.signinRedirectParam !== undefined),
    'global-auth-response-headers': globalAuth((g) => (g.responseHeaders?.length ?? 0) > 0),
    'global-auth-request-redirect': globalAuth((g) => g.requestRedirect !== undefined),
    'global-auth-always-set-cookie': globalAuth((g) => g.alwaysSetCookie === true),
    'no-auth-locations': global((s) => s.noAuthLocations !== undefined),
    // Response compression (RouteTable.compression). nginx.tmpl writes the gzip-* keys only under use-gzip.
    'use-gzip': { ...global((s) => s.gzip?.use !== undefined), moot: (v) => parseGoBool(v) === false },
    'gzip-level': gzipKnob((g) => g.level !== undefined),
    'gzip-min-length': gzipKnob((g) => g.minLength !== undefined),
    'gzip-types': gzipKnob((g) => g.types !== undefined),
    'gzip-disable': gzipKnob((g) => (g.disable ?? '') !== ''),
    'enable-brotli': { ...global((s) => s.brotli?.enable !== undefined), moot: (v) => parseGoBool(v) === false },
    'brotli-level': brotliKnob((b) => b.level !== undefined),
    'brotli-min-length': brotliKnob((b) => b.minLength !== undefined),
    'brotli-types': brotliKnob((b) => b.types !== undefined),
};
function brotliKnob(has) {
    return { ...global((s) => s.brotli !== undefined && has(s.brotli)), moot: (_v, cfg) => !setTrue(cfg, 'enable-brotli') };
}
function gzipKnob(has) {
    return { ...global((s) => s.gzip !== undefined && has(s.gzip)), moot: (_v, cfg) => !setTrue(cfg, 'use-gzip') };
}
function globalAuth(has) {
    return global((s) => s.globalAuth !== undefined && has(s.globalAuth));
}
function tuningKey(k) {
    const field = TUNING_FIELD[k];
    return {
        annotation: k,
        overriddenBy: [k],
        has: (s) => s.tuning?.[field] !== undefined,
        apply: (ing, s) => ({ ...ing, features: { ...ing.features, upstreamTuning: { ...(ing.features.upstreamTuning ?? {}), [field]: s.tuning[field] } } }),
    };
}
function responseRewriteKey(k, field) {
    return {
        annotation: k,
        overriddenBy: [k],
        has: (s) => s.responseRewrites?.[field] !== undefined,
        apply: (ing, s) => ({ ...ing, features: { ...ing.features, errors: { ...(ing.features.errors ?? {}), [field]: s.responseRewrites[field] } } }),
    };
}
function global(has) {
    return { overriddenBy: [], has, apply: (ing) => ing };
}
export function controllerWide(cfg, target) {
    const s = cfg?.settings;
    if (!s)
        return {};
    const on = (key) => KEY_SUPPORT[key]?.[target] !== undefined;
    const code = s.httpRedirectCode;
    const hsts = on('hsts') ? hstsValue(s) : undefined;
    const compression = on('use-gzip') ? gzipOf(s, on) : undefined;
    const brotli = on('enable-brotli') ? brotliOf(s) : undefined;
    const blocks = [
        ...(on('block-user-agents') ? (s.blockUserAgents ?? []).map((p) => ({ header: 'user-agent', ...p })) : []),
        ...(on('block-referers') ? (s.blockReferers ?? []).map((p) => ({ header: 'referer', ...p })) : []),
    ];
    const conn = s.clientConnection ?? {};
    const limitStatus = {
        ...(on('limit-req-status-code') && s.limitStatus?.requests !== undefined ? { requests: s.limitStatus.requests } : {}),
        ...(on('limit-conn-status-code') && s.limitStatus?.connections !== undefined ? { connections: s.limitStatus.connections } : {}),
    };
    const clientConnection = Object.fromEntries(Object.entries(CLIENT_CONNECTION_FIELD).filter(([key, f]) => conn[f] !== undefined && on(key)).map(([, f]) => [f, conn[f]]));
    return {
        ...(Object.keys(clientConnection).length ? { clientConnection } : {}),
        ...(Object.keys(limitStatus).length ? { limitStatus } : {}),
        ...(on('http-redirect-code') && code !== undefined && code !== 308 ? { httpsRedirectCode: code } : {}),
        ...(hsts ? { hsts } : {}),
        ...(blocks.length ? { headerBlocks: blocks } : {}),
        // ingress-nginx's default (TLSv1.2 TLSv1.3) written out too: the proxies' own defaults differ by version and build.
        ...(on('ssl-protocols') ? { tlsVersions: modernTls(s.sslProtocols) ? [...new Set(s.sslProtocols)].sort() : ['TLSv1.2', 'TLSv1.3'] } : {}),
        // nginx.tmpl writes ssl_ciphers with ssl_prefer_server_ciphers on unless the value is "".
        ...(on('ssl-ciphers') && s.sslCiphers !== '' ? { tlsCiphers: { ciphers: s.sslCiphers ?? DEFAULT_SSL_CIPHERS, preferServer: true } } : {}),
        ...(on('server-tokens') ? { serverTokens: s.serverTokens ?? false } : {}),
        ...(on('hide-headers') && s.hideHeaders ? { hideResponseHeaders: [...new Set(s.hideHeaders.map((h) => h.toLowerCase()))].sort() } : {}),
        ...(on('no-tls-redirect-locations') ? { noTlsRedirect: s.noTlsRedirectLocations ?? ['/.well-known/acme-challenge'] } : {}),
        ...(compression ? { compression } : {}),
        ...(brotli ? { brotli } : {}),
    };
}
/** enable-brotli "true": nginx.tmpl's brotli block with config.go's defaults (level 4, min length 20, its list). */
function brotliOf(s) {
    const b = s.brotli;
    if (b?.enable !== true)
        return undefined;
    const types = b.types ?? defaultTypes('brotli-types');
    return { level: b.level ?? 4, minLength: b.minLength ?? 20, ...(types === '*' ? {} : { types: [...new Set([...types, 'text/html'])].sort() }) };
}
/**
 * use-gzip "true": nginx.tmpl's gzip block with config.go's defaults (level 1, min length 256, its
 * type list) for the knobs the ConfigMap leaves out; a knob the target cannot apply is left out
 * (its IC3152 says so). nginx always compresses text/html besides gzip_types.
 */
function gzipOf(s, on) {
    const g = s.gzip;
    if (g?.use !== true)
        return undefined;
    const types = g.types ?? defaultTypes('gzip-types');
    return {
        ...(on('gzip-level') ? { level: g.level ?? 1 } : {}),
        ...(on('gzip-min-length') ? { minLength: g.minLength ?? 256 } : {}),
        ...(types === '*' ? {} : { types: [...new Set([...types, 'text/html'])].sort() }),
        ...(on('gzip-disable') && g.disable ? { disableUserAgent: g.disable } : {}),
    };
}
/** The documented default list of gzip-types / brotli-types, parsed. */
function defaultTypes(key) {
    const d = CONFIGMAP_KEYS.find((k) => k.key === key)?.default;
    const p = d === undefined ? undefined : parseMimeTypes(d);
    if (!p || !('value' in p) || !Array.isArray(p.value))
        throw new Error(`${key}: no default type list`);
    return p.value;
}
/**
 * ingress-nginx's lua_ingress.lua header(): with hsts (default true), "max-age=" .. hsts-max-age
 * (default 31536000), "; includeSubDomains" with hsts-include-subdomains (default true), and
 * "; preload" with hsts-preload (default false). The defaults are config.go's.
 */
export function hstsValue(s) {
    if (s.hsts === false)
        return undefined;
    return `max-age=${s.hstsMaxAge ?? '31536000'}${s.hstsIncludeSubdomains === false ? '' : '; includeSubDomains'}${s.hstsPreload === true ? '; preload' : ''}`;
}
/** ingress-nginx defaults that apply without the key and that ingressc does not model (README "Controller ConfigMap"). */
const UNMODELLED_DEFAULTS = {
    // nginx's own client_max_body_size default is ingress-nginx's: only the other targets differ.
    'proxy-body-size': { value: '1m', effect: 'a request body above 1 MiB is answered 413', fix: 'set proxy-body-size: "1m" in the ConfigMap to have it applied', except: ['nginx'] },
    hsts: {
        value: 'true',
        effect: 'HTTPS responses of hosts with a certificate carry Strict-Transport-Security: max-age=31536000; includeSubDomains',
        fix: `compile for ${Object.keys(KEY_SUPPORT.hsts ?? {}).join(', ')} to have it applied, or set hsts: "false" in the ConfigMap to say it is not wanted`,
        except: Object.keys(KEY_SUPPORT.hsts ?? {}),
    },
    'no-tls-redirect-locations': {
        value: '/.well-known/acme-challenge',
        effect: 'a path starting with it is never redirected to HTTPS (ACME HTTP-01 challenges are answered over HTTP)',
        fix: `compile for ${Object.keys(KEY_SUPPORT['no-tls-redirect-locations'] ?? {}).join(', ')} to have it applied`,
        except: Object.keys(KEY_SUPPORT['no-tls-redirect-locations'] ?? {}),
    },
};
/**
 * Applies the controller ConfigMap to the Ingresses (in lowering, per target): each honoured key
 * becomes the value of its annotation on every Ingress that does not set it; a key the target
 * cannot honour fails closed (access: error), fails (routing: error) or warns (tuning), located at
 * the ConfigMap key. Keys set to ingress-nginx's default change nothing and are not reported.
 */
export function applyControllerConfig(ingresses, cfg, target, diags) {
    if (!cfg)
        return ingresses;
    let out = ingresses;
    const keys = new Set(cfg.entries.map((e) => e.key.key));
    for (const [key, d] of Object.entries(UNMODELLED_DEFAULTS))
        if (!keys.has(key) && !d.except?.includes(target))
            diags.report('IC3154', cfg.ref, { key, value: d.value, effect: d.effect, fix: d.fix, target }, { target });
    for (const e of cfg.entries) {
        const field = `data.${e.key.key}`;
        const args = { key: e.key.key, family: e.key.family, target };
        const h = HONOURED[e.key.key];
        if (h) {
            if (!h.has(cfg.settings))
                continue;
            const inherit = (ing) => !h.overriddenBy.some((a) => `${NGINX_PREFIX}${a}` in ing.annotations);
            const heirs = out.filter(inherit);
            if (heirs.length === 0)
                continue;
            const support = h.annotation ? supportOf(h.annotation, target) : KEY_SUPPORT[e.key.key]?.[target];
            if (!support) {
                // A controller-wide key at its default changes nothing, unless that default is itself unmodelled (hsts).
                if (h.moot?.(e.value, cfg) || (!e.changed && !h.annotation && !(e.key.key in UNMODELLED_DEFAULTS && e.key.kind === 'tuning')))
                    continue;
                if (e.key.kind === 'access')
                    diags.report('IC3150', e.ref, { ...args, what: h.annotation ? whose(heirs) : 'every route' }, { field, target });
                else if (e.key.kind === 'routing')
                    diags.report('IC3151', e.ref, { ...args, why: whyNot(e.key.key, target) }, { field, target });
                else if (e.changed || !h.annotation)
                    diags.report('IC3152', e.ref, args, { field, target });
                continue;
            }
            const beyond = h.beyond?.(cfg.settings);
            if (beyond !== undefined) {
                if (e.changed)
                    diags.report('IC3152', e.ref, args, { field, target });
                continue;
            }
            const why = h.annotation ? supportOf(h.annotation, target)?.refuse?.(e.value) : h.refuse?.(e.value, target, cfg.settings);
            if (why !== undefined) {
                diags.report('IC3153', e.ref, { ...args, why }, { field, target });
                continue;
            }
            out = out.map((ing) => (inherit(ing) ? h.apply(ing, cfg.settings) : ing));
            continue;
        }
        if (!e.changed || EQUIVALENT[e.key.key]?.holds(e.value))
            continue;
        if (e.key.kind === 'access')
            diags.report('IC3150', e.ref, { ...args, what: 'every route' }, { field, target });
        else if (e.key.kind === 'routing')
            diags.report('IC3151', e.ref, { ...args, why: whyNot(e.key.key, target) }, { field, target });
        else
            diags.report('IC3152', e.ref, args, { field, target });
    }
    return out;
}
/**
 * block-cidrs or global-auth-url with a default backend (--default-backend, or an Ingress without
 * rules): ingress-nginx denies the addresses / asks the auth service there too (a host's fallback
 * location takes its first Ingress's annotations), but the IR's fallbacks carry no policies: fail closed.
 */
export function blockedDefaultBackend(cfg, target, hasDefault, diags) {
    if (!cfg || !hasDefault)
        return;
    // global-auth-url: ingress-nginx's host servers fall back to a root location that asks the auth service.
    const restricting = { 'block-cidrs': cfg.settings.blockCidrs !== undefined, 'global-auth-url': cfg.settings.globalAuth?.url !== undefined };
    for (const [key, set] of Object.entries(restricting)) {
        const e = cfg.entries.find((x) => x.key.key === key);
        if (!e || !set || !KEY_SUPPORT[key]?.[target])
            continue;
        diags.report('IC3150', e.ref, { key, family: e.key.family, target, what: 'the default backend (--default-backend or an Ingress without rules), which ingressc cannot restrict yet' }, { field: `data.${key}`, target });
    }
}
/**
 * Targets that take the client address from X-Forwarded-For only: another forwarded-for-header
 * with use-forwarded-headers or enable-real-ip is refused (IC3153), never read from any peer.
 */
const REALIP_HEADER_WHY = {
    envoy: "the client address is detected from X-Forwarded-For only; Envoy's custom_header detection would trust another header from every peer, not only those in proxy-real-ip-cidr",
};
/** The targets without OpenSSL's cipher-string language (src/ir/ciphers.ts). */
const CIPHER_LIBRARY = { envoy: 'boringssl', caddy: 'go', traefik: 'go' };
/** Why `target` cannot apply the ConfigMap's ssl-ciphers value (IC3153); "" leaves the proxy's own list. */
function cipherRefusalOn(v, target) {
    const lib = CIPHER_LIBRARY[target];
    return lib && v !== '' ? cipherRefusal(v, lib) : undefined;
}
/**
 * The refusal statuses Envoy's local rate limit can answer: the 4xx and 5xx of its HttpStatus enum
 * (envoy.type.v3.StatusCode; `envoy --mode validate` refuses another).
 */
const ENVOY_STATUSES = new Set([...range(400, 417), 421, 422, 423, 424, 426, 428, 429, 431, ...range(500, 508), 510, 511]);
function range(from, to) {
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
const refusalStatusWhy = (status, target) => target === 'envoy' && !ENVOY_STATUSES.has(status) ? `Envoy's local rate limit answers only the statuses its HttpStatus enum names, and ${status} is not one of them` : undefined;
/** ignore-invalid-headers "false": nginx then passes a header whose name has any character but controls, space and ":" (IC3153). */
const INVALID_NAMES_WHY = {
    haproxy: 'HAProxy answers 400 to a header name with a character outside HTTP\'s token characters (such as "(", "@" or a non-ASCII byte), whose header nginx then passes',
    envoy: 'Envoy answers 400 to a header name with a character outside HTTP\'s token characters (such as "(", "@" or a non-ASCII byte), whose header nginx then passes',
    caddy: 'Caddy (Go\'s HTTP server) answers 400 to a header name with a character outside HTTP\'s token characters (such as "(", "@" or a non-ASCII byte), whose header nginx then passes',
};
export function realIpHeaderOk(s, target) {
    const f = s.forwarded;
    const header = f?.forwardedForHeader;
    return !REALIP_HEADER_WHY[target] || !(f?.useForwardedHeaders === true || f?.enableRealIp === true) || header === undefined || header.toLowerCase() === 'x-forwarded-for';
}
/** What IC3151 adds for routing keys whose effect is not obvious from the name. */
const WHY = {
    'annotations-risk-level': ': ingress-nginx then refuses Ingresses using annotations above that risk, and ingressc does not rank annotations',
    'use-forwarded-headers': ': ingress-nginx then trusts X-Forwarded-* from clients (and judges source ranges on them)',
    'enable-real-ip': ': the client address (which source ranges judge) would come from a header',
    'compute-full-forwarded-for': ': the received X-Forwarded-For with the peer appended would be sent',
    'use-proxy-protocol': ': the listeners would expect the PROXY protocol, and source ranges judge its address',
    'http-redirect-code': ': ingressc redirects HTTP to HTTPS with 308 on this target',
};
const whyNot = (key, target) => {
    const why = keyWhyNot(key, target);
    return `${WHY[key] ?? ''}${why ? `; ${why}` : ''}`;
};
/**
 * annotation-value-word-blocklist: ingress-nginx drops (does not serve) an Ingress when the value
 * of one of its nginx.ingress.kubernetes.io/ annotations contains a listed word (e2e
 * settings/badannotationvalues.go). So does ingressc, with a warning at the annotation (at the
 * Ingress's name for a refused or skipped key, which has no use record; the message names it).
 */
export function dropBlocklisted(ingresses, cfg, diags) {
    const list = cfg?.settings.wordBlocklist;
    if (!list)
        return ingresses;
    return ingresses.filter((ing) => {
        for (const key of Object.keys(ing.annotations).sort()) {
            if (!key.startsWith(NGINX_PREFIX))
                continue;
            const word = list.words.find((w) => ing.annotations[key].includes(w));
            if (word === undefined)
                continue;
            const use = ing.annotationUses.find((u) => u.key === key);
            diags.report('IC3155', use?.ref ?? ing.ref, { ingress: ing.id, key, word, at: `${list.ref.file}:${list.ref.line}:${list.ref.col}` }, { field: `metadata.annotations[${JSON.stringify(key)}]` });
            return false;
        }
        return true;
    });
}
const whose = (ings) => `the routes of ${ings.length === 1 ? `Ingress ${ings[0].id}` : `${ings.length} Ingresses (${ings.slice(0, 3).map((i) => i.id).join(', ')}${ings.length > 3 ? ', ...' : ''})`} (which do not set the annotation themselves)`;
