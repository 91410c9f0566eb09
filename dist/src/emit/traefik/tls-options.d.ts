import type { RouteTable, VirtualHost } from '../../ir/types.js';
import type { TlsOption } from './types.js';
/** TLS options of hosts with their own ciphers: "ingressc-ciphers-1"… in IR order, one per distinct setting. */
export declare const CIPHERS_OPTIONS_PREFIX = "ingressc-ciphers-";
export interface TlsOptionsPlan {
    /** tls.options: `default` (the handshakes no host's own options take), one per distinct host setting, one per client-certificate host. */
    options: Record<string, TlsOption>;
    /** Exact vhost name → the options its HTTPS routers name. */
    byHost: Map<string, string>;
    /** Exact hosts that require client certificates (clientcert.ts): their options carry clientAuth. */
    clientAuthHosts: Set<string>;
    /** Wildcard hosts whose own ciphers are not applied (IC4306): with theirs and the default's. */
    unbound: {
        vh: VirtualHost;
        ciphers: string;
        fallback: string;
    }[];
}
/**
 * ssl-ciphers on Traefik (lower/tls-ciphers.ts decides them per host; emit/tls-ciphers.ts says
 * which handshake takes which). Traefik chooses TLS options by SNI among the Host() domains of
 * the HTTPS routers that name them (test/traefik/tls-options.ts), and every other handshake
 * (unknown SNI, none) gets `tls.options.default`: so the fallback is the default options, and each
 * exact host whose ciphers differ gets named options that every HTTPS router of the host
 * references (all of them: two options on one domain make Traefik fall back to the default).
 * `minVersion` is Traefik's own default (TLS 1.2): options written without it would leave Go's.
 * A wildcard host is matched by HostRegexp, which binds no options (Host("*.…") needs v3.7): its
 * handshakes take the default options, with a warning (IC4306): ciphers restrict which clients
 * can connect, they do not decide who may reach a route.
 */
export declare function tlsOptionsPlan(ir: RouteTable): TlsOptionsPlan;
