import { isDns1035Label } from '../../../util/k8s-names.js';
import { parseGoBool } from '../parse-bool.js';
import type { FamilyReader, FamilyProblem } from './reader.js';

/**
 * default-backend (annotation), custom-http-errors, disable-proxy-intercept-errors, as
 * ingress-nginx v1.15.1 reads them (annotations/defaultbackend, customhttperrors,
 * disableproxyintercepterrors). Lowering (src/lower/errors.ts) decides what they do.
 */
export interface ErrorSettings {
  /** default-backend: a Service of the Ingress's namespace (ingress-nginx uses its first port). */
  defaultBackend?: string;
  /** custom-http-errors: status codes 400–599, sorted, without duplicates. */
  codes?: number[];
  /** `codes` are the controller ConfigMap's custom-http-errors (lower/controller-config.ts): they go to the global default backend. */
  codesFromConfigMap?: true;
  /** disable-proxy-intercept-errors (default false). */
  disableIntercept?: boolean;
  /** proxy-redirect-from / proxy-redirect-to as written ("off", "default" or a URL prefix). */
  redirectFrom?: string;
  redirectTo?: string;
  /** proxy-cookie-domain / proxy-cookie-path: "off" or a pair. */
  cookieDomain?: 'off' | { from: string; to: string };
  cookiePath?: 'off' | { from: string; to: string };
}

/**
 * proxy-redirect-from/-to and proxy-cookie-path: ingress-nginx checks them with spaces removed
 * against `^[-._~a-zA-Z0-9/:,?&=]*$` and writes the value into proxy_redirect/proxy_cookie_path.
 * Honoured here: one token (a pair for cookie-path) without spaces, and no leading "~", which
 * would make nginx read the text as a regex.
 */
const URL_TOKEN = '[-._a-zA-Z0-9/:,?&=][-._~a-zA-Z0-9/:,?&=]*';
const REDIRECT_RE = new RegExp(`^${URL_TOKEN}$`);
const COOKIE_PATH_RE = new RegExp(`^(off|(${URL_TOKEN}) +(${URL_TOKEN}))$`);
/** proxy-cookie-domain: ingress-nginx's own `^(off|[chars]+\s+[chars]+)$` (chars -._~a-zA-Z0-9/:), no leading "~". */
const DOMAIN_TOKEN = '[-._a-zA-Z0-9/:][-._~a-zA-Z0-9/:]*';
const COOKIE_DOMAIN_RE = new RegExp(`^(off|(${DOMAIN_TOKEN})\\s+(${DOMAIN_TOKEN}))$`);

function parsePair(value: string, re: RegExp, what: string): 'off' | { from: string; to: string } | FamilyProblem {
  const m = re.exec(value.trim());
  if (!m) return { detail: `expected "off" or ${what} (two tokens separated by spaces, neither starting with "~", which nginx reads as a regex), found ${JSON.stringify(value)}` };
  return m[1] === 'off' ? 'off' : { from: m[2]!, to: m[3]! };
}

/**
 * ingress-nginx trims the value, checks it with spaces removed against `^(?:[4,5]\d{2},?)*$`,
 * then splits the trimmed value on "," and converts each part with strconv.Atoi: a part with a
 * space, an empty part (",," or a trailing ",") or an empty value makes the whole annotation
 * ignored. What it honours is exactly this grammar.
 */
const CODES_RE = /^[45][0-9]{2}(?:,[45][0-9]{2})*$/;

export function parseCustomHttpErrors(value: string): number[] | FamilyProblem {
  const v = value.trim();
  if (!CODES_RE.test(v))
    return {
      detail: `expected a comma-separated list of status codes from 400 to 599 without spaces (like "404,503"), found ${JSON.stringify(value)}; ingress-nginx ignores the whole annotation for such a value`,
    };
  return [...new Set(v.split(',').map(Number))].sort((a, b) => a - b);
}

export function parseDefaultBackend(value: string): string | FamilyProblem {
  // ingress-nginx validates the raw value as a DNS-1035 label (parser.ValidateServiceName).
  if (!isDns1035Label(value)) return { detail: `expected the name of a Service in the Ingress's namespace (a DNS-1035 label such as "error-pages"), found ${JSON.stringify(value)}` };
  return value;
}

export const errorsReader: FamilyReader = {
  keys: ['custom-http-errors', 'default-backend', 'disable-proxy-intercept-errors', 'proxy-cookie-domain', 'proxy-cookie-path', 'proxy-redirect-from', 'proxy-redirect-to'],
  read(name, value, into) {
    const s: ErrorSettings = (into.errors ??= {});
    if (name === 'custom-http-errors') {
      const codes = parseCustomHttpErrors(value);
      if (!Array.isArray(codes)) return codes;
      s.codes = codes;
    } else if (name === 'default-backend') {
      const svc = parseDefaultBackend(value);
      if (typeof svc !== 'string') return svc;
      s.defaultBackend = svc;
    } else if (name === 'proxy-redirect-from' || name === 'proxy-redirect-to') {
      const v = value.trim();
      if (!REDIRECT_RE.test(v))
        return { detail: `expected "off"${name === 'proxy-redirect-from' ? ', "default"' : ''} or a URL prefix without spaces (letters, digits and -._~/:,?&=, not starting with "~", which nginx reads as a regex), found ${JSON.stringify(value)}` };
      if (name === 'proxy-redirect-from') s.redirectFrom = v;
      else s.redirectTo = v;
    } else if (name === 'proxy-cookie-domain') {
      const pair = parsePair(value, COOKIE_DOMAIN_RE, 'a domain and its replacement');
      if (!(pair === 'off' || 'from' in pair)) return pair;
      s.cookieDomain = pair;
    } else if (name === 'proxy-cookie-path') {
      const pair = parsePair(value, COOKIE_PATH_RE, 'a path prefix and its replacement');
      if (!(pair === 'off' || 'from' in pair)) return pair;
      s.cookiePath = pair;
    } else if (name === 'disable-proxy-intercept-errors') {
      const b = parseGoBool(value);
      if (b === undefined) return { detail: 'expected a boolean' };
      s.disableIntercept = b;
    }
    return undefined;
  },
};
