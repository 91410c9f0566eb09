import { hstsFiles } from './configmap-hsts.js';
import { clientConnectionDefaults } from './client-connection.js';
import { backendCertificateFiles, certificateFiles, clientCaFiles } from '../cert-files.js';
import { clientPemFiles } from './backend-protocol.js';
import { backendName, renderBackends, RESOLVERS, usesDns } from './backends.js';
import { checkMaps } from './check.js';
import { compressionGlobalLines } from './compression.js';
import { bindAddress, renderFrontend } from './frontend.js';
import { passthroughSections } from './passthrough.js';
import { buildMaps, MAP_FILES, renderMap } from './maps.js';
import { patternFile, policyBackends } from './policies.js';
import { address, HaproxyQuoteError } from './quote.js';
import { resolverAddress } from '../../util/resolver-address.js';
import { Section, renderSections } from './section.js';
import { CRT_LIST, renderCrtList } from './tls.js';
import { canaryLines } from './canary.js';
import { UpstreamVariants } from '../upstream-variants.js';
import { userlists } from './auth.js';
import { EXT_AUTH_LUA, extAuthLua, usesExtAuth, usesHttpsAuth } from './ext-auth.js';
import { RedirectBackends } from './redirects.js';
import { quietBackendsFile } from './quiet.js';
/**
 * haproxy.cfg + map files for `cd DIR && haproxy -f haproxy.cfg -db`. `default-path config`
 * makes every relative path (maps, crt-list, certificates) relative to haproxy.cfg, so the
 * directory is self-contained wherever it is started from.
 */
export const haproxyEmitter = {
    name: 'haproxy',
    mainFile: 'haproxy.cfg',
    dnsResolver: () => 'the nameservers of /etc/resolv.conf where HAProxy runs (parse-resolv-conf)',
    emit(ir, ctx) {
        const report = (p) => void ctx.diagnostics.report('IC4002', p.origin, { target: 'haproxy', detail: p.detail }, { target: 'haproxy' });
        try {
            const policies = policyBackends(ir);
            const variants = new UpstreamVariants();
            // A route with policies has its own backend (its Host and timeouts on it too); else one with
            // a Host or timeouts uses a variant backend. Regex-mode routes set their headers in the
            // frontend (frontend.ts): their backend carries only the timeouts.
            const redirects = new RedirectBackends(ir);
            const backendOf = (r) => redirects.backendOf(r, policies.has(r) ? policies.backendOf(r) : backendName(variants.name(r.upstream, r)));
            const orderedBackendOf = (r) => redirects.backendOf(r, policies.has(r) ? policies.backendOf(r) : backendName(variants.name(r.upstream, { policies: r.policies, ...(r.responseRewrites ? { responseRewrites: r.responseRewrites } : {}), ...(r.responseHeaders ? { responseHeaders: r.responseHeaders } : {}) })));
            for (const vh of ir.vhosts)
                for (const r of vh.ordered ?? [])
                    orderedBackendOf(r);
            const { maps, problems } = buildMaps(ir, backendOf);
            for (const vh of ir.vhosts)
                redirects.fallback(maps, vh);
            // Before the backends are rendered: the canaries' twins may be new variants.
            const canaries = canaryLines(ir, backendOf, orderedBackendOf);
            const { sections: backends, names } = renderBackends(ir.upstreams, policies.list, variants.all());
            backends.push(...policies.limits.sections);
            const extra = redirects.render(backends);
            backends.push(...extra.sections);
            for (const n of extra.names)
                names.add(n);
            problems.push(...checkMaps(maps, names, ir.defaultUpstream === undefined ? undefined : backendName(ir.defaultUpstream)));
            problems.forEach(report);
            const https = ir.certificates.length > 0;
            const sslRedirect = https && maps.sslRedirect.length > 0;
            const lists = userlists(ir);
            // Password hashes live in haproxy.cfg (userlists): only its owner (HAProxy starts as root) reads it then.
            const files = [{ path: 'haproxy.cfg', content: renderConfig(ir, https, sslRedirect, [...lists, ...backends], ctx.options.resolver, orderedBackendOf, canaries), ...(lists.length ? { mode: 0o600, sensitive: true } : {}) }];
            for (const name of Object.keys(MAP_FILES)) {
                if (name === 'sslRedirect' && !sslRedirect)
                    continue;
                files.push({ path: MAP_FILES[name], content: renderMap(maps[name]) });
            }
            for (const p of policies.list) {
                if (p.files.deny)
                    files.push({ path: p.files.deny, content: patternFile(p.policies.sourceDeny) });
                if (p.files.allow)
                    files.push({ path: p.files.allow, content: patternFile(p.policies.sourceAllow) });
            }
            files.push(...policies.limits.files);
            if (sslRedirect)
                files.push(...quietBackendsFile(ir, backendOf, orderedBackendOf));
            if (usesExtAuth(ir))
                files.push({ path: EXT_AUTH_LUA, content: extAuthLua(ir) });
            if (https)
                files.push({ path: CRT_LIST, content: renderCrtList(ir) }, ...certificateFiles(ir), ...clientCaFiles(ir));
            if (!https)
                files.push(...backendCertificateFiles(ir));
            files.push(...clientPemFiles(ir), ...hstsFiles(ir));
            return files;
        }
        catch (e) {
            // Refused text outside the per-vhost maps (addresses, names, certificate paths).
            if (!(e instanceof HaproxyQuoteError))
                throw e;
            report({ detail: e.message });
            return [];
        }
    },
};
function renderConfig(ir, https, sslRedirect, backends, resolver, orderedBackendOf, canaries) {
    const global = new Section('global')
        .line('default-path config')
        .line('log stderr format raw local0')
        // HAProxy 2.6 marks `http-request normalize-uri` (request normalisation, frontend.ts) experimental.
        .line('expose-experimental-directives');
    // Load certs/<id>.key for certs/<id>.crt (default: certs/<id>.crt.key).
    if (https)
        global.line('ssl-load-extra-del-ext');
    // External authentication (ext-auth.ts): the Lua action, and no certificate check of an https
    // auth service (nginx's proxy_ssl_verify is off too).
    if (usesExtAuth(ir))
        global.line(`lua-load ${EXT_AUTH_LUA}`);
    if (usesHttpsAuth(ir))
        global.line('httpclient.ssl.verify none');
    compressionGlobalLines(ir).forEach((l) => global.line(l));
    const sections = ['# Generated by ingressc. Run from this directory: haproxy -f haproxy.cfg -db\n' + String(global)];
    if (usesDns(ir.upstreams)) {
        // Cluster DNS names, resolved at run time: --resolver, else the one in /etc/resolv.conf (the pod's).
        const r = resolver === undefined ? undefined : resolverAddress(resolver);
        const resolvers = new Section(`resolvers ${RESOLVERS}`);
        if (r)
            resolvers.line(`nameserver ns1 ${address(r.host, r.port)}`);
        else
            resolvers.line('parse-resolv-conf');
        sections.push(resolvers.line('hold valid 10s'));
    }
    const defaults = new Section('defaults').line('mode http').line('log global').line('option httplog').line('timeout connect 5s').line('timeout client 60s').line('timeout server 60s');
    for (const l of clientConnectionDefaults(ir))
        defaults.line(l);
    sections.push(defaults);
    sections.push(renderFrontend(ir, { https, sslRedirect, orderedBackendOf, canaries }), ...backends, ...passthroughSections(ir, bindAddress(ir.listen.https), https));
    return renderSections(sections);
}
