// Step bindings: every phrase the conformance features use, as the anchored
// regular expressions of the Go step definitions (STEPS.md §5), each turned
// into a typed action. A phrase no expression matches is an error (godog's
// "undefined step"), never a silent skip.
import type { StepCase } from './gherkin.js';

export type Action =
  // ---- setup (Given)
  | { t: 'namespace' }
  | { t: 'secret'; name: string; host: string }
  /** `full`: the doc string is an Ingress manifest; `spec`: an IngressSpec wrapped with metadata.name. */
  | { t: 'ingress'; yaml: string; form: 'full' | 'spec'; name?: string; newNamespace: boolean }
  | { t: 'ingress-rejected'; yaml: string }
  | { t: 'ingress-bfe'; yaml: string; what: string }
  | { t: 'ingress-service-info'; yaml: string; services: string[] }
  | { t: 'update-ingress'; yaml: string }
  | { t: 'scale'; service: string; replicas: number }
  /** The Service's echo terminates TLS itself with the suite's certificate for `host` (an ssl-passthrough backend). */
  | { t: 'tls-backend'; service: string; host: string }
  // ---- status
  | { t: 'status-ready' }
  | { t: 'status-absent' }
  | { t: 'status-not-success' }
  // ---- requests (When)
  | { t: 'send'; method: string; url: string; count: number; headers?: Record<string, string[]> }
  | { t: 'send-host-path'; method: string; host: string; path: string }
  /** `count` requests, the i-th (from 1) with "{n}" in the URL (query kept) and header values replaced by i. */
  | { t: 'send-numbered'; method: string; url: string; count: number; headers?: Record<string, string[]> }
  // ---- assertions (Then)
  | { t: 'status'; code: number }
  | { t: 'served-by'; service: string }
  | { t: 'served-by-all'; services: string[] }
  /** Every response of the last batch came from `service`. */
  | { t: 'served-by-every'; service: string }
  /** Between min and max (inclusive) responses of the last batch came from `service` (a wide statistical band). */
  | { t: 'served-by-count'; service: string; min: number; max: number }
  | { t: 'request-host'; host: string }
  | { t: 'request-path'; path: string }
  | { t: 'request-method'; method: string }
  | { t: 'request-proto'; proto: string }
  | { t: 'response-proto'; proto: string }
  | { t: 'response-headers'; rows: Array<[string, string]> }
  | { t: 'request-headers'; rows: Array<[string, string]> }
  | { t: 'request-header-absent'; name: string }
  | { t: 'response-header-absent'; name: string }
  | { t: 'response-header-exact'; name: string; value: string }
  | { t: 'not-proxied' }
  | { t: 'response-header-contains'; name: string; value: string; negate: boolean }
  | { t: 'send-with-cookie'; method: string; url: string; count: number; cookie: string; headers?: Record<string, string[]> }
  | { t: 'same-pod' }
  | { t: 'verify-hostname'; host: string }
  /** A TLS 1.2 handshake with SNI `host` offering only `ciphers`: it agrees on `expect`, or (absent) is refused. */
  | { t: 'tls12-handshake'; host: string; ciphers: string; expect?: string }
  | { t: 'pods'; status: number; pods: number }
  /** The last batch's responses came from at least `min` different pods (all of them 200). */
  | { t: 'pods-at-least'; min: number }
  | { t: 'location'; location: string }
  | { t: 'location-matches'; pattern: string };

export type ActionType = Action['t'];

interface Binding {
  re: RegExp;
  bind(m: RegExpExecArray, step: StepCase): Action;
}

class StepError extends Error {}

const doc = (step: StepCase): string => {
  if (step.docString === undefined) throw new StepError(`step "${step.text}" needs a doc string`);
  return step.docString;
};

const keyValueRows = (step: StepCase): Array<[string, string]> => {
  const t = step.table;
  if (!t || t.length === 0) throw new StepError(`step "${step.text}" needs a data table`);
  const [head, ...rows] = t;
  if (head?.[0] !== 'key' || head[1] !== 'value') throw new StepError(`step "${step.text}": the first table row must be "| key | value |"`);
  return rows.map((r) => [r[0] ?? '', r[1] ?? '']);
};

const num = (s: string | undefined): number => Number(s);

/** A step's doc string as request headers: a JSON object of names to a value or a list of values. */
function headerDoc(s: StepCase): Record<string, string[]> {
  let headers: unknown;
  try {
    headers = JSON.parse(doc(s));
  } catch (e) {
    throw new StepError(`step "${s.text}": header doc string is not JSON (${(e as Error).message})`);
  }
  if (!headers || typeof headers !== 'object' || Array.isArray(headers)) throw new StepError(`step "${s.text}": header doc string must be a JSON object`);
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(headers)) out[k] = Array.isArray(v) ? v.map(String) : [String(v)];
  return out;
}

