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
/** The http-level lines of error pages: none since REQUEST_ID is forwarded-headers.ts's map, which every proxied request uses. */
export declare function errorPagesHttpLines(_ir: RouteTable): string[];
