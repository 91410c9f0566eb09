import { DEFAULT_FORWARDED } from '../../ir/forwarded.js';
import { cfgWord } from './quote.js';
/**
 * How many entries of the forwarded-for header are walked (nginx's real_ip_recursive has no
 * bound). HAProxy has no loop: the walk is unrolled (hdr_ip reads at most the 10th entry from the right), and a request whose header still has a
 * trusted address at that depth, with more entries to its left, is refused (400) rather than
 * judged on an address nginx would not pick.
 */
export const REALIP_DEPTH = 9;
/**
 * ingress-nginx's realip module (RouteTable.forwarded.realIp) as `set-src`, before every rule
 * that reads `src` (source ranges, limits, hashing by client address, X-Real-IP: the backends'
 * http-request rules run after the frontend's): when the peer is in `trusted`, the header's
 * entries from the right, each taken while the address before it is trusted (real_ip_recursive
 * on). hdr_ip fails on an entry that is no address, which ends the walk as nginx's does.
 * txn.ingressc_peer keeps the TCP peer ($realip_remote_addr). HAProxy 2.6 changes the stream's
 * address, not the connection's: the next request on the connection starts from the peer again.
 */
export function realIpLines(f) {
    // The PROXY header has set src already (proxyProtocolLines); txn.ingressc_peer is then its address ($proxy_protocol_addr).
    if (f.realIp?.proxyProtocol)
        return ['http-request set-var(txn.ingressc_peer) src'];
    if (!f.realIp)
        return f.appendForwardedFor ? ['http-request set-var(txn.ingressc_peer) src'] : [];
    const h = cfgWord(f.realIp.header.toLowerCase());
    const trusted = `{ src ${f.realIp.trusted.map(cfgWord).join(' ')} }`;
    const out = ['http-request set-var(txn.ingressc_peer) src', 'http-request set-var(txn.ingressc_rip) int(0)'];
    for (let k = 1; k <= REALIP_DEPTH; k++) {
        out.push(`http-request set-var(txn.ingressc_rip) int(${k}) if { var(txn.ingressc_rip) -m int eq ${k - 1} } ${trusted} { hdr_ip(${h},-${k}) -m found }`);
        out.push(`http-request set-src hdr_ip(${h},-${k}) if { var(txn.ingressc_rip) -m int eq ${k} }`);
    }
    out.push(`http-request deny deny_status 400 if { var(txn.ingressc_rip) -m int eq ${REALIP_DEPTH} } ${trusted} { hdr_ip(${h},-${REALIP_DEPTH + 1}) -m found }`);
    return out;
}
/**
 * use-proxy-protocol: a connection from a peer in proxy-real-ip-cidr starts with a PROXY header
 * (v1 or v2), whose source address becomes `src` for everything after it. HAProxy cannot read the
 * header and keep the peer's address, which is what nginx does for the other peers: they may send
 * none (nginx: the header is required), and one they send is no HTTP (400).
 */
export function proxyProtocolLines(ir) {
    const f = ir.forwarded;
    if (!f?.proxyProtocol || !f.realIp)
        return [];
    return [`tcp-request connection expect-proxy layer4 if { src ${f.realIp.trusted.map(cfgWord).join(' ')} }`];
}
/**
 * RouteTable.forwarded (ingress-nginx's forwarded headers): frontend rules that replace whatever
 * the client sent. The client address is `src`: the TCP peer, or realIpLines' address.
 * X-Original-Forwarded-For carries the client's last header line (nginx: every line joined).
 * appendForwardedFor: the peer is added as one more X-Forwarded-For line, which a backend reads as
 * the list "<received>, <peer>" (RFC 9110 5.3). trustClient: the client's non-empty
 * X-Forwarded-Proto (first line, as nginx 1.22's $http_ variables) / -Port / -Host instead of the
 * listener's.
 */
export function forwardedLines(ir, https) {
    const f = ir.forwarded ?? DEFAULT_FORWARDED;
    const orig = cfgWord(f.originalForwardedFor.toLowerCase());
    // trustClient: the client's value, set first, wins.
    const unset = (v) => (f.trustClient ? ` !{ var(txn.${v}) -m found }` : '');
    const client = (name, v) => `http-request set-var(txn.${v}) req.fhdr(${name},1) if { req.fhdr(${name},1) -m len gt 0 }`;
    const own = https
        ? [`http-request set-var(txn.ingressc_proto) str(https) if { ssl_fc }${unset('ingressc_proto')}`, `http-request set-var(txn.ingressc_proto) str(http) if !{ ssl_fc }${unset('ingressc_proto')}`]
        : [`http-request set-var(txn.ingressc_proto) str(http)${f.trustClient ? ` if${unset('ingressc_proto')}` : ''}`];
    return [
        ...realIpLines(f),
        `http-request set-var(txn.ingressc_ofwd) req.fhdr(${orig}) if { req.fhdr(${orig}) -m found }`,
        'http-request del-header X-Original-Forwarded-For',
        'http-request set-header X-Original-Forwarded-For %[var(txn.ingressc_ofwd)] if { var(txn.ingressc_ofwd) -m len gt 0 }',
        ...(f.appendForwardedFor ? ['http-request add-header X-Forwarded-For %[var(txn.ingressc_peer)]'] : ['http-request set-header X-Forwarded-For %[src]']),
        'http-request set-header X-Real-IP %[src]',
        ...(f.trustClient ? [client('x-forwarded-proto', 'ingressc_proto'), client('x-forwarded-port', 'ingressc_port'), client('x-forwarded-host', 'ingressc_fhost')] : []),
        ...own,
        `http-request set-var(txn.ingressc_port) dst_port${f.trustClient ? ` if${unset('ingressc_port')}` : ''}`,
        `http-request set-var(txn.ingressc_fhost) req.fhdr(host) if { req.fhdr(host) -m found }${unset('ingressc_fhost')}`,
        'http-request set-header X-Forwarded-Port %[var(txn.ingressc_port)]',
        'http-request set-header X-Forwarded-Proto %[var(txn.ingressc_proto)]',
        'http-request set-header X-Forwarded-Scheme %[var(txn.ingressc_proto)]',
        'http-request set-header X-Scheme %[var(txn.ingressc_proto)]',
        'http-request del-header X-Forwarded-Host',
        'http-request set-header X-Forwarded-Host %[var(txn.ingressc_fhost)] if { var(txn.ingressc_fhost) -m found }',
        // httpoxy: a client's Proxy header never reaches the upstream.
        'http-request del-header Proxy',
        // ingress-nginx's $req_id: the client's non-empty X-Request-ID, else a generated one.
        ...(f.generateRequestId ? ['http-request set-header X-Request-ID %[uuid] unless { req.fhdr(x-request-id) -m reg . }'] : []),
    ];
}
/**
 * "The request's scheme is http", the condition of HTTPS redirects (each alternative ANDed with
 * `also`): the connection's, or with use-forwarded-headers (trustClient) the client's non-empty
 * X-Forwarded-Proto first, as ingress-nginx's redirect_to_https reads $pass_access_scheme.
 */
export function plainHttpCondition(ir, also = '') {
    const a = also ? ` ${also}` : '';
    if (!ir.forwarded?.trustClient)
        return `!{ ssl_fc }${a}`;
    return `{ req.fhdr(x-forwarded-proto,1) -m str http }${a} || !{ req.fhdr(x-forwarded-proto,1) -m len gt 0 } !{ ssl_fc }${a}`;
}
