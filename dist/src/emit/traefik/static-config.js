import { DYNAMIC_FILE, WEB, WEBSECURE } from './names.js';
const address = (a) => `${a.host}:${a.port}`;
/**
 * The smallest static configuration that runs the output: the two entry points at the IR listen
 * addresses and the file provider. `filename` (and every certificate path in the dynamic file)
 * is relative to Traefik's working directory, so run it from the output directory. No version
 * check or usage report: a compiled config should not phone home.
 */
export function buildStatic(ir) {
    return {
        global: { checkNewVersion: false, sendAnonymousUsage: false },
        entryPoints: { [WEB]: { address: address(ir.listen.http) }, [WEBSECURE]: { address: address(ir.listen.https) } },
        providers: { file: { filename: DYNAMIC_FILE } },
    };
}
