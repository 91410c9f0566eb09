import { type RouteTable } from '../../ir/types.js';
import { type Emitter } from '../emitter.js';
import { type Origins } from './routes.js';
import type { Bootstrap } from './types.js';
/**
 * The bootstrap's file name. JSON, not YAML: Envoy picks its parser by the extension, and reads a
 * 10k-host bootstrap as JSON in half the CPU time it needs through yaml-cpp (issue 17, BENCHMARKS.md).
 */
export declare const ENVOY_FILE = "envoy.json";
/**
 * envoy.json: a static bootstrap for `cd DIR && envoy -c envoy.json`. No admin listener, no
 * xDS; certificate paths are relative to the working directory, so DIR is self-contained.
 */
export declare const envoyEmitter: Emitter;
export declare function buildBootstrap(ir: RouteTable, origins?: Origins, resolver?: string): Bootstrap;
/**
 * JSON with 2-space indentation, one field per line, keys in the order the emitter builds them:
 * readable, and a change to a route is a change to its lines in a diff. (Compact JSON saves Envoy
 * about 9 % of its load at 10k hosts; not worth a file nobody can read.) JSON has no comments: what
 * the YAML header said about routing lives in README.md ("Running the output").
 * The text is JSON.stringify(b, null, 2)'s, built in ~64 KB chunks and never joined by the CLI
 * (issue 17: envoy.json is 123 MB at 20k Ingresses).
 */
export declare function renderEnvoy(b: Bootstrap): string;
/** renderEnvoy's text in chunks. JSON would write NaN and Infinity as null (Envoy would read a default, port 0 say); the bootstrap has no null, so any is refused. */
export declare function renderEnvoyChunks(b: Bootstrap): string[];
