import { routesOf } from '../../ir/types.js';
import { certificateFiles, clientCaFiles } from '../cert-files.js';
import { envoyHtpasswdFiles } from './auth.js';
import { extAuthClusters } from './ext-auth.js';
import { mirrorClusters } from './mirror.js';
import { reportUnnamedTlsHosts } from '../cert-names.js';
import { piecewiseFile } from '../emitter.js';
import { toIndentedJsonChunks } from '../json-writer.js';
import { checkBootstrap } from './check.js';
import { clusters } from './clusters.js';
import { passthroughClusters } from './passthrough.js';
import { listeners } from './listeners.js';
import { MAX_BUFFER_BYTES } from './route-policies.js';
import { hasRegexPaths, hasWildcards } from './routes.js';
import { hasCorsOriginLists } from './traffic.js';
import { resolverAddress } from '../../util/resolver-address.js';
import { hasCanaryRegex } from './canary.js';
import { reportLimitProblems } from './limits.js';
/**
 * The bootstrap's file name. JSON, not YAML: Envoy picks its parser by the extension, and reads a
 * 10k-host bootstrap as JSON in half the CPU time it needs through yaml-cpp (issue 17, BENCHMARKS.md).
 */
export const ENVOY_FILE = 'envoy.json';
/**
 * envoy.json: a static bootstrap for `cd DIR && envoy -c envoy.json`. No admin listener, no
 * xDS; certificate paths are relative to the working directory, so DIR is self-contained.
 */
export const envoyEmitter = {
    name: 'envoy',
    mainFile: ENVOY_FILE,
    dnsResolver: () => 'the system resolver (/etc/resolv.conf where Envoy runs; STRICT_DNS clusters)',
    emit(ir, ctx) {
        const origins = new Map();
        const bootstrap = buildBootstrap(ir, origins, ctx.options.resolver);
        for (const p of checkBootstrap(bootstrap, origins))
            ctx.diagnostics.report('IC4002', p.origin, { target: 'envoy', detail: p.detail }, { target: 'envoy' });
        reportUnnamedTlsHosts(ir, ctx.diagnostics, 'envoy');
        reportLimitProblems(ir, ctx.diagnostics);
        for (const vh of ir.vhosts)
            for (const r of routesOf(vh)) {
                if ((r.policies?.maxBodyBytes ?? 0) > MAX_BUFFER_BYTES)
                    ctx.diagnostics.report('IC4002', r.origin, { target: 'envoy', detail: `proxy-body-size ${r.policies.maxBodyBytes} bytes is above the buffer filter's limit of ${MAX_BUFFER_BYTES}` }, { target: 'envoy' });
                // Envoy's cookie value is its own hash of the client's connection (traffic.ts): it names no Service.
                if (r.canary && (r.policies?.affinity || r.canary.affinity))
                    ctx.diagnostics.report('IC4122', r.canary.origin, {
                        ingress: r.canary.ingress,
                        target: 'envoy',
                        why: `the cookie of ${r.sourcePath} (${r.ingress}) is a value Envoy makes from the client's connection and hashes onto the endpoints, so it does not say which Service served the session`,
                        fix: 'compile for nginx, HAProxy or Caddy, or drop the affinity or the canary',
                    }, { target: 'envoy' });
            }
        return [piecewiseFile(ENVOY_FILE, renderEnvoyChunks(bootstrap)), ...certificateFiles(ir), ...envoyHtpasswdFiles(ir), ...clientCaFiles(ir)];
    },
};
export function buildBootstrap(ir, origins = new Map(), resolver) {
    const b = { static_resources: { listeners: listeners(ir, origins), clusters: [...clusters(ir), ...extAuthClusters(ir), ...mirrorClusters(ir), ...passthroughClusters(ir)] } };
    // STRICT_DNS clusters ask the system resolver unless --resolver names one.
    const r = resolver === undefined ? undefined : resolverAddress(resolver);
    if (r && b.static_resources.clusters.some((c) => c.type === 'STRICT_DNS'))
        b.typed_dns_resolver_config = {
            name: 'envoy.network.dns_resolver.cares',
            typed_config: { '@type': 'type.googleapis.com/envoy.extensions.network.dns_resolver.cares.v3.CaresDnsResolverConfig', resolvers: [{ socket_address: { address: r.host, port_value: r.port } }] },
        };
    // Envoy refuses regexes whose RE2 program exceeds 100 instructions. The wildcard host regex grows
    // with the suffix (a 253-character host compiles to about 270), so raise the limit when one exists.
    // Regex paths, canary cookie and header-pattern matchers (canary.ts) and CORS origin lists
    // (traffic.ts) grow with what the Ingress writes: no practical limit.
    const large = hasRegexPaths(ir) || hasCanaryRegex(ir) || hasCorsOriginLists(ir);
    if (hasWildcards(ir) || large)
        b.layered_runtime = { layers: [{ name: 'static', static_layer: { 're2.max_program_size.error_level': large ? 1_000_000 : 1024 } }] };
    // Each cluster's ~100 traffic stats are created when first used instead of at load: half of a
    // 10k-cluster bootstrap's load time (issue 17). Routing is unchanged.
    b.deferred_stat_options = { enable_deferred_creation_stats: true };
    return b;
}
/**
 * JSON with 2-space indentation, one field per line, keys in the order the emitter builds them:
 * readable, and a change to a route is a change to its lines in a diff. (Compact JSON saves Envoy
 * about 9 % of its load at 10k hosts; not worth a file nobody can read.) JSON has no comments: what
 * the YAML header said about routing lives in README.md ("Running the output").
 * The text is JSON.stringify(b, null, 2)'s, built in ~64 KB chunks and never joined by the CLI
 * (issue 17: envoy.json is 123 MB at 20k Ingresses).
 */
export function renderEnvoy(b) {
    return renderEnvoyChunks(b).join('');
}
/** renderEnvoy's text in chunks. JSON would write NaN and Infinity as null (Envoy would read a default, port 0 say); the bootstrap has no null, so any is refused. */
export function renderEnvoyChunks(b) {
    return toIndentedJsonChunks(b, new Error('envoy: a non-finite number or null in the bootstrap'));
}
