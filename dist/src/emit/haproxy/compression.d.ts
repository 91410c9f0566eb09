import type { RouteTable } from '../../ir/types.js';
/**
 * RouteTable.compression: the frontend's gzip filter (it sees every response the frontend sends)
 * with the types to compress, each quoted ("+" is no bare-word character); no `compression type`:
 * every type. HAProxy 2.6 has no minimum length and no per-request switch (the support cells say
 * so); the level is a global tunable.
 */
export declare const compressionFrontendLines: (ir: Pick<RouteTable, 'compression'>) => string[];
export declare const compressionGlobalLines: (ir: Pick<RouteTable, 'compression'>) => string[];
