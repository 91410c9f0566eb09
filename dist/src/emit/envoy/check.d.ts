import type { SourceRef } from '../../diagnostics/types.js';
import type { Origins } from './routes.js';
import type { Bootstrap } from './types.js';
export interface Problem {
    detail: string;
    origin?: SourceRef;
}
/**
 * What Envoy's schema cannot catch and would only refuse at load time (or, worse, accept and
 * misroute): dangling cluster references, duplicate names and domains, a missing or misplaced
 * router. Runs on the emitted object, so it checks what is actually written.
 */
export declare function checkBootstrap(b: Bootstrap, origins?: Origins): Problem[];
