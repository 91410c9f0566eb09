import { forwardedServer, proxyProtocolWrappers } from './forwarded-headers.js';
import { clientConnectionServer } from './client-connection.js';
import { withTlsVersions } from './configmap-tls.js';
import { usesBasicAuth } from './auth.js';
import { certificateFiles, clientCaFiles } from '../cert-files.js';
import { piecewiseFile } from '../emitter.js';
import { caddyJsonChunks } from './quote.js';
import { serverRoutes } from './routes.js';
import { connectionPolicies, tlsApp } from './tls.js';
import { serverProtocols } from './backend-protocol.js';
import { unsplittable } from './canary.js';
import { applyResolver } from './resolver.js';
import { SharedRoutes } from './shared-routes.js';
/**
 * caddy.json: Caddy's native JSON config for `cd DIR && caddy run --config caddy.json`.
 * Caddy makes no network request of its own: automatic HTTPS is off on both servers (no ACME, no
 * redirects or certificates beyond the Ingress), certificates are loaded from certs/, OCSP
 * stapling is off, the admin endpoint is off (or on the loopback address of --listen-admin), the
 * running config is not persisted, and storage is ./caddy-data, inside the output directory.
 */
export const caddyEmitter = {
    name: 'caddy',
    mainFile: 'caddy.json',
    dnsResolver: () => 'the system resolver (/etc/resolv.conf where Caddy runs, when a request is proxied)',
    emit(ir, ctx) {
        // Standard Caddy has no layer-4 app (the caddy-l4 plugin is not in the build): no TLS passthrough.
        for (const p of ir.passthrough ?? [])
            ctx.diagnostics.report('IC4190', p.origin, { host: p.host, ingress: p.ingress, target: 'caddy', why: "standard Caddy has no layer-4 (TCP) app to hand a TLS connection on by its SNI undecrypted (that needs the caddy-l4 plugin, not in this build); pass --skip-annotation nginx.ingress.kubernetes.io/ssl-passthrough to terminate TLS at Caddy instead" }, { target: 'caddy' });
        if (ir.passthrough?.length)
            return [];
        for (const r of unsplittable(ir))
            ctx.diagnostics.report('IC4120', r.canary.origin, { ingress: r.canary.ingress, target: 'caddy' }, { target: 'caddy' });
        // Password hashes are inline (http_basic accounts): then only Caddy's user reads the file.
        const secret = usesBasicAuth(ir) ? { mode: 0o600, sensitive: true } : { mode: 0o644 };
        const shared = new SharedRoutes();
        const config = buildConfig(ir, ctx.options.listenAdmin, shared);
        if (ctx.options.resolver !== undefined)
            applyResolver(config, ctx.options.resolver);
        return [piecewiseFile('caddy.json', caddyJsonChunks(config, shared.repeated), secret), ...certificateFiles(ir), ...clientCaFiles(ir)];
    },
};
/** "127.0.0.1:80", "[::]:443": IR addresses already bracket IPv6. */
const address = (a) => `${a.host}:${a.port}`;
function server(listen, ir, scheme, shared) {
    return { listen: [address(listen)], ...serverRoutes(ir, scheme, shared), automatic_https: { disable: true }, logs: {}, protocols: serverProtocols(ir), ...forwardedServer(ir), ...proxyProtocolWrappers(ir, scheme === 'https'), ...clientConnectionServer(ir) };
}
/** `shared`: the servers hold each host's routes once where they are alike (shared-routes.ts); without it, each its own. */
export function buildConfig(ir, listenAdmin, shared) {
    const tls = ir.certificates.length > 0 && ir.defaultCertificate !== undefined;
    // Without an HTTPS server there is nothing to share: the HTTP server records nothing.
    const servers = { http: server(ir.listen.http, ir, 'http', tls ? shared : undefined) };
    if (tls)
        servers.https = { ...server(ir.listen.https, ir, 'https', shared), tls_connection_policies: withTlsVersions(connectionPolicies(ir, ir.defaultCertificate), ir), ...(ir.vhosts.some((v) => v.tls?.clientAuth) ? { strict_sni_host: false } : {}) };
    return {
        admin: listenAdmin ? { listen: address(listenAdmin), config: { persist: false } } : { disabled: true, config: { persist: false } },
        storage: { module: 'file_system', root: 'caddy-data' },
        logging: { logs: { default: { level: 'WARN', exclude: ['http.log.access'] }, access: { writer: { output: 'stdout' }, encoder: { format: 'json' }, level: 'INFO', include: ['http.log.access'] } } },
        apps: { http: { servers }, ...(tls ? { tls: tlsApp(ir) } : {}) },
    };
}
