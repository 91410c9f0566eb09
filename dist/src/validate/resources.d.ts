import { type KeyObject } from 'node:crypto';
import type { Diagnostics } from '../diagnostics/collector.js';
import type { Manifest } from '../parse/parse-yaml.js';
import type { EndpointSliceModel, IngressClassModel, SecretModel, ServiceModel } from './model.js';
export declare function readService(m: Manifest, diags: Diagnostics): ServiceModel | undefined;
/** kubernetes.io/tls Secrets only; the key material is never echoed in a diagnostic. */
/**
 * A Secret's value for `key` as text: stringData wins over data (base64 as the API server decodes it:
 * secret-data.ts); a data value that is not base64 reads as a NUL-led marker no PEM parser accepts.
 */
export declare function secretText(m: Manifest, key: string): string | undefined;
export declare function readSecret(m: Manifest, diags: Diagnostics): SecretModel | undefined;
/**
 * The checks of a TLS Secret's PEM material, shared with --certs files: PEM armour, then parsed for
 * real with Node's crypto, because a proxy refuses a corrupt key, or a key that does not match the
 * certificate, only when it starts, in production. `bad` reports against tls.crt or tls.key;
 * `encoded` says how the PEM was stored ("base64 of " in a Secret's data).
 */
export declare function checkKeyPair(certPem: string, keyPem: string, bad: (key: 'tls.crt' | 'tls.key', detail: string, refusedByProxies?: boolean) => void, encoded?: string): {
    certPem: string;
    keyPem: string;
} | undefined;
/**
 * Why nginx, HAProxy or Envoy would refuse to load this key, or undefined. Measured with the real
 * binaries (nginx 1.22 and HAProxy 2.6 on OpenSSL 3 at security level 2, Envoy 1.40 on
 * BoringSSL): RSA below 2048 bits fails all three; secp256k1, Ed448, RSA-PSS and DSA keys fail Envoy.
 */
export declare function keyRefusedByProxies(key: KeyObject): string | undefined;
export declare function readEndpointSlice(m: Manifest, diags: Diagnostics): EndpointSliceModel | undefined;
export declare function readIngressClass(m: Manifest, diags: Diagnostics): IngressClassModel | undefined;
