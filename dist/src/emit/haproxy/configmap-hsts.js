import { mapKey, quotedText } from './quote.js';
/**
 * VhostTls.hsts (ConfigMap hsts*), as ingress-nginx's lua header() sets it: every response to an
 * HTTPS request of the host, the ones HAProxy answers itself included (http-after-response),
 * carries Strict-Transport-Security, the upstream's replaced. The hosts are looked up by their
 * vhost key (txn.vh, maps.ts) in hsts.map.
 */
export const HSTS_MAP = 'hsts.map';
const hstsHosts = (ir) => ir.vhosts.filter((v) => v.tls?.hsts !== undefined);
export function hstsLines(ir) {
    const hosts = hstsHosts(ir);
    if (!hosts.length)
        return [];
    return [`http-after-response set-header Strict-Transport-Security ${quotedText(hosts[0].tls.hsts)} if { ssl_fc } { var(txn.vh),map_str(${HSTS_MAP}) -m found }`];
}
export function hstsFiles(ir) {
    const hosts = hstsHosts(ir);
    return hosts.length ? [{ path: HSTS_MAP, content: hosts.map((v) => `${mapKey(v.name)} 1\n`).join('') }] : [];
}
