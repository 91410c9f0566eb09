import { type RouteTable } from '../../ir/types.js';
import type { ConnectionPolicy, TlsApp } from './types.js';
/** Every certificate, loaded from certs/ (relative to the working directory) and tagged with its id. */
export declare function tlsApp(ir: RouteTable): TlsApp;
/**
 * The Ingress pairing of TLS hosts and Secrets as connection policies: the SNI of a TLS host
 * selects its own certificate by tag, any other SNI (or none) the default certificate. With a
 * certificate_selection, Caddy chooses among all loaded certificates when none names the SNI, so
 * the pairing holds even for a certificate that does not name its host (as in nginx and HAProxy;
 * tested live). Caddy uses the first policy whose SNI matcher matches: exact names come before
 * wildcards (IR order), the default policy without matcher is last. Cipher suites (ssl-ciphers,
 * Go's names: src/ir/ciphers.ts) are the default policy's for every policy but those of hosts
 * whose own differ (emit/tls-ciphers.ts), which get a policy even without a certificate of their own.
 */
export declare function connectionPolicies(ir: RouteTable, defaultCertificate: string): ConnectionPolicy[];
