import type { SourceRef } from '../../diagnostics/types.js';
import { type RequestRedirect, type RouteTable } from '../../ir/types.js';
import type { Middleware } from './types.js';
/**
 * One IR RequestRedirect on one entry point (`scheme`, `port`: the listener the router serves):
 *  - `location`: permanent/temporal-redirect, the whole URL replaced by the location (a path
 *    after the request's scheme and host, unless relative);
 *  - `path` (app-root): `<scheme>://<Host header><path>`, the query dropped;
 *  - `hostname` (from-to-www-redirect): `<scheme>://<hostname>:<listener port><URI>`;
 *  - `scheme: https` (ssl-redirect, force-ssl-redirect): `https://<host><:https port unless 443><URI>`,
 *    the host as the client wrote it (case kept; the IR lowercases it).
 */
export declare function redirectMiddleware(f: RequestRedirect, listener: {
    scheme: 'http' | 'https';
    port: number;
}, httpsPort: number): Middleware;
/** A stable key of what redirectMiddleware builds, to share one middleware between routers. */
export declare const redirectKey: (f: RequestRedirect, listener: 'http' | 'https') => string;
/** Where the first redirect the IR answers with 308 comes from (Traefik answers GET with 301: IC4301). */
export declare function permanentRedirectOrigin(ir: RouteTable): SourceRef | undefined;
