import type { Diagnostics } from '../diagnostics/collector.js';
import type { SourceFile } from '../parse/source.js';
/**
 * `--certs DIR`: certificates for TLS Secrets that are not in the inputs, as `<id>.crt` + `<id>.key`
 * where id is the name ingressc gives the Secret's files (`<namespace>-<secret>`, as IC3003 says).
 * Each pair passes the checks of a Secret's PEM (checkKeyPair); errors point at the file.
 */
export declare function readCertFiles(files: readonly SourceFile[], diags: Diagnostics): Map<string, {
    certPem: string;
    keyPem: string;
}>;
/**
 * `--certs DIR` also holds CA bundles for proxy-ssl-secret Secrets not in the inputs, as
 * `<id>.ca.crt` (the name ingressc gives the Secret's file, as IC3110 says). Errors point at the file.
 */
export declare function readCaFiles(files: readonly SourceFile[], diags: Diagnostics): Map<string, string>;
