import type { TargetName } from '../diagnostics/types.js';
import type { ForwardedHeaders } from '../ir/types.js';
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
