import type { ListenAddr, RouteTable } from '../../ir/types.js';
import { type Emitter } from '../emitter.js';
import type { CaddyConfig } from './types.js';
import { SharedRoutes } from './shared-routes.js';
/**
 * caddy.json: Caddy's native JSON config for `cd DIR && caddy run --config caddy.json`.
 * Caddy makes no network request of its own: automatic HTTPS is off on both servers (no ACME, no
 * redirects or certificates beyond the Ingress), certificates are loaded from certs/, OCSP
 * stapling is off, the admin endpoint is off (or on the loopback address of --listen-admin), the
 * running config is not persisted, and storage is ./caddy-data, inside the output directory.
 */
export declare const caddyEmitter: Emitter;
/** `shared`: the servers hold each host's routes once where they are alike (shared-routes.ts); without it, each its own. */
export declare function buildConfig(ir: RouteTable, listenAdmin?: ListenAddr, shared?: SharedRoutes): CaddyConfig;
