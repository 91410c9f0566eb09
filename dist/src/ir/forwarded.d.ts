import { type RequestHeaders } from './match.js';
import type { ForwardedHeaders, RouteTable } from './types.js';
/** ingress-nginx's defaults (use-forwarded-headers false), for a table lowered without a policy. */
export declare const DEFAULT_FORWARDED: ForwardedHeaders;
/** One proxied request as the forwarded headers see it. */
export interface ForwardedRequest {
    /** The TCP peer's address. */
    peer: string;
    https: boolean;
    /** The port of the listener it arrived on. */
    port: number;
    /** The Host header as sent. */
    host?: string;
    headers?: RequestHeaders;
    /** The source address of the connection's PROXY protocol header, when one was sent. */
    proxySource?: string;
}
/**
 * The client address (types.ts ForwardedHeaders): the peer, or with realIp and a trusted peer
 * the PROXY header's source (realIp.proxyProtocol) or nginx's recursive realip: the header's entries from the right, the first one that is not
 * trusted (all trusted: the leftmost; an entry that is no address ends the walk).
 */
export declare function clientAddress(f: ForwardedHeaders, req: Pick<ForwardedRequest, 'peer' | 'headers' | 'proxySource'>, inRange: (cidrs: readonly string[], ip: string) => boolean): string;
/**
 * The forwarded headers and RouteTable.requestHeaders the upstream receives (lowercase names;
 * undefined: not sent), as every emitter must send them. X-Request-ID: the client's non-empty
 * one, else "<generated>" when generateRequestId.
 */
export declare function upstreamHeaders(ir: Pick<RouteTable, 'forwarded' | 'requestHeaders' | 'dropRequestHeaders'>, given: ForwardedRequest, inRange: (cidrs: readonly string[], ip: string) => boolean): Record<string, string | undefined>;
