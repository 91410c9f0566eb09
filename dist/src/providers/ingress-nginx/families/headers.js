import { isDns1123Label, isDns1123Subdomain } from '../../../util/k8s-names.js';
/** customheaders.go's headerRegexp: a header name as ingress-nginx accepts it. */
export const HEADER_NAME_RE = /^[a-zA-Z\d\-_]+$/;
/**
 * customheaders.go's valueRegexp (printable ASCII without control characters, non-empty): what
 * ingress-nginx accepts as a value. "$" is literal there (escapeLiteralDollar in nginx.tmpl).
 */
export const HEADER_VALUE_RE = /^[a-zA-Z\d_ :;.,\\/"'?!(){}[\]@<>=\-+*#$&`|~^%]+$/;
/** "namespace/name" of a ConfigMap (also the ConfigMap keys add-headers and proxy-set-headers). */
export function parseConfigMapRef(value) {
    const m = /^([^/]+)\/([^/]+)$/.exec(value);
    if (!m || !isDns1123Label(m[1]) || !isDns1123Subdomain(m[2]))
        return { expected: `expected "<namespace>/<name>" of a ConfigMap (ingress-nginx looks it up by both), found ${JSON.stringify(value)}` };
    return { namespace: m[1], name: m[2] };
}
export const headersReader = {
    keys: ['custom-headers'],
    read(_name, value, into) {
        // An empty value is ingress-nginx's "not set".
        if (value === '')
            return undefined;
        const ref = parseConfigMapRef(value);
        if ('expected' in ref)
            return { detail: ref.expected };
        into.headers = { customHeaders: ref };
        return undefined;
    },
};
