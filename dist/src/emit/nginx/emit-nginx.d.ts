import { type RouteTable } from '../../ir/types.js';
import type { Emitter } from '../emitter.js';
/**
 * nginx.conf for `cd DIR && nginx -p . -c nginx.conf -g 'daemon off;'`: every path is relative to
 * the prefix, so the output directory is self-contained.
 */
export declare const nginxEmitter: Emitter;
export declare function renderNginx(ir: RouteTable, resolver?: string): string;
/**
 * The http-level proxy_set_header lines. nginx inherits proxy_set_header only into a location that
 * sets none itself, so a location that sets a header repeats them all.
 */
export declare const PROXY_HEADERS: string[];
