import { type RouteMirror, type RouteTable } from '../../ir/types.js';
import type { TextWriter } from '../text-writer.js';
/** The URL proxy_pass evaluates: scheme, host, port, then the template with nginx's variables. */
export declare function mirrorUrl(m: RouteMirror): string;
/** Does some mirror name a host nginx must resolve at request time (a `resolver` is needed)? */
export declare const mirrorNeedsResolver: (ir: RouteTable) => boolean;
/** The mirrors of one server: one internal location per distinct mirror, numbered in order of use. */
export declare class ServerMirrors {
    private readonly seen;
    /** The location's mirror directives (before its proxying). */
    lines(m: RouteMirror | undefined): string[];
    /** The server's internal mirror locations (after its other locations). */
    locations(w: TextWriter): void;
}
