import { type RouteTable } from '../../ir/types.js';
import type { Emitter } from '../emitter.js';
import { type Origins } from './routes.js';
import type { Bootstrap } from './types.js';
/**
 * envoy.yaml: a static bootstrap for `cd DIR && envoy -c envoy.yaml`. No admin listener, no
 * xDS; certificate paths are relative to the working directory, so DIR is self-contained.
 */
export declare const envoyEmitter: Emitter;
export declare function buildBootstrap(ir: RouteTable, origins?: Origins, resolver?: string): Bootstrap;
/**
 * Every string is double-quoted: Envoy's YAML loader reads plain `y`, `on` or `no` (valid host
 * names) as booleans.
 */
export declare function renderEnvoy(b: Bootstrap): string;
