import { KEY_SUPPORT } from './configmap/support.js';
import { parseNginxSize } from './size.js';
import { ROWS as AUTH_ROWS } from './support-rows/auth.js';
import { ROWS as BACKEND_ROWS } from './support-rows/backends.js';
import { ROWS as CANARY_ROWS } from './support-rows/canary.js';
import { ROWS as CLIENT_CERT_ROWS } from './support-rows/clientcert.js';
import { ROWS as ERROR_ROWS } from './support-rows/errors.js';
import { ROWS as LIMIT_ROWS } from './support-rows/limits.js';
import { ROWS as LOAD_BALANCING_ROWS } from './support-rows/load-balancing.js';
import { ROWS as PASSTHROUGH_ROWS } from './support-rows/passthrough.js';
import { ROWS as REDIRECT_ROWS } from './support-rows/redirects.js';
import { ROWS as TRAFFIC_ROWS } from './support-rows/traffic.js';
import { ROWS as TUNING_ROWS, UNSUPPORTED_WHY as TUNING_WHY } from './support-rows/upstream-tuning.js';
import { WHY_NOT } from './support-rows/why-not.js';
import { TRAEFIK_WHY } from './support-rows/traefik-why.js';
import { GATEWAY_API_WHY_NOT } from './support-rows/gateway-api-unsupported.js';
import { ROWS as HEADER_ROWS } from './support-rows/headers.js';
import { ROWS as TLS_CIPHER_ROWS, WHY_NOT as TLS_CIPHER_WHY } from './support-rows/tls-ciphers.js';
import { ROWS as MIRROR_ROWS, WHY as MIRROR_WHY } from './support-rows/mirror.js';
/** max_request_bytes of Envoy's buffer filter is a uint32. */
export const ENVOY_MAX_BUFFER_BYTES = 0xffffffff;
/** Client address = the TCP peer (README "Source ranges"); live proof: test/conformance/ingress-nginx/. */
const sourceRange = { level: 'supported' };
const allowList = { nginx: sourceRange, haproxy: sourceRange, envoy: sourceRange, traefik: sourceRange, caddy: sourceRange };
const noDefaultLimit = 'without the annotation there is no limit (ingress-nginx, and nginx, default to 1m)';
const bodySize = {
    nginx: { level: 'supported' },
    haproxy: { level: 'partial', note: `checked on the declared Content-Length only: a chunked body is not limited; ${noDefaultLimit}` },
    envoy: {
        level: 'partial',
        note: `the buffer filter holds the whole body in memory (limits above 4 GiB are refused); ${noDefaultLimit}`,
        refuse: (v) => {
            const s = parseNginxSize(v, { offset: true });
            return 'bytes' in s && s.bytes > ENVOY_MAX_BUFFER_BYTES ? `Envoy's buffer filter holds at most ${ENVOY_MAX_BUFFER_BYTES} bytes` : undefined;
        },
    },
    traefik: { level: 'partial', note: `the buffering middleware holds the body (spilling to disk past its memory limit); ${noDefaultLimit}` },
    // request_body: 413 on a declared Content-Length above the limit, and on a chunked body once it passes it.
    caddy: { level: 'partial', note: noDefaultLimit },
};
const full = { level: 'supported' };
/** Path matching and rewriting (docs/ir-v2.md "Path matching"), proven by test/conformance/ingress-nginx/. */
const pathRows = { nginx: full, haproxy: full, envoy: full, traefik: full, caddy: full };
/** Proof: test/conformance/ingress-nginx/{rewrite,pathtype}.feature through test/gateway-api/evaluate.ts (emitter: src/emit/gateway-api/regex.ts). */
const gatewayRegexNote = 'the host\'s paths become RegularExpression matches (RE2, whole path, case-insensitive), whose syntax and precedence Gateway API leaves to the implementation (IC4508): written for Envoy Gateway\'s ranking (longer pattern first) and for rule order alike';
const gatewayRegex = { level: 'partial', note: gatewayRegexNote };
const gatewayRewrite = {
    level: 'partial',
    note: `${gatewayRegexNote}; a target without capture references is a URLRewrite ReplaceFullPath, "/$2" on a path "<prefix>(/|$)(.*)" a ReplacePrefixMatch "/" on a PathPrefix "<prefix>" (matched case-sensitively); other capture references are refused (IC4507)`,
};
const yes = { level: 'supported' };
const haproxyServerTimeout = {
    level: 'partial',
    note: 'HAProxy has one server-side inactivity timeout for both directions (timeout server): it is set to the larger of proxy-send-timeout and proxy-read-timeout (60 s each when unset), so one direction may wait longer than on ingress-nginx',
};
const envoyReadTimeout = {
    level: 'partial',
    note: 'the route timeout bounds the whole response (from the end of the request to the last byte), not the gap between two reads: a response that streams longer than the value is cut off where ingress-nginx keeps it',
};
const traefikCanaryTimeouts = 'a weighted canary split keeps Traefik\'s default timeouts (IC4305)';
const everyTarget = (s) => ({ nginx: s, haproxy: s, envoy: s, traefik: s, caddy: s, 'gateway-api': s });
const CORE_ROWS = {
    'client-body-buffer-size': { nginx: { level: 'supported' } },
    'proxy-body-size': bodySize,
    'allowlist-source-range': allowList,
    // Traefik has no deny-list middleware: routers decide it (src/emit/traefik/client-twins.ts).
    'denylist-source-range': allowList,
    'whitelist-source-range': allowList,
    // Traefik: a serversTransport's forwardingTimeouts per distinct setting (src/emit/traefik/servers-transport.ts).
    'proxy-connect-timeout': { nginx: yes, haproxy: yes, envoy: yes, caddy: yes, traefik: { level: 'partial', note: traefikCanaryTimeouts } },
    'proxy-read-timeout': {
        nginx: yes,
        haproxy: haproxyServerTimeout,
        envoy: envoyReadTimeout,
        caddy: yes,
        traefik: {
            level: 'partial',
            note: `a serversTransport's responseHeaderTimeout: it bounds the wait for the response header after the request is written, not the gap between two reads of the body (a response that pauses longer is not cut off); ${traefikCanaryTimeouts}`,
        },
        'gateway-api': {
            level: 'partial',
            note: 'rules[].timeouts.backendRequest (Extended support) bounds the whole backend request, from the first byte sent to the last byte received, not the gap between two reads',
        },
    },
    'proxy-send-timeout': { nginx: yes, haproxy: haproxyServerTimeout, caddy: yes },
    'upstream-vhost': {
        nginx: yes,
        haproxy: yes,
        envoy: yes,
        caddy: yes,
        traefik: yes,
        'gateway-api': { level: 'partial', note: 'a URLRewrite hostname, which takes no port: a value with ":port" is a compile error (IC4080)' },
    },
    'use-regex': { ...pathRows, 'gateway-api': gatewayRegex },
    'rewrite-target': { ...pathRows, 'gateway-api': gatewayRewrite },
    // Gateway API: a RequestHeaderModifier set on the rewriting rule (core support); proof: xforwardedprefix.feature.
    'x-forwarded-prefix': { ...pathRows, 'gateway-api': full },
    // It only opts an Ingress out of the ConfigMap's global-auth-url (lower/auth.ts); where that key
    // is refused (IC3150) it changes nothing. It never restricts access.
    'enable-global-auth': Object.fromEntries(Object.keys(everyTarget(yes)).map((t) => [
        t,
        KEY_SUPPORT['global-auth-url']?.[t] ? yes : { level: 'partial', note: "the ConfigMap's global-auth-url is refused on this target (IC3150), so this key changes nothing" },
    ])),
};
/** One family file per annotation family (support-rows/); a key lives in exactly one of them. */
const SUPPORT = { ...CORE_ROWS, ...REDIRECT_ROWS, ...BACKEND_ROWS, ...CANARY_ROWS, ...AUTH_ROWS, ...TRAFFIC_ROWS, ...LIMIT_ROWS, ...CLIENT_CERT_ROWS, ...ERROR_ROWS, ...PASSTHROUGH_ROWS, ...TUNING_ROWS, ...LOAD_BALANCING_ROWS, ...HEADER_ROWS, ...MIRROR_ROWS, ...TLS_CIPHER_ROWS };
export function supportOf(key, target) {
    return SUPPORT[key]?.[target];
}
/** Why a target has no row for a key, where a family says (the matrix shows it). */
const WHY_UNSUPPORTED = mergeWhy([
    TUNING_WHY,
    TLS_CIPHER_WHY,
    MIRROR_WHY,
    WHY_NOT,
    TRAEFIK_WHY,
    Object.fromEntries(Object.entries(GATEWAY_API_WHY_NOT).map(([k, why]) => [k, { 'gateway-api': why }])),
]);
/** Per key and target: a family's own word first. */
function mergeWhy(tables) {
    const out = {};
    for (const t of tables)
        for (const [key, why] of Object.entries(t))
            for (const [target, text] of Object.entries(why ?? {}))
                if (text)
                    (out[key] ??= {})[target] ??= text;
    return out;
}
export function unsupportedWhy(key, target) {
    return SUPPORT[key]?.[target] ? undefined : WHY_UNSUPPORTED[key]?.[target];
}
