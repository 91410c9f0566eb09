import type { RouteMirror } from '../../ir/types.js';
import type { MirroringService, Service } from './types.js';
/** The mirror's own loadBalancer: "ingressc-mirror-<hash of its URL>". */
export declare const mirrorServerUrl: (m: RouteMirror) => string;
/** The wrappers a set of routers uses, by name. */
export declare class TraefikMirrors {
    private readonly wrappers;
    /** The service a router of a mirrored route names in place of `service` (noop@internal stays: nothing is proxied). */
    wrap(service: string, m: RouteMirror | undefined): string;
    /** The mirroring services and the mirrors' loadBalancers. */
    services(): Record<string, Service | MirroringService>;
}
