/**
 * Annotation prefixes of other ingress controllers. ingressc interprets none of them; a migrating
 * user must hear that, and an access-control setting among them must not compile into an open route.
 */
const FOREIGN_PREFIXES = [
    ['nginx.org/', 'NGINX Inc. kubernetes-ingress (nginx.org)'],
    ['nginx.com/', 'NGINX Plus kubernetes-ingress (nginx.com)'],
    ['ingress.kubernetes.io/', 'legacy ingress.kubernetes.io controllers (before nginx.ingress.kubernetes.io)'],
    ['traefik.ingress.kubernetes.io/', 'Traefik'],
    ['traefik.frontend.', 'Traefik v1'],
    ['traefik.backend.', 'Traefik v1'],
    ['haproxy.org/', 'HAProxy Kubernetes Ingress (haproxy.org)'],
    ['haproxy-ingress.github.io/', 'HAProxy Ingress (jcmoraisjr)'],
    ['haproxy.router.openshift.io/', 'OpenShift router'],
    ['alb.ingress.kubernetes.io/', 'AWS Load Balancer Controller'],
    ['appgw.ingress.kubernetes.io/', 'Azure Application Gateway (AGIC)'],
    ['kubernetes.io/ingress.global-static-ip-name', 'GKE Ingress'],
    ['kubernetes.io/ingress.allow-http', 'GKE Ingress'],
    ['ingress.gcp.kubernetes.io/', 'GKE Ingress'],
    ['networking.gke.io/', 'GKE Ingress'],
    ['konghq.com/', 'Kong'],
    ['projectcontour.io/', 'Contour'],
    ['contour.heptio.com/', 'Contour (legacy)'],
    ['getambassador.io/', 'Emissary-ingress'],
    ['zalando.org/skipper-', 'Skipper'],
    ['kubernetes.io/ingress.class', ''], // ingressc's own input: never foreign
];
/**
 * Words that mark a foreign key as restricting access (auth, allow/deny lists, client certificates,
 * WAF, rate limits). A heuristic by necessity: ingressc cannot know every controller, so it errs
 * on the closed side, and --skip-annotation names the key when the user knows better.
 */
const ACCESS_WORDS = /(auth|allow|deny|white-?list|black-?list|block-?list|source-range|cidr|whitelist|ip-?restriction|firewall|waf|acl|jwt|oidc|oauth|basic|client-cert|mtls|ssl-client|tls-client|verify-client|limit|rate)/;
export function classifyForeign(key) {
    const hit = FOREIGN_PREFIXES.find(([p]) => key.startsWith(p));
    if (!hit || hit[1] === '')
        return undefined;
    const name = key.slice(hit[0].length).toLowerCase();
    return { controller: hit[1], restrictsAccess: ACCESS_WORDS.test(name) };
}
