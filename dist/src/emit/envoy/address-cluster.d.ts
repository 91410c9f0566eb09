import type { Cluster } from './types.js';
/**
 * A cluster of one address taken from a URL (the external auth service's, a mirror target's):
 * STATIC for an IP, STRICT_DNS for a name (resolved at run time, never waited for at load). With
 * https, TLS without verification (nginx's proxy_ssl_verify off); `sni` sends a name as SNI.
 */
export declare function addressCluster(name: string, u: {
    scheme: 'http' | 'https';
    host: string;
    port?: number;
}, sni: boolean): Cluster;
