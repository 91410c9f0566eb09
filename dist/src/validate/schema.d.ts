import type { Diagnostics } from '../diagnostics/collector.js';
import type { Manifest } from '../parse/parse-yaml.js';
export type SchemaName = 'ingress-v1' | 'ingress-v1beta1' | 'ingressclass' | 'service' | 'secret' | 'endpointslice';
/** Validates a manifest's structure; every ajv error becomes a diagnostic at the offending node. */
export declare function checkSchema(m: Manifest, name: SchemaName, diags: Diagnostics): boolean;
