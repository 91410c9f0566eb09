import type { TargetName } from '../diagnostics/types.js';
import type { Diagnostics } from '../diagnostics/collector.js';
import type { ForwardedHeaders, RouteTable } from '../ir/types.js';
import type { ControllerConfig } from '../providers/ingress-nginx/configmap/read.js';
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
export declare function forwardedHeaders(cfg: ControllerConfig | undefined, target: TargetName): ForwardedHeaders | undefined;
export declare const withForwarded: (f: ForwardedHeaders | undefined) => {
    forwarded?: ForwardedHeaders;
};
/**
 * Envoy's proxy_protocol listener filter takes the header's address from every peer; nginx only
 * from proxy-real-ip-cidr. So Envoy is only given use-proxy-protocol where every peer that can
 * reach the listeners is trusted: 0.0.0.0/0, and ::/0 too unless both listeners are IPv4
 * addresses. Otherwise IC3153 at use-proxy-protocol.
 */
export declare function refuseProxyProtocol(cfg: ControllerConfig | undefined, target: TargetName, listen: RouteTable['listen'], f: ForwardedHeaders | undefined, diags: Diagnostics): void;
