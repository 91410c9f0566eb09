import type { CORSFilter } from './cors.js';
/**
 * The subset of Gateway API v1 (standard channel, v1.6.1) that ingressc writes. Optional fields
 * the output never sets are left out on purpose: adding an IR v2 feature means adding its field
 * here (HTTPRoute filters, weighted backendRefs, header/query matches, RegularExpression paths).
 */
export declare const GROUP: 'gateway.networking.k8s.io';
export declare const API_VERSION: string;
export interface ObjectMeta {
    name: string;
    namespace: string;
}
export interface CertificateRef {
    name: string;
    namespace?: string;
}
export interface Listener {
    name: string;
    hostname?: string;
    port: number;
    protocol: 'HTTP' | 'HTTPS' | 'TLS';
    /** Passthrough: TLS listeners of ssl-passthrough hosts (tlsroute.ts). */
    tls?: {
        mode: 'Terminate';
        certificateRefs: CertificateRef[];
    } | {
        mode: 'Passthrough';
    };
    allowedRoutes: {
        namespaces: {
            from: 'Same';
        };
    };
}
export interface Gateway {
    apiVersion: typeof API_VERSION;
    kind: 'Gateway';
    metadata: ObjectMeta;
    spec: {
        gatewayClassName: string;
        listeners: Listener[];
        allowedListeners?: {
            namespaces: {
                from: 'Same';
            };
        };
    };
}
export interface ParentRef {
    group?: typeof GROUP;
    kind: 'Gateway' | 'ListenerSet';
    name: string;
    sectionName: string;
}
export interface ListenerSet {
    apiVersion: typeof API_VERSION;
    kind: 'ListenerSet';
    metadata: ObjectMeta;
    spec: {
        parentRef: {
            group: typeof GROUP;
            kind: 'Gateway';
            name: string;
        };
        listeners: Listener[];
    };
}
/** RegularExpression (Implementation-specific): an RE2 pattern the whole path must match (gateway-api/regex.ts). */
export type PathMatchType = 'Exact' | 'PathPrefix' | 'RegularExpression';
export interface RouteMatch {
    path: {
        type: PathMatchType;
        value: string;
    };
    /** A canary's header rule (Exact, case-sensitive value). */
    headers?: {
        type: 'Exact';
        name: string;
        value: string;
    }[];
}
export interface BackendRef {
    name: string;
    namespace?: string;
    port: number;
    /** A canary's weighted split. */
    weight?: number;
}
export interface RequestRedirectFilter {
    type: 'RequestRedirect';
    requestRedirect: {
        scheme?: 'http' | 'https';
        hostname?: string;
        port?: number;
        path?: {
            type: 'ReplaceFullPath';
            replaceFullPath: string;
        };
        statusCode: 301 | 302 | 303 | 307 | 308;
    };
}
/** A path rewrite (rewrite-target): the whole path, or the PathPrefix the rule matched. */
export type PathRewrite = {
    type: 'ReplaceFullPath';
    replaceFullPath: string;
} | {
    type: 'ReplacePrefixMatch';
    replacePrefixMatch: string;
};
/** Replaces the Host header the backend receives (upstream-vhost) and/or the path (rewrite-target). */
export interface URLRewriteFilter {
    type: 'URLRewrite';
    urlRewrite: {
        hostname?: string;
        path?: PathRewrite;
    };
}
/** Request headers set before proxying (a default-backend stand-in's X-Code and context). */
export interface RequestHeaderModifierFilter {
    type: 'RequestHeaderModifier';
    requestHeaderModifier: {
        set: {
            name: string;
            value: string;
        }[];
    };
}
/** Response headers set on the way back (custom-headers, add-headers; core support). */
export interface ResponseHeaderModifierFilter {
    type: 'ResponseHeaderModifier';
    responseHeaderModifier: {
        set: {
            name: string;
            value: string;
        }[];
    };
}
/** CORSFilter: HTTPRoute's CORS filter (v1.6.1 standard, Extended), cors.ts. */
export type RouteFilter = RequestRedirectFilter | URLRewriteFilter | RequestHeaderModifierFilter | ResponseHeaderModifierFilter | CORSFilter | RequestMirrorFilter;
/** A copy of each request to a Service (mirror.ts); without percent or fraction: every request. */
export interface RequestMirrorFilter {
    type: 'RequestMirror';
    requestMirror: {
        backendRef: BackendRef;
    };
}
export interface RouteRule {
    /** Absent: every request (a PathPrefix "/" match). */
    matches?: RouteMatch[];
    filters?: RouteFilter[];
    backendRefs?: BackendRef[];
    /** backendRequest: the proxy-read-timeout (Extended support). */
    timeouts?: {
        backendRequest: string;
    };
}
export interface HTTPRoute {
    apiVersion: typeof API_VERSION;
    kind: 'HTTPRoute';
    metadata: ObjectMeta;
    spec: {
        parentRefs: ParentRef[];
        hostnames?: string[];
        rules: RouteRule[];
    };
}
export interface ReferenceGrant {
    apiVersion: typeof API_VERSION;
    kind: 'ReferenceGrant';
    metadata: ObjectMeta;
    spec: {
        from: {
            group: typeof GROUP;
            kind: 'Gateway' | 'ListenerSet' | 'HTTPRoute' | 'GRPCRoute' | 'TLSRoute';
            namespace: string;
        }[];
        to: {
            group: '';
            kind: 'Secret' | 'Service';
            name: string;
        }[];
    };
}
/** A gRPC method match: the request path "/<service>/<method>" (method absent: any method of the service). */
export interface GRPCRouteMatch {
    method: {
        type: 'Exact';
        service: string;
        method?: string;
    };
}
export interface GRPCRouteRule {
    /** Absent: every gRPC request. */
    matches?: GRPCRouteMatch[];
    backendRefs: BackendRef[];
}
/** A vhost whose every backend speaks gRPC (backend-protocol GRPC/GRPCS). */
export interface GRPCRoute {
    apiVersion: typeof API_VERSION;
    kind: 'GRPCRoute';
    metadata: ObjectMeta;
    spec: {
        parentRefs: ParentRef[];
        hostnames?: string[];
        rules: GRPCRouteRule[];
    };
}
/** TLS to a Service (backend-protocol HTTPS/GRPCS with proxy-ssl-verify). */
export interface BackendTLSPolicy {
    apiVersion: typeof API_VERSION;
    kind: 'BackendTLSPolicy';
    metadata: ObjectMeta;
    spec: {
        targetRefs: {
            group: '';
            kind: 'Service';
            name: string;
        }[];
        validation: {
            caCertificateRefs: {
                group: '';
                kind: 'ConfigMap';
                name: string;
            }[];
            hostname: string;
        };
    };
}
/** The CA bundle a BackendTLSPolicy names (core support: a ConfigMap key ca.crt). */
export interface ConfigMap {
    apiVersion: 'v1';
    kind: 'ConfigMap';
    metadata: ObjectMeta;
    data: {
        'ca.crt': string;
    };
}
export type GatewayObject = Gateway | ListenerSet | HTTPRoute | GRPCRoute | BackendTLSPolicy | ConfigMap | ReferenceGrant | import('./tlsroute.js').TLSRoute;
