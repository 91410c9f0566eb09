import type { FamilyReader } from './reader.js';
/**
 * custom-headers, as ingress-nginx v1.15.1 reads it (annotations/customheaders): the
 * "<namespace>/<name>" of a ConfigMap whose data are response headers of the Ingress's locations.
 * Lowering (src/lower/custom-headers.ts) resolves the ConfigMap among the inputs and checks its
 * entries against the grammars below and the ConfigMap's global-allowed-response-headers.
 */
export interface HeaderSettings {
    customHeaders?: {
        namespace: string;
        name: string;
    };
}
/** customheaders.go's headerRegexp: a header name as ingress-nginx accepts it. */
export declare const HEADER_NAME_RE: RegExp;
/**
 * customheaders.go's valueRegexp (printable ASCII without control characters, non-empty): what
 * ingress-nginx accepts as a value. "$" is literal there (escapeLiteralDollar in nginx.tmpl).
 */
export declare const HEADER_VALUE_RE: RegExp;
/** "namespace/name" of a ConfigMap (also the ConfigMap keys add-headers and proxy-set-headers). */
export declare function parseConfigMapRef(value: string): {
    namespace: string;
    name: string;
} | {
    expected: string;
};
export declare const headersReader: FamilyReader;
