import type { Diagnostics } from '../diagnostics/collector.js';
import type { Manifest } from '../parse/parse-yaml.js';
import type { EndpointSliceModel, IngressClassModel, SecretModel, ServiceModel } from './model.js';
export declare function readService(m: Manifest, diags: Diagnostics): ServiceModel | undefined;
/** kubernetes.io/tls Secrets only; the key material is never echoed in a diagnostic. */
export declare function readSecret(m: Manifest, diags: Diagnostics): SecretModel | undefined;
export declare function readEndpointSlice(m: Manifest, diags: Diagnostics): EndpointSliceModel | undefined;
export declare function readIngressClass(m: Manifest, diags: Diagnostics): IngressClassModel | undefined;
