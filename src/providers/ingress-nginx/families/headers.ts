import { isDns1123Label, isDns1123Subdomain } from '../../../util/k8s-names.js';
import type { FamilyReader } from './reader.js';

/**
 * custom-headers, as ingress-nginx v1.15.1 reads it (annotations/customheaders): the
 * "<namespace>/<name>" of a ConfigMap whose data are response headers of the Ingress's locations.
 * Lowering (src/lower/custom-headers.ts) resolves the ConfigMap among the inputs and checks its
 * entries against the grammars below and the ConfigMap's global-allowed-response-headers.
 */
export interface HeaderSettings {
  customHeaders?: { namespace: string; name: string };
}

/** customheaders.go's headerRegexp: a header name as ingress-nginx accepts it. */
export const HEADER_NAME_RE = /^[a-zA-Z\d\-_]+$/;
/**
 * customheaders.go's valueRegexp (printable ASCII without control characters, non-empty): what
 * ingress-nginx accepts as a value. "$" is literal there (escapeLiteralDollar in nginx.tmpl).
 */
export const HEADER_VALUE_RE = /^[a-zA-Z\d_ :;.,\\/"'?!(){}[\]@<>=\-+*#$&`|~^%]+$/;

/** "namespace/name" of a ConfigMap (also the ConfigMap keys add-headers and proxy-set-headers). */
export function parseConfigMapRef(value: string): { namespace: string; name: string } | { expected: string } {
  const m = /^([^/]+)\/([^/]+)$/.exec(value);
  if (!m || !isDns1123Label(m[1]!) || !isDns1123Subdomain(m[2]!))
    return { expected: `expected "<namespace>/<name>" of a ConfigMap (ingress-nginx looks it up by both), found ${JSON.stringify(value)}` };
  return { namespace: m[1]!, name: m[2]! };
}

export const headersReader: FamilyReader = {
  keys: ['custom-headers'],
  read(_name, value, into) {
    // An empty value is ingress-nginx's "not set".
    if (value === '') return undefined;
    const ref = parseConfigMapRef(value);
    if ('expected' in ref) return { detail: ref.expected };
    into.headers = { customHeaders: ref };
    return undefined;
  },
};
