import type { Maps, Problem } from './maps.js';
/**
 * What `haproxy -c` cannot see: a map value naming a missing backend would silently fall through
 * to `default_backend` at run time, and a duplicate key would make one route unreachable.
 */
export declare function checkMaps(maps: Maps, backends: ReadonlySet<string>, defaultBackend?: string): Problem[];
