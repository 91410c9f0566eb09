import { realIpHeaderOk } from './controller-config.js';
import { KEY_SUPPORT } from '../providers/ingress-nginx/configmap/support.js';
/** The targets whose emitters write RouteTable.forwarded (each with live proof, test/e2e/forwarded-headers*.test.ts). */
const EMITS = ['nginx', 'haproxy', 'envoy', 'caddy'];
/**
 * ingress-nginx's forwarded headers (nginx.tmpl with its ConfigMap; types.ts ForwardedHeaders),
 * decided once for every route. Without a ConfigMap, or with the keys at their defaults:
 * use-forwarded-headers false, so the client address is the TCP peer and X-Forwarded-* are the
 * proxy's own, whatever the client sent. The realip module is on with use-forwarded-headers or
 * enable-real-ip, reading forwarded-for-header from the proxy-real-ip-cidr addresses;
 * compute-full-forwarded-for appends only together with use-forwarded-headers (nginx.tmpl's
 * $full_x_forwarded_for). A key a target does not honour is reported by applyControllerConfig
 * (KEY_SUPPORT: IC3151, an error), so only honoured keys are read here.
 */
export function forwardedHeaders(cfg, target) {
    if (!EMITS.includes(target))
        return undefined;
    const s = cfg?.settings.forwarded ?? {};
    const on = (key) => KEY_SUPPORT[key]?.[target] !== undefined;
    const trustClient = on('use-forwarded-headers') && s.useForwardedHeaders === true;
    const proxyProtocol = on('use-proxy-protocol') && s.useProxyProtocol === true;
    // A header the target cannot read safely: refused at forwarded-for-header (IC3153); the peer meanwhile.
    const realIp = proxyProtocol || ((trustClient || (on('enable-real-ip') && s.enableRealIp === true)) && (!cfg || realIpHeaderOk(cfg.settings, target)));
    const header = (on('forwarded-for-header') ? s.forwardedForHeader : undefined) ?? 'X-Forwarded-For';
    // proxy-real-ip-cidr "" trusts nobody (nginx.tmpl writes no set_real_ip_from): the peer is the client.
    const trusted = (on('proxy-real-ip-cidr') ? s.proxyRealIpCidr : undefined) ?? ['0.0.0.0/0'];
    return {
        ...(realIp && trusted.length ? { realIp: { header, trusted, ...(proxyProtocol ? { proxyProtocol: true } : {}) } } : {}),
        ...(proxyProtocol ? { proxyProtocol: true } : {}),
        trustClient,
        appendForwardedFor: trustClient && on('compute-full-forwarded-for') && s.computeFullForwardedFor === true,
        originalForwardedFor: header,
        generateRequestId: !on('generate-request-id') || s.generateRequestId !== false,
    };
}
export const withForwarded = (f) => (f ? { forwarded: f } : {});
/**
 * Envoy's proxy_protocol listener filter takes the header's address from every peer; nginx only
 * from proxy-real-ip-cidr. So Envoy is only given use-proxy-protocol where every peer that can
 * reach the listeners is trusted: 0.0.0.0/0, and ::/0 too unless both listeners are IPv4
 * addresses. Otherwise IC3153 at use-proxy-protocol.
 */
export function refuseProxyProtocol(cfg, target, listen, f, diags) {
    if (target !== 'envoy' || !f?.proxyProtocol)
        return;
    const trusted = f.realIp?.trusted ?? [];
    const ipv4 = (h) => /^[0-9.]+$/.test(h);
    if (trusted.includes('0.0.0.0/0') && (trusted.includes('::/0') || (ipv4(listen.http.host) && ipv4(listen.https.host))))
        return;
    const e = cfg?.entries.find((x) => x.key.key === 'use-proxy-protocol');
    if (!e)
        return;
    const why = "Envoy's proxy_protocol listener filter uses the header's address from every peer; proxy-real-ip-cidr must trust them all (0.0.0.0/0, and ::/0 on an IPv6 listener)";
    diags.report('IC3153', e.ref, { key: e.key.key, family: e.key.family, target, why }, { field: `data.${e.key.key}`, target });
}
