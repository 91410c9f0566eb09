import { type RouteErrors, type RouteTable, type Upstream } from '../../ir/types.js';
import type { TextWriter } from '../text-writer.js';
export declare class ServerErrorPages {
    private readonly upstream;
    private readonly pages;
    constructor(upstream: (id: string | undefined) => Upstream | undefined);
    /** Rewrite-phase lines: they must come before any `rewrite ... break` or `return` of the location. */
    setLines(e: RouteErrors | undefined): string[];
    /** The location's other lines (after its proxy_set_header lines). */
    lines(e: RouteErrors | undefined): string[];
    namedLocations(w: TextWriter): void;
}
/** An http-level map, emitted when a route has error pages (REQUEST_ID). */
export declare function errorPagesHttpLines(ir: RouteTable): string[];
