import { type Route, type RouteTable, type Upstream } from '../../ir/types.js';
import type { TextWriter } from '../text-writer.js';
import type { NginxAffinity } from './traffic.js';
export declare class NginxCanaries {
    private readonly ir;
    private readonly affinity;
    private readonly ids;
    /** Canaries where one side has no endpoints (its map value is ""). */
    private readonly partial;
    constructor(ir: RouteTable, affinity: NginxAffinity);
    /** The http-level maps of every canary. */
    maps(w: TextWriter, upstream: (id: string) => Upstream | undefined): void;
    private writeMaps;
    /**
     * The in-place answer of a location whose route has a canary: `before` comes first (a
     * `rewrite ... break` in the filters would skip a later rewrite-module directive), `after` last.
     */
    answer(r: Route, main?: Upstream): {
        before: string[];
        affinity: string[];
        after: string[];
    };
}
/**
 * Canary routes nginx cannot answer in the IR's order: the "no endpoints" 503 of a canary map is a
 * rewrite-phase `return`, which runs before the access phase's 403 of a source range.
 */
export declare function canaryBefore403(ir: RouteTable): Route[];
