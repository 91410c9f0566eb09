import { parseGoBool } from '../parse-bool.js';
/** ingress-nginx's defaults (cors/main.go). */
export const CORS_DEFAULTS = {
    methods: 'GET, PUT, POST, DELETE, PATCH, OPTIONS',
    headers: 'DNT,Keep-Alive,User-Agent,X-Requested-With,If-Modified-Since,Cache-Control,Content-Type,Range,Authorization',
    credentials: true,
    maxAge: 1728000,
};
/**
 * The grammars, written without nested quantifiers over optional parts (ingress-nginx's own
 * `^([A-Za-z]+,?\s?)+$` backtracks exponentially in JavaScript): letters (or name characters)
 * separated by ",", ", " or " ", optionally ending with ",".
 */
const METHODS_RE = /^[A-Za-z]+(?:(?:, |,| )[A-Za-z]+)*,?$/;
/** parser.HeadersVariable. */
const HEADERS_RE = /^[A-Za-z0-9_, -]*$/;
const EXPOSE_RE = /^[A-Za-z0-9_*-]+(?:(?:, |,| )[A-Za-z0-9_*-]+)*,?$/;
/** strconv.Atoi, bounded so the value stays an exact JavaScript integer. */
const INT_RE = /^[+-]?[0-9]{1,15}$/;
/** One origin entry as ingress-nginx's list validator accepts it (scheme optional there). */
const ORIGIN_ENTRY_RE = /^(?:[a-z]+:\/\/)?(?:\*\.)?[A-Za-z0-9.-]*(?::[0-9]+)?$/;
/** What ingress-nginx's Parse keeps (corsOriginRegex): a scheme is required. */
const ORIGIN_KEPT_RE = /^[a-z]+:\/\/(?:\*\.)?[A-Za-z0-9.-]*(?::[0-9]+)?$/;
const ORIGIN_EXPECTED = 'expected a comma-separated list of origins scheme://host[:port] (the host may start with "*." for one label), "null", or "*"';
export const CORS_KEYS = ['enable-cors', 'cors-allow-origin', 'cors-allow-methods', 'cors-allow-headers', 'cors-expose-headers', 'cors-allow-credentials', 'cors-max-age'];
const corsOf = (into) => {
    const t = (into.traffic ??= {});
    return (t.cors ??= { enabled: false });
};
/** ingress-nginx's normalizeString: each line trimmed (values here have no newline). */
const norm = (s) => s.trim();
/** cors-allow-origin → '*' or the kept origins, with the entries ingress-nginx skips. */
export function parseCorsOrigins(value) {
    const v = norm(value);
    // An empty value is "not set" for ingress-nginx: the default "*".
    if (v === '')
        return { origins: '*', skipped: [] };
    const entries = v.split(',').map((e) => e.trim()).filter((e) => e !== '');
    for (const e of entries)
        if (e !== '*' && e !== 'null' && !ORIGIN_ENTRY_RE.test(e))
            return { expected: `${ORIGIN_EXPECTED}, found ${JSON.stringify(e)}` };
    if (entries.includes('*'))
        return { origins: '*', skipped: entries.filter((e) => e !== '*').map((e) => [e, 'the list also holds "*", which allows every origin']) };
    const origins = [];
    const skipped = [];
    for (const e of entries) {
        if (e === 'null' || ORIGIN_KEPT_RE.test(e))
            origins.push(e);
        else
            skipped.push([e, 'it has no scheme (ingress-nginx skips it)']);
    }
    return { origins, skipped };
}
function readCors(name, value, into) {
    const v = norm(value);
    switch (name) {
        case 'enable-cors':
        case 'cors-allow-credentials': {
            const b = parseGoBool(value);
            if (b === undefined)
                return { detail: 'expected a boolean' }; // read.ts checks booleans first
            if (name === 'enable-cors')
                corsOf(into).enabled = b;
            else
                corsOf(into).credentials = b;
            return undefined;
        }
        case 'cors-allow-origin': {
            const r = parseCorsOrigins(value);
            if ('expected' in r)
                return { detail: r.expected };
            const c = corsOf(into);
            c.origins = r.origins;
            if (r.skipped.length) {
                c.skipped = r.skipped;
                // The value is honoured; the warning names what ingress-nginx drops (the key stays unused
                // by annotation-support.ts, but enable-cors carries the support check).
                return { code: 'IC2280', detail: r.skipped.map(([e, why]) => `${JSON.stringify(e)}: ${why}`).join('; ') };
            }
            return undefined;
        }
        case 'cors-allow-methods':
            if (v === '')
                return undefined;
            if (!METHODS_RE.test(v))
                return { detail: `expected HTTP methods (letters) separated by ",", ", " or " ", found ${JSON.stringify(value)}` };
            corsOf(into).methods = v;
            return undefined;
        case 'cors-allow-headers':
            if (v === '')
                return undefined;
            if (!HEADERS_RE.test(v))
                return { detail: `expected header names (letters, digits, "_", "-") separated by "," or " ", found ${JSON.stringify(value)}` };
            corsOf(into).headers = v;
            return undefined;
        case 'cors-expose-headers':
            if (v === '')
                return undefined;
            if (!EXPOSE_RE.test(v))
                return { detail: `expected header names (letters, digits, "_", "-") or "*" separated by ",", ", " or " ", found ${JSON.stringify(value)}` };
            corsOf(into).exposeHeaders = v;
            return undefined;
        case 'cors-max-age':
            if (!INT_RE.test(value))
                return { detail: `expected a whole number of seconds, found ${JSON.stringify(value)}` };
            corsOf(into).maxAge = Number(value);
            return undefined;
    }
    return undefined;
}
export const AFFINITY_KEYS = [
    'affinity',
    'affinity-mode',
    'affinity-canary-behavior',
    'session-cookie-name',
    'session-cookie-path',
    'session-cookie-domain',
    'session-cookie-samesite',
    'session-cookie-expires',
    'session-cookie-max-age',
    'session-cookie-secure',
    'session-cookie-conditional-samesite-none',
    'session-cookie-change-on-failure',
];
export const DEFAULT_COOKIE_NAME = 'INGRESSCOOKIE';
/** A cookie name: an RFC 6265 token within ingress-nginx's BasicChars (no "/" or ":", which are not token characters). */
const COOKIE_NAME_RE = /^[A-Za-z0-9._~-]+$/;
/** A cookie Path: absolute, path characters only (ingress-nginx's URL characters without ",:?&="). */
const COOKIE_PATH_RE = /^\/[A-Za-z0-9._~/-]*$/;
/** A cookie Domain: DNS labels, an optional leading ".". */
const COOKIE_DOMAIN_RE = /^\.?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
/** Whole seconds (ingress-nginx's unanchored `(^0|-?[1-9]\d*$)` also lets "-5" and "0abc" through). */
const SECONDS_RE = /^(?:0|[1-9][0-9]{0,9})$/;
const affinityOf = (into) => {
    const t = (into.traffic ??= {});
    return (t.affinity ??= {});
};
function option(value, options, caseSensitive) {
    const v = value.trim();
    return options.find((o) => (caseSensitive ? o === v : o.toLowerCase() === v.toLowerCase()));
}
function readAffinity(name, value, into) {
    const v = norm(value);
    const a = affinityOf(into);
    switch (name) {
        case 'affinity':
            if (option(value, ['cookie'], true) === undefined)
                return { detail: `expected "cookie" (the only affinity type), found ${JSON.stringify(value)}` };
            a.type = 'cookie';
            return undefined;
        case 'affinity-mode': {
            const m = option(value, ['balanced', 'persistent'], true);
            if (m === undefined)
                return { detail: `expected "balanced" or "persistent", found ${JSON.stringify(value)}` };
            a.mode = m;
            return undefined;
        }
        case 'affinity-canary-behavior': {
            const m = option(value, ['sticky', 'legacy'], true);
            if (m === undefined)
                return { detail: `expected "sticky" or "legacy", found ${JSON.stringify(value)}` };
            a.canaryBehavior = m;
            return undefined;
        }
        case 'session-cookie-name':
            if (v === '')
                return undefined;
            if (!COOKIE_NAME_RE.test(v))
                return { detail: `expected a cookie name (letters, digits, ".", "_", "~", "-"), found ${JSON.stringify(value)}` };
            a.name = v;
            return undefined;
        case 'session-cookie-path':
            if (v === '')
                return undefined;
            if (!COOKIE_PATH_RE.test(v))
                return { detail: `expected a path starting with "/" (letters, digits, ".", "_", "~", "-", "/"), found ${JSON.stringify(value)}` };
            a.path = v;
            return undefined;
        case 'session-cookie-domain':
            if (v === '')
                return undefined;
            if (!COOKIE_DOMAIN_RE.test(v))
                return { detail: `expected a domain name, found ${JSON.stringify(value)}` };
            a.domain = v;
            return undefined;
        case 'session-cookie-samesite': {
            // ingress-nginx matches the options case-insensitively and sends the value as written.
            if (option(value, ['none', 'lax', 'strict'], false) === undefined)
                return { detail: `expected "None", "Lax" or "Strict", found ${JSON.stringify(value)}` };
            a.sameSite = v;
            return undefined;
        }
        case 'session-cookie-expires':
        case 'session-cookie-max-age':
            if (!SECONDS_RE.test(v))
                return { detail: `expected a whole number of seconds, found ${JSON.stringify(value)}` };
            if (name === 'session-cookie-expires')
                a.expires = Number(v);
            else
                a.maxAge = Number(v);
            return undefined;
        case 'session-cookie-secure':
        case 'session-cookie-conditional-samesite-none':
        case 'session-cookie-change-on-failure': {
            const b = parseGoBool(value);
            if (b === undefined)
                return { detail: 'expected a boolean' };
            if (name === 'session-cookie-secure')
                a.secure = b;
            else if (name === 'session-cookie-change-on-failure')
                a.changeOnFailure = b;
            else
                a.conditionalSameSiteNone = b;
            return undefined;
        }
    }
    return undefined;
}
const AFFINITY_SET = new Set(AFFINITY_KEYS);
/** enable-access-log: a Go boolean (read.ts checked it). */
function readAccessLog(value, into) {
    const b = parseGoBool(value);
    if (b === undefined)
        return { detail: 'expected a boolean' };
    (into.traffic ??= {}).accessLog = b;
    return undefined;
}
export const trafficReader = {
    keys: [...CORS_KEYS, ...AFFINITY_KEYS, 'enable-access-log'],
    read: (name, value, into) => name === 'enable-access-log' ? readAccessLog(value, into) : AFFINITY_SET.has(name) ? readAffinity(name, value, into) : readCors(name, value, into),
    // ingress-nginx ignores every cors-* key unless enable-cors is true.
    inert: (name, value) => name === 'enable-cors' && parseGoBool(value) === false,
};
