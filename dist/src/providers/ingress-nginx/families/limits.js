import { parseSourceRange } from '../source-range.js';
/** ingress-nginx's default limit-burst-multiplier. */
export const DEFAULT_BURST_MULTIPLIER = 5;
/** Upper bounds keep rate × multiplier and the proxies' counters far from overflow. */
const MAX = {
    'limit-rps': 1_000_000,
    'limit-rpm': 60_000_000,
    'limit-connections': 1_000_000,
    'limit-burst-multiplier': 1000,
    'limit-rate': 100_000_000,
    'limit-rate-after': 100_000_000,
};
const FIELD = {
    'limit-rps': 'rps',
    'limit-rpm': 'rpm',
    'limit-connections': 'connections',
    'limit-burst-multiplier': 'burstMultiplier',
    'limit-rate': 'rate',
    'limit-rate-after': 'rateAfter',
};
const WHOLE = /^(0|[1-9][0-9]{0,9})$/;
export function parseLimitNumber(name, value) {
    const max = MAX[name];
    if (!WHOLE.test(value) || Number(value) > max)
        return { detail: `expected a whole number 0-${max} (no sign, no unit), found ${JSON.stringify(value)}`, code: 'IC2320' };
    return Number(value);
}
export const limitsReader = {
    keys: ['limit-burst-multiplier', 'limit-connections', 'limit-rate', 'limit-rate-after', 'limit-rpm', 'limit-rps', 'limit-whitelist'],
    read(name, value, into) {
        const s = (into.limits ??= {});
        if (name === 'limit-whitelist') {
            const r = parseSourceRange(value);
            // Fail closed: an unreadable exemption list is an error, never "no limit".
            if ('error' in r)
                return { detail: r.error, code: 'IC2321' };
            s.whitelist = r.cidrs;
            return undefined;
        }
        const n = parseLimitNumber(name, value);
        if (typeof n !== 'number')
            return n;
        s[FIELD[name]] = n;
        return undefined;
    },
};
