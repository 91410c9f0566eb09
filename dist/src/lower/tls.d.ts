import type { Diagnostics } from '../diagnostics/collector.js';
import type { SourceRef } from '../diagnostics/types.js';
import { type Certificate } from '../ir/types.js';
import type { IngressModel, Inventory } from '../validate/model.js';
export declare function certId(namespace: string, secretName: string): string;
export interface TlsHost {
    certificate?: string;
    sslRedirect: boolean;
    origin: SourceRef;
    secret?: string;
}
/**
 * Pairs TLS hosts with certificates. Ingresses arrive in precedence order, so for a host listed
 * twice the oldest Ingress's Secret wins (as in ingress-nginx). A Secret comes from the inputs,
 * else from the --certs files of its certificate id.
 */
export declare function collectTls(ingresses: IngressModel[], inv: Pick<Inventory, 'secrets' | 'rejectedSecrets' | 'certFiles'>, globalRedirect: boolean, diags: Diagnostics): {
    hosts: Map<string, TlsHost>;
    certificates: Certificate[];
};
