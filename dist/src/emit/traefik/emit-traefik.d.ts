import type { RouteTable } from '../../ir/types.js';
import { type Emitter } from '../emitter.js';
import type { DynamicConfig } from './types.js';
/**
 * Traefik v3 (v3.6.3+ for the entry points' encodedCharacters; rule syntax v3): `traefik.yaml` is the dynamic configuration for the file
 * provider, `traefik-static.yaml` the static one. Run from the output directory:
 *   traefik --configFile=traefik-static.yaml
 */
export declare const traefikEmitter: Emitter;
export declare function buildDynamic(ir: RouteTable): DynamicConfig;
