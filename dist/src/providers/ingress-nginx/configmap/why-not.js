import { unsupportedWhy } from '../support.js';
import { CONFIG_KEY_BY_NAME } from './keys.js';
import { KEY_WHY_NOT } from './support.js';
/**
 * The reason shared by a family's keys that no target honours (keys.ts families). Families some
 * target honours have reasons per key and target (KEY_WHY_NOT) instead.
 */
const FAMILY_WHY = {
    logging: "ingressc compiles routing, not logging: access and error logs stay the proxy's own configuration",
    tracing: 'ingressc configures no tracing: the collector is not among the inputs',
    'controller process': "the sizing of ingress-nginx's own nginx (workers, hash tables, GeoIP, Lua): the target sizes its processes and tables itself",
    snippets: 'ingressc never copies raw nginx text into an output: refused (IC2302) unless --allow-snippets, which compiles without it (IC2303)',
    'status page': "ingressc emits no status page (ingress-nginx's nginx_status server)",
    'TCP/UDP streams': "ingressc compiles Ingresses (HTTP); ingress-nginx's TCP and UDP services ConfigMaps are not read",
    WAF: "ingressc emits no ModSecurity (ingress-nginx's WAF module) for any target",
    listeners: 'the listen addresses are --listen-http and --listen-https',
    'client timeouts': "not implemented yet: the listeners keep the proxy's own client timeouts",
    buffers: "not implemented yet: the listeners keep the proxy's own request header limits",
    'HTTP/2': "not implemented yet: HTTP/2 on the HTTPS listener keeps the proxy's own settings",
    upstream: "not implemented yet: connections to backends are reused by the proxy's own pool rules",
    TLS: "not implemented yet: the HTTPS listener keeps the proxy's own TLS session, cipher and curve settings",
};
/** Keys that are no annotation's default but say what an annotation says for every route: that annotation's reason applies. */
const LIKE_ANNOTATION = {
    'global-auth-url': 'auth-url',
    'global-auth-method': 'auth-method',
    'global-auth-signin': 'auth-signin',
    'global-auth-signin-redirect-param': 'auth-signin-redirect-param',
    'global-auth-response-headers': 'auth-response-headers',
    'global-auth-request-redirect': 'auth-request-redirect',
    'global-auth-always-set-cookie': 'auth-always-set-cookie',
    'global-auth-cache-key': 'auth-cache-key',
    'global-auth-cache-duration': 'auth-cache-duration',
    'no-auth-locations': 'auth-url',
    'limit-rate': 'limit-rate',
    'limit-rate-after': 'limit-rate-after',
};
/** Keys no target honours, each for a reason of its own. */
const OWN_WHY = {
    'limit-rate': 'not implemented yet as a ConfigMap default (the annotation is honoured on this target)',
    'limit-rate-after': 'not implemented yet as a ConfigMap default (the annotation is honoured on this target)',
    'limit-conn-zone-variable': "not implemented yet: connections are counted per client address (ingress-nginx's default $binary_remote_addr)",
    'default-type': "not implemented yet: a response without Content-Type keeps what the backend sent (ingress-nginx's default applies to nginx's own files)",
    'allow-backend-server-header': "not implemented yet: the backend's Server header is handled as each proxy does by default",
    'proxy-add-original-uri-header': 'not implemented yet: no X-Original-Uri header is added',
    'forwarded-for-proxy-protocol-header': 'not implemented yet: the PROXY protocol address is the client address, no header carries it',
};
/** Why `target` does not honour ConfigMap `key`: its own reason, else the annotation's it is the default of (or says the same as), else its family's. */
export function keyWhyNot(key, target) {
    const k = CONFIG_KEY_BY_NAME.get(key);
    if (!k)
        return undefined;
    const annotation = k.annotation ?? LIKE_ANNOTATION[key];
    return KEY_WHY_NOT[key]?.[target] ?? (annotation ? unsupportedWhy(annotation, target) : undefined) ?? OWN_WHY[key] ?? (k.kind === 'snippet' ? FAMILY_WHY.snippets : FAMILY_WHY[k.family]);
}
