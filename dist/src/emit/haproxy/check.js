import { MAP_FILES } from './maps.js';
/** Maps whose values are backend names used by `use_backend %[var(txn.be)]`. */
const BACKEND_MAPS = ['exact', 'prefix', 'fallback'];
/**
 * What `haproxy -c` cannot see: a map value naming a missing backend would silently fall through
 * to `default_backend` at run time, and a duplicate key would make one route unreachable.
 */
export function checkMaps(maps, backends, defaultBackend) {
    const problems = [];
    if (defaultBackend !== undefined && !backends.has(defaultBackend))
        problems.push({ detail: `the default backend ${defaultBackend} is not emitted` });
    for (const name of Object.keys(maps)) {
        const seen = new Set();
        for (const e of maps[name]) {
            if (seen.has(e.key))
                problems.push(at(e, `${MAP_FILES[name]} has the key ${e.key} twice`));
            seen.add(e.key);
            if (BACKEND_MAPS.includes(name) && (e.value === undefined || !backends.has(e.value)))
                problems.push(at(e, `${MAP_FILES[name]} maps ${e.key} to backend ${e.value ?? '(none)'}, which is not emitted`));
        }
    }
    return problems;
}
const at = (e, detail) => ({ origin: e.origin, detail });
