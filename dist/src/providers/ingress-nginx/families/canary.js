import { parsePortable, RegexError } from '../../../ir/regex.js';
import { parseGoBool } from '../parse-bool.js';
const P = 'nginx.ingress.kubernetes.io/';
/**
 * ingress-nginx's validators (parser.BasicCharsRegex for names and values, IsValidRegex for the
 * pattern), narrowed for names to letters, digits, "-" and "_": nginx drops a request header whose
 * name has any other character (ignore_invalid_headers), so such a canary-by-header never matches
 * there, and a cookie name must also be an nginx variable name part.
 */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
const HEADER_VALUE = /^[A-Za-z0-9._~:/-]{1,256}$/;
const PATTERN_CHARS = /^[A-Za-z0-9._~:/\-^$[\](){}*+?|&=\\]{1,256}$/;
/** Larger totals are a typo; ingress-nginx takes any int. */
export const MAX_WEIGHT_TOTAL = 1_000_000;
const isCanary = (all) => parseGoBool(all[`${P}canary`] ?? '') === true;
/** ingress-nginx's strconv.Atoi without a sign; `max` inclusive. */
function wholeNumber(value, min, max) {
    if (!/^\+?[0-9]{1,9}$/.test(value))
        return undefined;
    const n = Number(value.replace('+', ''));
    return n >= min && n <= max ? n : undefined;
}
/** canary-weight-total as ingress-nginx's balancer uses it (100 unless the value is larger). */
export function effectiveWeightTotal(all) {
    const raw = all[`${P}canary-weight-total`];
    const n = raw === undefined ? undefined : wholeNumber(raw, 1, MAX_WEIGHT_TOTAL);
    return n !== undefined && n > 100 ? n : 100;
}
const settings = (into, all) => (into.canary ??= { enabled: isCanary(all), weight: 0, weightTotal: effectiveWeightTotal(all) });
function readCanary(name, value, into, all) {
    if (name === 'canary') {
        // Already checked as a Go boolean by read.ts; "false" is the default and changes nothing.
        if (value !== '' && parseGoBool(value) === true)
            settings(into, all).enabled = true;
        else
            return { code: 'IC2240', detail: '' };
        return undefined;
    }
    if (!isCanary(all))
        return { code: 'IC2240', detail: '' };
    const c = settings(into, all);
    switch (name) {
        case 'canary-weight-total': {
            const n = wholeNumber(value, 1, MAX_WEIGHT_TOTAL);
            if (n === undefined)
                return { detail: `expected a whole number from 1 to ${MAX_WEIGHT_TOTAL} (default 100), found ${JSON.stringify(value)}` };
            if (n < 100)
                return { code: 'IC2244', detail: '' };
            return undefined;
        }
        case 'canary-weight': {
            const n = wholeNumber(value, 0, c.weightTotal);
            if (n === undefined)
                return { detail: `expected a whole number from 0 to ${c.weightTotal} (the canary-weight-total in effect), found ${JSON.stringify(value)}` };
            c.weight = n;
            return undefined;
        }
        case 'canary-by-header':
            if (!NAME.test(value))
                return { detail: `expected an HTTP header name of letters, digits, "-" and "_" (at most 128), found ${JSON.stringify(value)}` };
            // nginx's $http_<name> variable, which ingress-nginx reads, spells "-" as "_".
            c.header = value.replace(/_/g, '-');
            return undefined;
        case 'canary-by-header-value':
            if (!HEADER_VALUE.test(value))
                return { detail: `expected a header value of letters, digits and "._~:/-" (1 to 256 characters), found ${JSON.stringify(value)}` };
            if (all[`${P}canary-by-header`] === undefined)
                return { code: 'IC2241', detail: '' };
            c.headerValue = value;
            return undefined;
        case 'canary-by-header-pattern': {
            if (!PATTERN_CHARS.test(value))
                return { detail: `expected a regular expression of letters, digits and "._~:/-^$[](){}*+?|&=\\" (1 to 256 characters), found ${JSON.stringify(value)}` };
            try {
                parsePortable(value);
            }
            catch (e) {
                if (!(e instanceof RegexError))
                    throw e;
                return { code: 'IC2243', detail: `${e.message}: ingressc accepts the regular expressions every target reads alike (docs/ir-v2.md "Path matching"); ingress-nginx would send requests carrying the header to the main Service if PCRE cannot compile it` };
            }
            if (all[`${P}canary-by-header`] === undefined)
                return { code: 'IC2241', detail: '' };
            if (all[`${P}canary-by-header-value`] !== undefined)
                return { code: 'IC2242', detail: '' };
            c.headerPattern = value;
            return undefined;
        }
        case 'canary-by-cookie':
            if (!NAME.test(value))
                return { detail: `expected a cookie name of letters, digits, "-" and "_" (at most 128), found ${JSON.stringify(value)}` };
            c.cookie = value;
            return undefined;
    }
    return undefined;
}
export const canaryReader = {
    keys: ['canary', 'canary-by-cookie', 'canary-by-header', 'canary-by-header-pattern', 'canary-by-header-value', 'canary-weight', 'canary-weight-total'],
    read: (name, value, into, all) => readCanary(name, value, into, all),
};
