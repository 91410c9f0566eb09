import type { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import type { VirtualHost } from '../ir/types.js';
import type { IngressModel, Inventory } from '../validate/model.js';
/**
 * ingress-nginx's auth-tls-* per host: the annotations sit on an Ingress, but the controller
 * configures the server block of each of its hosts, and only once: the first Ingress (precedence
 * order) with auth-tls-secret decides a host, for every route of it, whichever Ingress the route
 * comes from; the others' values have no effect (IC3173). Fail closed where the result would look
 * protected and be open: auth-tls-* without a secret (IC3172), a Secret missing from the inputs
 * (IC3170) or in another namespace (IC3174), a host without TLS or with plain HTTP served (IC3171).
 * `ingresses` are in precedence order; `vhosts` are built, with their TLS.
 */
export declare function applyClientAuth(vhosts: readonly VirtualHost[], ingresses: readonly IngressModel[], inv: Pick<Inventory, 'caSecrets'>, target: TargetName, diags: Diagnostics): void;
