import * as z from 'zod/mini';
import type { Diagnostic, TargetName } from './diagnostics/types.js';
import type { Endpoint, ListenAddr } from './ir/types.js';
import { type InputLimits } from './parse/parse-yaml.js';
import { type ControllerConfigChoice } from './providers/ingress-nginx/configmap/select.js';
export declare const TARGETS: readonly ["nginx", "haproxy", "envoy", "traefik", "caddy", "gateway-api"];
export declare const DEFAULT_GATEWAY_CLASS = "ingressc";
export declare const DEFAULT_GATEWAY = "default/ingressc";
/** What callers (CLI or library users) may pass; everything is checked here with zod. */
export declare const compileOptionsSchema: z.ZodMiniObject<{
    target: z.ZodMiniDefault<z.ZodMiniEnum<{
        caddy: "caddy";
        envoy: "envoy";
        "gateway-api": "gateway-api";
        haproxy: "haproxy";
        nginx: "nginx";
        traefik: "traefik";
    }>>;
    listenHttp: z.ZodMiniDefault<z.ZodMiniString<string>>;
    listenHttps: z.ZodMiniDefault<z.ZodMiniString<string>>;
    listenAdmin: z.ZodMiniOptional<z.ZodMiniString<string>>;
    backends: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
    defaultBackend: z.ZodMiniOptional<z.ZodMiniString<string>>;
    ingressClass: z.ZodMiniOptional<z.ZodMiniString<string>>;
    sslRedirect: z.ZodMiniDefault<z.ZodMiniBoolean<boolean>>;
    allowSnippets: z.ZodMiniDefault<z.ZodMiniBoolean<boolean>>;
    skipAnnotations: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
    pathSemantics: z.ZodMiniDefault<z.ZodMiniEnum<{
        "ingress-nginx": "ingress-nginx";
        spec: "spec";
    }>>;
    nginxRouting: z.ZodMiniDefault<z.ZodMiniEnum<{
        locations: "locations";
        maps: "maps";
    }>>;
    resolver: z.ZodMiniOptional<z.ZodMiniString<string>>;
    certFiles: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniObject<{
        path: z.ZodMiniString<string>;
        text: z.ZodMiniString<string>;
    }, z.core.$strict>>>;
    gatewayClass: z.ZodMiniDefault<z.ZodMiniString<string>>;
    gateway: z.ZodMiniDefault<z.ZodMiniString<string>>;
    maxInputMb: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    maxObjects: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    controllerConfig: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        path: z.ZodMiniString<string>;
        text: z.ZodMiniString<string>;
    }, z.core.$strict>]>>;
}, z.core.$strict>;
/** kube-dns's ClusterIP in kubeadm clusters: where nginx asks for cluster names unless --resolver says. */
export declare const DEFAULT_RESOLVER = "10.96.0.10";
export type CompileOptionsInput = z.input<typeof compileOptionsSchema>;
export interface ServiceRef {
    namespace: string;
    service: string;
    port: number | string;
}
export interface ResolvedOptions {
    target: TargetName;
    listen: {
        http: ListenAddr;
        https: ListenAddr;
    };
    listenAdmin?: ListenAddr;
    backends: Map<string, {
        ref: ServiceRef;
        endpoints: Endpoint[];
        text: string;
    }>;
    defaultBackend?: ServiceRef;
    ingressClass?: string;
    sslRedirect: boolean;
    allowSnippets: boolean;
    /** Annotation keys the user explicitly accepts not to have honoured (lower/annotation-support.ts). */
    skipAnnotations: string[];
    /**
     * How ImplementationSpecific paths of Ingresses served by ingress-nginx are read: 'ingress-nginx'
     * (a string prefix, as ingress-nginx does) or 'spec' (element-wise, like Prefix).
     */
    pathSemantics: 'ingress-nginx' | 'spec';
    /** nginx: one location per path ('locations') or maps for hosts of plain routes ('maps'); other targets ignore it. */
    nginxRouting: 'locations' | 'maps';
    /** DNS resolver for cluster names at run time; unset: nginx asks 10.96.0.10, HAProxy and Envoy the system's. */
    resolver?: string;
    inputLimits: InputLimits;
    certFiles: {
        path: string;
        text: string;
    }[];
    /** Gateway API target: GatewayClass name and "namespace/name" of the Gateway. */
    gatewayClass: string;
    gateway: string;
    /** The ingress-nginx controller ConfigMap to read (providers/ingress-nginx/configmap/). */
    controllerConfig?: ControllerConfigChoice;
}
export declare const serviceKey: (r: ServiceRef) => string;
/** Returns the options or IC5001 diagnostics (usage errors: exit code 2). */
export declare function resolveOptions(input?: CompileOptionsInput): {
    options?: ResolvedOptions;
    diagnostics: Diagnostic[];
};
/** "NS/SVC:PORT" with PORT a number or an IANA port name, as written in the Ingress. */
export declare function parseServiceRef(s: string): ServiceRef | undefined;
export declare function parseEndpoint(s: string): Endpoint | undefined;
export declare function parseListen(s: string): ListenAddr | undefined;
