import type { RouteTable } from '../../ir/types.js';
/**
 * The HTTPS filter chains selected by SNI (filter_chain_match.server_names), before the default
 * one: hosts sharing a handshake share a chain. A host gets one when it requires client
 * certificates (the same CA and depth: clientcert.ts) or when its ciphers differ from the default
 * chain's (ssl-ciphers: emit/tls-ciphers.ts). Every chain carries the whole route table (routing
 * follows the Host header, not the SNI).
 */
export interface SniChain {
    name: string;
    serverNames: string[];
    auth?: {
        caId: string;
        depth: number;
    };
    /** An OpenSSL cipher string; absent: Envoy's own list. */
    ciphers?: string;
}
export declare function sniChains(ir: RouteTable): {
    chains: SniChain[];
    fallbackCiphers?: string;
};
