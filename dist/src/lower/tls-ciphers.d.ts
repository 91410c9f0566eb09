import type { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import type { TlsCiphers } from '../ir/types.js';
import type { IngressModel } from '../validate/model.js';
/**
 * ingress-nginx's ssl-ciphers and ssl-prefer-server-ciphers per host (controller.go
 * createServers): set on an Ingress, written in the server block of each of its hosts (the
 * host-less rules' server is the default one, "_"), each once: the first Ingress of the host in
 * precedence order that sets it decides, another value has no effect (IC3240). Canary
 * Ingresses are not among `ingresses` (they configure no server). A key the target has no row for
 * was reported by annotation-support.ts and is left out. Returns each host's own settings.
 */
export declare function hostTlsCiphers(ingresses: readonly IngressModel[], target: TargetName, diags: Diagnostics): Map<string, TlsCiphers>;
