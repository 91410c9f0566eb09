import type { Emitter, OutputFile } from '../emitter.js';
import { type GatewayRef } from './listeners.js';
import { type GatewayObject } from './types.js';
/**
 * Gateway API v1 (standard channel, v1.6.1): a Gateway, ListenerSets past its 64 listeners,
 * HTTPRoutes and ReferenceGrants, one file per kind (`kubectl apply -f DIR`), or one YAML stream
 * on stdout. Certificates stay in their Secrets: nothing private is written.
 */
export declare const gatewayApiEmitter: Emitter;
/** Every string JSON double-quoted (the Envoy writer's mode): a host "on" or "y" stays a string. */
export declare function render(objects: readonly GatewayObject[]): string;
/** The files as one stream (stdout without --out), in file order. */
export declare function joinStream(files: readonly OutputFile[]): string;
export declare function parseGatewayRef(s: string): GatewayRef;
/** HTTPPathMatch.value holds at most 1024 characters (the IR allows 2,048): IC4506 at the path. */
export declare const MAX_PATH = 1024;
