import type { Diagnostics } from '../diagnostics/collector.js';
import type { SourceRef, TargetName } from '../diagnostics/types.js';
import { type BackendCertificate, type Route, type UpstreamProtocol, type UpstreamTls, type VirtualHost } from '../ir/types.js';
import type { IngressModel, Inventory } from '../validate/model.js';
import { type UpstreamResolver } from './upstreams.js';
import type { ServiceRef } from '../options.js';
export declare class BackendLowering {
    private readonly inv;
    private readonly target;
    private readonly diags;
    private readonly own;
    /** Host → the first Ingress (precedence order) on it whose proxy-ssl Secret has ca.crt. */
    private readonly server;
    private readonly certs;
    private readonly warnedName;
    private readonly warnedGrpcs;
    /** Service port upstream id → the first Ingress that named it, and its service-upstream. */
    private readonly creators;
    constructor(ingresses: readonly IngressModel[], inv: Pick<Inventory, 'backendSecrets' | 'caFiles' | 'controllerConfig'>, target: TargetName, diags: Diagnostics);
    /** Does the target honour this key (else it was refused or skipped: compile as if absent)? */
    private honoured;
    private settings;
    private at;
    /** Does `ing` set service-upstream (where the target honours it)? */
    serviceUpstream(ing: IngressModel): boolean;
    private protocolOf;
    private readOwn;
    /** The TLS a location of `ing` on `host` uses: its own directives, else the host's (nginx inheritance). */
    private tlsFor;
    /**
     * The upstream of a backend of `ing` (on `host`; undefined for a defaultBackend): the Service
     * port's upstream, created by the first Ingress naming it (with its service-upstream), then the
     * variant for this Ingress's protocol and TLS.
     */
    resolve(resolver: UpstreamResolver, ing: IngressModel, ref: ServiceRef, origin: SourceRef, host: string | undefined): string | undefined;
    /**
     * The upstream a route of `ing` (on `host`; undefined for a defaultBackend) uses, from the
     * Service port's upstream `base`.
     */
    upstreamFor(resolver: UpstreamResolver, base: string, ing: IngressModel, host: string | undefined): string;
    /**
     * The route extras of `ing` adjusted for its protocol: "grpc"/"grpcs" not written in capitals
     * keep nginx's own gRPC timeouts (nginx.tmpl compares the exact strings).
     */
    extras<T extends Pick<Route, 'filters' | 'policies'>>(ing: IngressModel, extras: T): T;
    /**
     * ingress-nginx serves a canary through the main location: its requests go with the main
     * route's backend protocol and TLS settings. The canary's upstream becomes the canary Service's
     * variant with them. A canary Service reached with another protocol of its own (its Ingress's
     * backend-protocol, which ingress-nginx ignores) is refused (IC4111) rather than guessed.
     */
    canaryProtocols(vhosts: readonly VirtualHost[], resolver: UpstreamResolver): void;
    /** The Secrets some upstream's tls names, sorted by id. */
    certificates(used: ReadonlySet<string>): BackendCertificate[];
}
/** The id of an upstream variant: `<base>_<protocol>`, plus a hash of its TLS settings. */
export declare function variantId(base: string, protocol: UpstreamProtocol, tls: UpstreamTls | undefined): string;
