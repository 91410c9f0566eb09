import { parseGoBool } from '../parse-bool.js';
export const LOAD_BALANCING_KEYS = ['load-balance', 'upstream-hash-by', 'upstream-hash-by-subset', 'upstream-hash-by-subset-size'];
/** ingress-nginx's parser also accepts its internal balancer names; they only mean something with affinity or a hash. */
const INTERNAL_BALANCERS = ['chash', 'chashsubset', 'sticky_balanced', 'sticky_persistent'];
/**
 * ingress-nginx validates upstream-hash-by with ^[A-Za-z0-9\-_${}]*$ and util.lua's
 * parse_complex_value reads it as a sequence of ${name}, $name (greedy) and text. This grammar is
 * that sequence, with every "$" starting a variable and braces only around one: a lone "$" or
 * unbalanced brace (text for ingress-nginx) is refused, as a likely typo.
 */
const HASH_BY_RE = /^(?:\$\{[A-Za-z0-9_]+\}|\$[A-Za-z0-9_]+|[A-Za-z0-9_-]+)+$/;
const TOKEN_RE = /\$\{([A-Za-z0-9_]+)\}|\$([A-Za-z0-9_]+)|([A-Za-z0-9_-]+)/g;
export const HASH_VARIABLES = '$request_uri, $remote_addr, $binary_remote_addr, $host, $http_<header>, $cookie_<name>, $arg_<name>';
/**
 * nginx variable → a neutral key part (types.ts HashKeyPart), or undefined for a variable ingressc
 * does not reproduce. $http_x_user is header "x-user" (nginx reads dashes as underscores).
 */
function variablePart(name) {
    const n = name.toLowerCase();
    if (n === 'request_uri')
        return { request: 'target' };
    if (n === 'remote_addr' || n === 'binary_remote_addr')
        return { request: 'client-address' };
    if (n === 'host')
        return { request: 'host' };
    // nginx variable names are case-insensitive; header, cookie and argument names match without case.
    const m = /^(http|cookie|arg)_([a-z0-9_]+)$/.exec(n);
    if (!m)
        return undefined;
    const rest = name.slice(m[1].length + 1);
    if (m[1] === 'http')
        return /^[a-z0-9][a-z0-9_]*$/.test(m[2]) ? { header: m[2].replace(/_/g, '-') } : undefined;
    if (m[1] === 'cookie')
        return /^[A-Za-z0-9_]+$/.test(rest) ? { cookie: rest } : undefined;
    return /^[A-Za-z0-9_]+$/.test(rest) ? { query: rest } : undefined;
}
/** upstream-hash-by → its key parts; `unknown`: a variable ingressc does not reproduce. */
export function parseHashBy(value) {
    if (value.length > 1024 || !HASH_BY_RE.test(value))
        return { expected: `expected nginx variables ($name or \${name}) and text of letters, digits, "_" and "-" (ingress-nginx's ^[A-Za-z0-9\\-_\${}]*$), found ${JSON.stringify(value.slice(0, 200))}` };
    const parts = [];
    for (const m of value.matchAll(TOKEN_RE)) {
        const name = m[1] ?? m[2];
        if (name === undefined) {
            const last = parts[parts.length - 1];
            if (last && 'text' in last)
                last.text += m[3];
            else
                parts.push({ text: m[3] });
            continue;
        }
        const p = variablePart(name);
        if (!p)
            return { unknown: name };
        parts.push(p);
    }
    return { parts };
}
const INT_RE = /^[+-]?[0-9]{1,9}$/;
const PREFIX = 'nginx.ingress.kubernetes.io/';
const settingsOf = (into) => (into.loadBalancing ??= {});
function read(name, value, into, all) {
    // ingress-nginx reads the subset keys only for a hash (chashsubset).
    if (name.startsWith('upstream-hash-by-subset') && !all[`${PREFIX}upstream-hash-by`])
        return { code: 'IC2421', detail: 'without upstream-hash-by' };
    switch (name) {
        case 'load-balance': {
            const v = value.trim();
            if (v === 'round_robin' || v === 'ewma') {
                settingsOf(into).algorithm = v;
                return undefined;
            }
            if (INTERNAL_BALANCERS.includes(v))
                return { detail: `expected "round_robin" or "ewma", found ${JSON.stringify(value)} (an internal balancer name of ingress-nginx: use upstream-hash-by or affinity, which select it)` };
            return { detail: `expected "round_robin" or "ewma", found ${JSON.stringify(value)}` };
        }
        case 'upstream-hash-by': {
            if (value === '')
                return undefined; // ingress-nginx: not set
            const r = parseHashBy(value);
            if ('expected' in r)
                return { detail: r.expected };
            if ('unknown' in r)
                return { code: 'IC2420', detail: `ingressc does not reproduce the nginx variable $${r.unknown} (it hashes on ${HASH_VARIABLES} and text)` };
            const s = settingsOf(into);
            s.hashBy = r.parts;
            s.hashByText = value;
            return undefined;
        }
        case 'upstream-hash-by-subset': {
            const b = parseGoBool(value);
            if (b === undefined)
                return { detail: 'expected a boolean' };
            settingsOf(into).subset = b;
            return undefined;
        }
        case 'upstream-hash-by-subset-size': {
            if (!INT_RE.test(value.trim()))
                return { detail: `expected a whole number of endpoints, found ${JSON.stringify(value)}` };
            const n = Number(value.trim());
            if (n < 0)
                return { detail: `expected a positive number of endpoints, found ${JSON.stringify(value)}` };
            // ingress-nginx: 0 means the default, 3.
            settingsOf(into).subsetSize = n === 0 ? 3 : n;
            return undefined;
        }
    }
    return undefined;
}
export const loadBalancingReader = { keys: LOAD_BALANCING_KEYS, read };
