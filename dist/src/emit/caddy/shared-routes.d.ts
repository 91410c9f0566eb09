import type { Route as IrRoute, VirtualHost } from '../../ir/types.js';
import type { Handler, Route } from './types.js';
/**
 * The HTTP and HTTPS servers hold most hosts' routes twice, identical (a host without TLS, or one
 * whose redirects and HSTS do not depend on the scheme): building and writing them once halves
 * most of caddy.json's cost (issue 17). The HTTP server's pass records, per host, the routes it
 * built and every call it made to the server's steps (routes.ts: actions, named handlers,
 * redirects), the only inputs of those routes that depend on the server. The HTTPS pass makes
 * the same calls on its own steps, in the same order (they register its named routes and number
 * its upstream variants as building would), and takes the recorded routes when every answer is
 * the same JSON value; at the first different answer it builds them itself. The steps answer the
 * same call the same way every time, so a call made twice changes nothing.
 */
export declare class SharedRoutes {
    private readonly byVhost;
    /** Each IR route's upstream variant settings as text, for both servers' UpstreamVariants. */
    readonly settingKeys: Map<object, string | null>;
    /** Objects the config holds twice: the JSON writer writes each once and copies its text (json-writer.ts). */
    readonly repeated: Map<object, number>;
    /** The HTTP pass: `build` with steps that record their calls, its routes kept for the HTTPS pass. */
    record(vh: VirtualHost, steps: Steps, build: (steps: Steps) => Route[]): Route[];
    /** The HTTPS pass: the recorded routes if this server's steps answer every recorded call alike, else `build`'s. */
    reuse(vh: VirtualHost, steps: Steps, build: (steps: Steps) => Route[]): Route[];
}
/** What a host's routes ask of their server (routes.ts serverRoutes): every answer may depend on the server. */
export interface Steps {
    /** The handler that serves upstream `id` (none: 404) for route `r` (none: a fallback). */
    action: (id: string | undefined, r?: IrRoute) => Handler;
    /** A canary's weighted split. */
    split: (r: IrRoute) => Handler | undefined;
    /** An error upstream's page handler. */
    errorPage: (upstream: string) => Handler;
    /** The redirect that answers alone on this server (r none: the host fallback's). */
    always: (r?: IrRoute) => Handler | undefined;
    /** With use-forwarded-headers: the redirect that answers first when the forwarded scheme is http. */
    plain: (r?: IrRoute) => Handler | undefined;
}
/** The same JSON text: equal scalars, arrays item by item, objects with the same keys in the same order. */
export declare function sameJson(a: unknown, b: unknown): boolean;
