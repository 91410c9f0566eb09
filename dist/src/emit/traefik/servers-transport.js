import { byFirstUse } from './names.js';
import { backendCaFile, backendCertFile, backendKeyFile } from '../../ir/types.js';
/**
 * proxy-ssl-* (IR UpstreamTls) as a serversTransport of the upstream's service, one per distinct
 * setting ("ingressc-tls-1"…). Go's crypto/tls sends `serverName` as SNI and verifies the
 * certificate against it, so:
 *  - verify: rootCAs = the Secret's ca.crt, serverName = the name to check (proxy-ssl-name, else
 *    "upstream_balancer"), sent as SNI too even when proxy-ssl-server-name is off (support row
 *    partial); Go has no chain-depth limit (proxy-ssl-verify-depth has no row: fails closed);
 *  - no verify: insecureSkipVerify, serverName only when SNI is asked for (proxy-ssl-server-name);
 *  - a client certificate: certificates = the Secret's tls.crt / tls.key.
 * TLS versions and ciphers are Go's (1.2 and 1.3): a serversTransport cannot set them, so
 * proxy-ssl-protocols and proxy-ssl-ciphers have no rows and lowering never sets `versions` or
 * `ciphers` here.
 */
export function serversTransportOf(t) {
    // Lowering writes ingress-nginx's default (TLSv1.2) where proxy-ssl-protocols is not honoured: Go offers 1.2 and 1.3 (row partial).
    if (t.ciphers !== undefined || (t.versions !== undefined && JSON.stringify(t.versions) !== '["TLSv1.2"]'))
        throw new Error('traefik: proxy-ssl-protocols / proxy-ssl-ciphers have no Traefik row and must fail closed before emission');
    const name = t.verify?.name ?? t.sni;
    if (name !== undefined && !/^[A-Za-z0-9._-]+$/.test(name))
        throw new Error(`traefik: refusing backend TLS name ${JSON.stringify(name)}`);
    return {
        ...(name !== undefined ? { serverName: name } : {}),
        insecureSkipVerify: t.verify === undefined,
        ...(t.verify ? { rootCAs: [backendCaFile(t.verify.ca)] } : {}),
        ...(t.clientCertificate !== undefined ? { certificates: [{ certFile: backendCertFile(t.clientCertificate), keyFile: backendKeyFile(t.clientCertificate) }] } : {}),
    };
}
/** Transports by name and the name each upstream with TLS settings uses. */
export function buildServersTransports(upstreams) {
    const transports = {};
    const byKey = byFirstUse();
    const byUpstream = new Map();
    for (const u of upstreams) {
        if (!u.tls)
            continue;
        const t = serversTransportOf(u.tls);
        const name = byKey(JSON.stringify(t), (n) => {
            transports[`ingressc-tls-${n}`] = t;
            return `ingressc-tls-${n}`;
        });
        byUpstream.set(u.id, name);
    }
    return { transports, byUpstream };
}
/**
 * proxy-connect-timeout and proxy-read-timeout as forwardingTimeouts, added to the transport the
 * service already uses (its proxy-ssl-* one, else Traefik's default, whose insecureSkipVerify the
 * static configuration sets for TLS upstreams): dialTimeout = connect (a timeout answers 504, as
 * nginx's proxy_connect_timeout); responseHeaderTimeout = read, which only bounds the wait for the
 * response header after the request is written (nginx's proxy_read_timeout also bounds each later
 * read: support row partial). A serversTransport has no write timeout (proxy-send-timeout).
 */
export function withTimeouts(base, t, tls) {
    const ft = { ...(t.connect !== undefined ? { dialTimeout: `${t.connect}s` } : {}), ...(t.read !== undefined ? { responseHeaderTimeout: `${t.read}s` } : {}) };
    if (Object.keys(ft).length === 0)
        return undefined;
    return { ...(base ?? { insecureSkipVerify: tls }), forwardingTimeouts: ft };
}
