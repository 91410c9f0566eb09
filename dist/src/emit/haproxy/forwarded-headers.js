import { cfgWord } from './quote.js';
const DEFAULT = { trustClient: false, appendForwardedFor: false, originalForwardedFor: 'X-Forwarded-For', generateRequestId: true };
/**
 * RouteTable.forwarded (ingress-nginx's forwarded headers, use-forwarded-headers false): frontend
 * rules that replace whatever the client sent. The client address is `src`, the TCP peer
 * (lowering gives HAProxy no realIp or trustClient: the ConfigMap keys fail there, IC3151).
 * X-Original-Forwarded-For carries the client's last header line (nginx: every line joined).
 */
export function forwardedLines(ir, https) {
    const f = ir.forwarded ?? DEFAULT;
    const orig = cfgWord(f.originalForwardedFor.toLowerCase());
    const scheme = (name) => https ? [`http-request set-header ${name} https if { ssl_fc }`, `http-request set-header ${name} http if !{ ssl_fc }`] : [`http-request set-header ${name} http`];
    return [
        `http-request set-var(txn.ingressc_ofwd) req.fhdr(${orig}) if { req.fhdr(${orig}) -m found }`,
        'http-request del-header X-Original-Forwarded-For',
        'http-request set-header X-Original-Forwarded-For %[var(txn.ingressc_ofwd)] if { var(txn.ingressc_ofwd) -m len gt 0 }',
        'http-request set-header X-Forwarded-For %[src]',
        'http-request set-header X-Real-IP %[src]',
        'http-request set-header X-Forwarded-Port %[dst_port]',
        ...scheme('X-Forwarded-Proto'),
        ...scheme('X-Forwarded-Scheme'),
        ...scheme('X-Scheme'),
        'http-request del-header X-Forwarded-Host',
        'http-request set-header X-Forwarded-Host %[req.fhdr(host)] if { req.fhdr(host) -m found }',
        // httpoxy: a client's Proxy header never reaches the upstream.
        'http-request del-header Proxy',
        // ingress-nginx's $req_id: the client's non-empty X-Request-ID, else a generated one.
        ...(f.generateRequestId ? ['http-request set-header X-Request-ID %[uuid] unless { req.fhdr(x-request-id) -m reg . }'] : []),
    ];
}
