import { quotedArg } from './quote.js';
/**
 * RouteTable.compression: the frontend's gzip filter (it sees every response the frontend sends)
 * with the types to compress, each quoted ("+" is no bare-word character); no `compression type`:
 * every type. HAProxy 2.6 has no minimum length and no per-request switch (the support cells say
 * so); the level is a global tunable.
 */
export const compressionFrontendLines = (ir) => ir.compression ? ['compression algo gzip', ...(ir.compression.types ? [`compression type ${ir.compression.types.map(quotedArg).join(' ')}`] : [])] : [];
export const compressionGlobalLines = (ir) => ir.compression?.level !== undefined ? [`tune.comp.maxlevel ${ir.compression.level}`] : [];
