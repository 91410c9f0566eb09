import { parseMirrorTarget } from '../families/mirror.js';
import { mirrorService } from '../../../emit/gateway-api/mirror.js';
/**
 * Support rows of the mirroring family (mirror-target, mirror-host, mirror-request-body). Proof:
 * test/conformance/ingress-nginx/mirror.feature (e2e mirror.go) and test/e2e/mirror.test.ts (live:
 * the main answer and the copy's path, Host and body, on nginx and Envoy).
 */
const yes = { level: 'supported' };
/**
 * Targets whose copy is the request as proxied (Envoy's shadow copies the upstream request's headers,
 * Traefik's mirroring service sits behind the router's middlewares, Gateway API leaves the order of a
 * rule's filters to the implementation): a path rewrite-target changed
 * would reach the mirror, where ingress-nginx's $request_uri is the path the client sent (IC3230).
 */
export const COPIES_AS_PROXIED = new Set(['envoy', 'traefik', 'gateway-api']);
/** A target whose copy keeps the request's own target: only "<origin>$request_uri" says that. */
const requestUriOnly = (who) => (v) => {
    const t = parseMirrorTarget(v);
    if ('expected' in t)
        return undefined; // the grammar reported it
    const p = t.value.parts;
    return p.length === 1 && 'request' in p[0] ? undefined : `${who} sends the copy with the request's own path and query: only a target of the form <scheme>://<host>[:<port>]$request_uri can be expressed`;
};
const envoyTarget = {
    level: 'partial',
    note: 'request_mirror_policies to a cluster of the target: the copy leaves alongside the request (ingress-nginx holds the client connection\'s next request until the mirror answers) and carries Envoy\'s forwarding headers (X-Forwarded-For, X-Request-Id, X-Envoy-*); only <scheme>://<host>[:<port>]$request_uri is expressed (Envoy keeps the request\'s path: any other path is refused, IC3071)',
    refuse: requestUriOnly('Envoy'),
};
const traefikTarget = {
    level: 'partial',
    note: 'a mirroring service around the route\'s (one mirror at 100 percent): the copy is sent once the request is buffered (Traefik holds the whole body in memory), leaves alongside the request, carries Traefik\'s forwarding headers, and has the Host of the mirror\'s server URL, with its port when the target names one (ingress-nginx: without); only <scheme>://<host>[:<port>]$request_uri is expressed (Traefik keeps the request\'s path: any other path is refused, IC3071); proof: the rule evaluator (test/traefik/) on mirror-cases.ts',
    refuse: requestUriOnly('Traefik'),
};
/** Gateway API (emit/gateway-api/mirror.ts): a RequestMirror to the Service the target names. */
const gatewayTarget = {
    level: 'partial',
    note: 'a RequestMirror filter (Extended) to the Service the target names by its cluster DNS name (port as written, else 80; a ReferenceGrant for another namespace): the copy\'s Host and added headers are the implementation\'s (Envoy Gateway appends "-shadow" to the Host), and it carries the body; only http://<service>.<namespace>.svc[.cluster.local][:<port>]$request_uri is expressed (IC3071), not on a gRPC host (IC4110)',
    refuse: (v) => {
        const t = parseMirrorTarget(v);
        if ('expected' in t)
            return undefined;
        const s = mirrorService(t.value);
        return 'problem' in s ? s.problem : requestUriOnly('Gateway API')(v);
    },
};
export const ROWS = {
    // nginx: ingress-nginx's own mirror and internal location (emit/nginx/mirror.ts).
    'mirror-target': { nginx: yes, envoy: envoyTarget, traefik: traefikTarget, 'gateway-api': gatewayTarget },
    // Envoy: the policy's host_rewrite_literal (which also turns off Envoy's "-shadow" Host suffix).
    'mirror-host': { nginx: yes, envoy: yes },
    'mirror-request-body': {
        nginx: {
            level: 'partial',
            note: '"off": the copy has no body and no Content-Length (ingress-nginx sends the request\'s Content-Length with no body, and the mirror waits for bytes that never come)',
        },
    },
};
/** Why a target has no row (the matrix and IC2103 name it). */
const HAPROXY = 'HAProxy 2.6 mirrors only through an SPOE agent (no native request mirroring)';
const CADDY = 'Caddy\'s standard build has no request mirroring (no handler sends a copy of a request)';
export const WHY = {
    'mirror-target': { haproxy: HAPROXY, caddy: CADDY },
    'mirror-host': { haproxy: HAPROXY, caddy: CADDY, traefik: 'a Traefik mirror sends the Host of its server URL (passHostHeader false), or the client\'s: no other Host can be set for the copy alone' },
    'mirror-request-body': {
        haproxy: HAPROXY,
        caddy: CADDY,
        envoy: 'Envoy\'s request mirror policy always sends the body with the copy ("off" is not applied: the mirror gets the body)',
        traefik: 'the v3 file provider schema ingressc writes has no mirrorBody: Traefik sends the body with the copy ("off" is not applied)',
    },
};