/** Patterns follow the Go step definitions; `(\d+)` and `"([^"]*)"` capture the parameters. */
export const BINDINGS: readonly Binding[] = [
  { re: /^a new random namespace$/, bind: () => ({ t: 'namespace' }) },
  {
    re: /^a self-signed TLS secret named "([^"]*)" for the "([^"]*)" hostname$/,
    bind: (m) => ({ t: 'secret', name: m[1]!, host: m[2]! }),
  },
  { re: /^an Ingress resource$/, bind: (_m, s) => ({ t: 'ingress', yaml: doc(s), form: 'full', newNamespace: false }) },
  { re: /^an Ingress resource in a new random namespace$/, bind: (_m, s) => ({ t: 'ingress', yaml: doc(s), form: 'full', newNamespace: true }) },
  { re: /^an Ingress resource in a new random namespace should not create$/, bind: (_m, s) => ({ t: 'ingress-rejected', yaml: doc(s) }) },
  {
    re: /^an Ingress resource named "([^"]*)" with this spec:$/,
    bind: (m, s) => ({ t: 'ingress', yaml: doc(s), form: 'spec', name: m[1]!, newNamespace: false }),
  },
  { re: /^an Ingress resource with redirection annotations$/, bind: (_m, s) => ({ t: 'ingress-bfe', yaml: doc(s), what: 'redirection annotations' }) },
  { re: /^an Ingress resource with rewrite annotation$/, bind: (_m, s) => ({ t: 'ingress-bfe', yaml: doc(s), what: 'rewrite annotation' }) },
  {
    re: /^an Ingress with service info "([^"]*)" resource in a new random namespace$/,
    bind: (m, s) => ({ t: 'ingress-service-info', yaml: doc(s), services: m[1]!.split('|') }),
  },
  { re: /^update the ingress$/, bind: (_m, s) => ({ t: 'update-ingress', yaml: doc(s) }) },
  {
    re: /^The backend deployment "([^"]*)" for the ingress resource is scaled to (\d+)$/,
    bind: (m) => ({ t: 'scale', service: m[1]!, replicas: num(m[2]) }),
  },
  {
    re: /^the "([^"]*)" service terminates TLS itself with a certificate for the "([^"]*)" hostname$/,
    bind: (m) => ({ t: 'tls-backend', service: m[1]!, host: m[2]! }),
  },
  { re: /^The Ingress status shows the IP address or FQDN where it is exposed$/, bind: () => ({ t: 'status-ready' }) },
  { re: /^The Ingress status should not contain the IP address or FQDN$/, bind: () => ({ t: 'status-absent' }) },
  { re: /^The Ingress status should not be success$/, bind: () => ({ t: 'status-not-success' }) },
  {
    re: /^I send a "([^"]*)" request to http:\/\/"([^"]*)"\/"([^"]*)"$/,
    bind: (m) => ({ t: 'send-host-path', method: m[1]!, host: m[2]!, path: m[3]! }),
  },
  {
    re: /^I send a "([^"]*)" request to "([^"]*)" with header$/,
    bind: (m, s) => ({ t: 'send', method: m[1]!, url: m[2]!, count: 1, headers: headerDoc(s) }),
  },
  {
    re: /^I send (\d+) "([^"]*)" requests to "([^"]*)" with header$/,
    bind: (m, s) => ({ t: 'send', method: m[2]!, url: m[3]!, count: num(m[1]), headers: headerDoc(s) }),
  },
  { re: /^I send a "([^"]*)" request to "([^"]*)"$/, bind: (m) => ({ t: 'send', method: m[1]!, url: m[2]!, count: 1 }) },
  { re: /^I send (\d+) numbered "([^"]*)" requests to "([^"]*)"$/, bind: (m) => ({ t: 'send-numbered', method: m[2]!, url: m[3]!, count: num(m[1]) }) },
  {
    re: /^I send (\d+) numbered "([^"]*)" requests to "([^"]*)" with header$/,
    bind: (m, s) => ({ t: 'send-numbered', method: m[2]!, url: m[3]!, count: num(m[1]), headers: headerDoc(s) }),
  },
  { re: /^I send (\d+) requests to "([^"]*)"$/, bind: (m) => ({ t: 'send', method: 'GET', url: m[2]!, count: num(m[1]) }) },
  { re: /^I send (\d+) "([^"]*)" requests to "([^"]*)"$/, bind: (m) => ({ t: 'send', method: m[2]!, url: m[3]!, count: num(m[1]) }) },
  { re: /^the response status-code must be (\d+)$/, bind: (m) => ({ t: 'status', code: num(m[1]) }) },
  { re: /^the response status code must be (\d+)$/, bind: (m) => ({ t: 'status', code: num(m[1]) }) },
  { re: /^the response must be served by the "([^"]*)" service$/, bind: (m) => ({ t: 'served-by', service: m[1]! }) },
  { re: /^every response must be served by the "([^"]*)" service$/, bind: (m) => ({ t: 'served-by-every', service: m[1]! }) },
  {
    re: /^between (\d+) and (\d+) of the responses must be served by the "([^"]*)" service$/,
    bind: (m) => ({ t: 'served-by-count', service: m[3]!, min: num(m[1]), max: num(m[2]) }),
  },
  { re: /^the response must be served by one of "([^"]*)" service$/, bind: (m) => ({ t: 'served-by-all', services: m[1]!.split('|') }) },
  { re: /^the request host must be "([^"]*)"$/, bind: (m) => ({ t: 'request-host', host: m[1]! }) },
  { re: /^the request path must be "([^"]*)"$/, bind: (m) => ({ t: 'request-path', path: m[1]! }) },
  { re: /^the request method must be "([^"]*)"$/, bind: (m) => ({ t: 'request-method', method: m[1]! }) },
  { re: /^the request proto must be "([^"]*)"$/, bind: (m) => ({ t: 'request-proto', proto: m[1]! }) },
  { re: /^the response proto must be "([^"]*)"$/, bind: (m) => ({ t: 'response-proto', proto: m[1]! }) },
  { re: /^the response headers must contain <key> with matching <value>$/, bind: (_m, s) => ({ t: 'response-headers', rows: keyValueRows(s) }) },
  { re: /^the request headers must contain <key> with matching <value>$/, bind: (_m, s) => ({ t: 'request-headers', rows: keyValueRows(s) }) },
  { re: /^the request headers must not contain "([^"]*)"$/, bind: (m) => ({ t: 'request-header-absent', name: m[1]! }) },
  { re: /^the response headers must not contain "([^"]*)"$/, bind: (m) => ({ t: 'response-header-absent', name: m[1]! }) },
  { re: /^the response header "([^"]*)" must be exactly "([^"]*)"$/, bind: (m) => ({ t: 'response-header-exact', name: m[1]!, value: m[2]! }) },
  { re: /^the request must not reach a backend$/, bind: () => ({ t: 'not-proxied' }) },
  { re: /^the response header "([^"]*)" must contain "([^"]*)"$/, bind: (m) => ({ t: 'response-header-contains', name: m[1]!, value: m[2]!, negate: false }) },
  { re: /^the response header "([^"]*)" must not contain "([^"]*)"$/, bind: (m) => ({ t: 'response-header-contains', name: m[1]!, value: m[2]!, negate: true }) },
  {
    re: /^I send (\d+) "([^"]*)" requests to "([^"]*)" with the cookie "([^"]*)" from the last response$/,
    bind: (m) => ({ t: 'send-with-cookie', count: num(m[1]), method: m[2]!, url: m[3]!, cookie: m[4]! }),
  },
  {
    re: /^I send (\d+) "([^"]*)" requests to "([^"]*)" with the cookie "([^"]*)" from the last response and header$/,
    bind: (m, s) => ({ t: 'send-with-cookie', count: num(m[1]), method: m[2]!, url: m[3]!, cookie: m[4]!, headers: headerDoc(s) }),
  },
  { re: /^all the responses must be served by the same pod$/, bind: () => ({ t: 'same-pod' }) },
  { re: /^the secure connection must verify the "([^"]*)" hostname$/, bind: (m) => ({ t: 'verify-hostname', host: m[1]! }) },
  {
    re: /^a TLS 1\.2 handshake with "([^"]*)" offering only "([^"]*)" must (?:be refused|agree on "([^"]*)")$/,
    bind: (m) => ({ t: 'tls12-handshake', host: m[1]!, ciphers: m[2]!, ...(m[3] !== undefined ? { expect: m[3] } : {}) }),
  },
  {
    re: /^all the responses status-code must be (\d+) and the response body should contain the IP address of (\d+) different Kubernetes pods$/,
    bind: (m) => ({ t: 'pods', status: num(m[1]), pods: num(m[2]) }),
  },
  {
    re: /^the response status-code must be (\d+) the response body should contain the IP address of (\d+) different Kubernetes pods$/,
    bind: (m) => ({ t: 'pods', status: num(m[1]), pods: num(m[2]) }),
  },
  { re: /^the responses must come from at least (\d+) different pods$/, bind: (m) => ({ t: 'pods-at-least', min: num(m[1]) }) },
  { re: /^the response location must be "([^"]*)"$/, bind: (m) => ({ t: 'location', location: m[1]! }) },
  // ingress2gateway's HeaderMatches: an anchored regular expression (JavaScript syntax), same port mapping.
  { re: /^the response location must match "([^"]*)"$/, bind: (m) => ({ t: 'location-matches', pattern: m[1]! }) },
];

export interface BoundStep {
  step: StepCase;
  action: Action;
}

/** Binds every step of a scenario; throws with the offending step when one is undefined or malformed. */
export function bindSteps(steps: readonly StepCase[]): BoundStep[] {
  return steps.map((step) => {
    const hits = BINDINGS.map((b) => ({ b, m: b.re.exec(step.text) })).filter((h) => h.m);
    if (hits.length === 0) throw new Error(`undefined step (line ${step.line}): ${step.keyword}${step.text}`);
    if (hits.length > 1) throw new Error(`ambiguous step (line ${step.line}): ${step.text} matches ${hits.map((h) => h.b.re).join(', ')}`);
    const { b, m } = hits[0]!;
    try {
      return { step, action: b.bind(m!, step) };
    } catch (e) {
      throw new Error(`step (line ${step.line}) cannot be bound: ${(e as Error).message}`);
    }
  });
}
