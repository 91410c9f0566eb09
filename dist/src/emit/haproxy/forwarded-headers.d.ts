import type { ForwardedHeaders, RouteTable } from '../../ir/types.js';
/**
 * How many entries of the forwarded-for header are walked (nginx's real_ip_recursive has no
 * bound). HAProxy has no loop: the walk is unrolled (hdr_ip reads at most the 10th entry from the right), and a request whose header still has a
 * trusted address at that depth, with more entries to its left, is refused (400) rather than
 * judged on an address nginx would not pick.
 */
export declare const REALIP_DEPTH = 9;
/**
 * ingress-nginx's realip module (RouteTable.forwarded.realIp) as `set-src`, before every rule
 * that reads `src` (source ranges, limits, hashing by client address, X-Real-IP: the backends'
 * http-request rules run after the frontend's): when the peer is in `trusted`, the header's
 * entries from the right, each taken while the address before it is trusted (real_ip_recursive
 * on). hdr_ip fails on an entry that is no address, which ends the walk as nginx's does.
 * txn.ingressc_peer keeps the TCP peer ($realip_remote_addr). HAProxy 2.6 changes the stream's
 * address, not the connection's: the next request on the connection starts from the peer again.
 */
export declare function realIpLines(f: ForwardedHeaders): string[];
/**
 * use-proxy-protocol: a connection from a peer in proxy-real-ip-cidr starts with a PROXY header
 * (v1 or v2), whose source address becomes `src` for everything after it. HAProxy cannot read the
 * header and keep the peer's address, which is what nginx does for the other peers: they may send
 * none (nginx: the header is required), and one they send is no HTTP (400).
 */
export declare function proxyProtocolLines(ir: Pick<RouteTable, 'forwarded'>): string[];
/**
 * RouteTable.forwarded (ingress-nginx's forwarded headers): frontend rules that replace whatever
 * the client sent. The client address is `src`: the TCP peer, or realIpLines' address.
 * X-Original-Forwarded-For carries the client's last header line (nginx: every line joined).
 * appendForwardedFor: the peer is added as one more X-Forwarded-For line, which a backend reads as
 * the list "<received>, <peer>" (RFC 9110 5.3). trustClient: the client's non-empty
 * X-Forwarded-Proto (first line, as nginx 1.22's $http_ variables) / -Port / -Host instead of the
 * listener's.
 */
export declare function forwardedLines(ir: Pick<RouteTable, 'forwarded'>, https: boolean): string[];
/**
 * "The request's scheme is http", the condition of HTTPS redirects (each alternative ANDed with
 * `also`): the connection's, or with use-forwarded-headers (trustClient) the client's non-empty
 * X-Forwarded-Proto first, as ingress-nginx's redirect_to_https reads $pass_access_scheme.
 */
export declare function plainHttpCondition(ir: Pick<RouteTable, 'forwarded'>, also?: string): string;
