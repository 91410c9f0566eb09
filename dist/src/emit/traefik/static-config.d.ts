import type { RouteTable } from '../../ir/types.js';
import type { StaticConfig } from './types.js';
/**
 * The smallest static configuration that runs the output: the two entry points at the IR listen
 * addresses and the file provider. `filename` (and every certificate path in the dynamic file)
 * is relative to Traefik's working directory, so run it from the output directory. No version
 * check or usage report: a compiled config should not phone home.
 */
export declare function buildStatic(ir: RouteTable): StaticConfig;
