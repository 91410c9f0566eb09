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
  /** disable-proxy-intercept-errors (default false). */
  disableIntercept?: boolean;
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
  keys: ['custom-http-errors', 'default-backend', 'disable-proxy-intercept-errors'],
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
    } else if (name === 'disable-proxy-intercept-errors') {
      const b = parseGoBool(value);
      if (b === undefined) return { detail: 'expected a boolean' };
      s.disableIntercept = b;
    }
    return undefined;
  },
};
