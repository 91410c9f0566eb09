import { DYNAMIC_FILE, WEB, WEBSECURE } from './names.js';
import { tlsUpstreams } from './services.js';
const address = (a) => `${a.host}:${a.port}`;
/**
 * The request normalisation (README "Semantics"), as far as Traefik can follow it, pinned so a
 * default cannot change it: 400 for %2F, %5C and %00 (the reserved escapes the rule keeps are
 * allowed), unreserved escapes decoded (always on), dot segments and duplicate slashes removed
 * (sanitizePath, Go's path.Clean). Traefik 3.6.3 or newer reads encodedCharacters.
 */
const pathRules = () => ({
    sanitizePath: true,
    encodedCharacters: {
        allowEncodedSlash: false,
        allowEncodedBackSlash: false,
        allowEncodedNullCharacter: false,
        allowEncodedSemicolon: true,
        allowEncodedPercent: true,
        allowEncodedQuestionMark: true,
        allowEncodedHash: true,
    },
});
/**
 * The smallest static configuration that runs the output: the two entry points at the IR listen
 * addresses and the file provider. `filename` (and every certificate path in the dynamic file)
 * is relative to Traefik's working directory, so run it from the output directory. No version
 * check or usage report: a compiled config should not phone home.
 */
export function buildStatic(ir) {
    return {
        global: { checkNewVersion: false, sendAnonymousUsage: false },
        entryPoints: { [WEB]: { address: address(ir.listen.http), http: pathRules() }, [WEBSECURE]: { address: address(ir.listen.https), http: pathRules() } },
        providers: { file: { filename: DYNAMIC_FILE } },
        // ingress-nginx does not verify backend certificates (proxy_ssl_verify off); Traefik would.
        ...(tlsUpstreams(ir.upstreams) ? { serversTransport: { insecureSkipVerify: true } } : {}),
    };
}
