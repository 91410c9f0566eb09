import { supportOf } from '../providers/ingress-nginx/support.js';
/**
 * What proxy-redirect-from/-to and proxy-cookie-domain/-path add to each route of an Ingress, as
 * nginx.tmpl writes them (defaults "off"): `proxy_redirect <from> <to>` only when `to` is not
 * "off"; from "off" or "default" alone. ingress-nginx proxies to `http://upstream_balancer` (no
 * URI), where nginx reads "default" as `http://upstream_balancer/` → `/`. Only keys the target
 * honours reach the IR (annotation-support.ts reported the others).
 */
export function responseRewritesOf(ing, target) {
    const s = ing.features.errors;
    if (!s)
        return {};
    const out = {};
    const on = (key) => supportOf(key, target) !== undefined;
    const from = s.redirectFrom ?? 'off';
    const to = s.redirectTo ?? 'off';
    if (on('proxy-redirect-from') && on('proxy-redirect-to')) {
        if (from === 'default')
            out.location = { from: 'http://upstream_balancer/', to: '/' };
        else if (from !== 'off' && to !== 'off')
            out.location = { from, to };
    }
    if (s.cookieDomain && s.cookieDomain !== 'off' && on('proxy-cookie-domain'))
        out.cookieDomain = s.cookieDomain;
    if (s.cookiePath && s.cookiePath !== 'off' && on('proxy-cookie-path'))
        out.cookiePath = s.cookiePath;
    return Object.keys(out).length ? { responseRewrites: out } : {};
}
