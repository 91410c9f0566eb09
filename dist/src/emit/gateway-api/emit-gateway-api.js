import { DEFAULT_GATEWAY, DEFAULT_GATEWAY_CLASS } from '../../options.js';
import { toBlockYaml } from '../yaml-writer.js';
import { buildGrants } from './grants.js';
import { MAX_LISTENERS, planListeners } from './listeners.js';
import { passthroughObjects, TLSROUTE_FILE } from './tlsroute.js';
import { FILES, listenerSetName } from './names.js';
import { buildRoutes } from './routes.js';
import { API_VERSION, GROUP } from './types.js';
import { backendTls, grpcVhosts } from './backends.js';
import { regexReason } from './regex.js';
import { caseSensitivePrefixes } from './regex-rules.js';
import { reportKeptSlash } from './redirects.js';
import { reportCors } from './cors.js';
import { coveringWildcards } from './covering-wildcard.js';
/**
 * Gateway API v1 (standard channel, v1.6.1): a Gateway, ListenerSets past its 64 listeners,
 * HTTPRoutes and ReferenceGrants, one file per kind (`kubectl apply -f DIR`), or one YAML stream
 * on stdout. Certificates stay in their Secrets: nothing private is written.
 */
export const gatewayApiEmitter = {
    name: 'gateway-api',
    mainFile: FILES.Gateway,
    stream: (files) => joinStream(files),
    emit(ir, ctx) {
        const gw = parseGatewayRef(ctx.options.gateway ?? DEFAULT_GATEWAY);
        if (!checkPorts(ir, ctx.diagnostics) || !checkPaths(ir, ctx.diagnostics))
            return [];
        reportWidening(ir, ctx.diagnostics);
        reportFallThrough(ir, ctx.diagnostics);
        if (ir.upstreams.some((u) => u.endpoints.some((e) => e.kind === 'ip')))
            ctx.diagnostics.report('IC4505', undefined, {}, { target: 'gateway-api' });
        const plan = planListeners(ir, gw);
        reportKeptSlash(ir, plan.httpsDefault !== undefined, ctx.diagnostics);
        if (!reportCors(ir, ctx.diagnostics))
            return [];
        const passthrough = passthroughObjects(ir, gw, MAX_LISTENERS - plan.gateway.length);
        for (const p of passthrough.problems)
            ctx.diagnostics.report('IC4190', p.origin, { host: p.host, ingress: p.ingress, target: 'gateway-api', why: p.why }, { target: 'gateway-api' });
        if (passthrough.problems.length)
            return [];
        plan.gateway.push(...passthrough.listeners);
        const problems = [];
        // backend-protocol: gRPC vhosts as GRPCRoutes, TLS Services as BackendTLSPolicies (backends.ts).
        const backendProblems = [];
        const grpc = grpcVhosts(ir, new Map(ir.upstreams.map((u) => [u.id, u])), backendProblems);
        const tls = backendTls(ir, gw, backendProblems);
        const all = buildRoutes(ir, gw, plan, problems, { vhosts: grpc, problems: backendProblems });
        for (const p of backendProblems)
            ctx.diagnostics.report('IC4110', p.origin, { what: p.what, detail: p.detail }, { target: 'gateway-api' });
        if (backendProblems.length)
            return [];
        const routes = all.filter((r) => r.kind === 'HTTPRoute');
        const grpcRoutes = all.filter((r) => r.kind === 'GRPCRoute');
        for (const p of problems)
            if (p.rewrite)
                ctx.diagnostics.report('IC4507', p.rewrite.origin, { target: p.rewrite.target, path: p.rewrite.path, detail: p.rewrite.detail }, { target: 'gateway-api' });
            else if (p.upstreamHost)
                ctx.diagnostics.report('IC4080', p.upstreamHost.origin, { host: p.upstreamHost.host, path: p.upstreamHost.path }, { target: 'gateway-api' });
            else
                ctx.diagnostics.report('IC4504', p.vhost.origin, { host: p.vhost.name, detail: p.detail }, { target: 'gateway-api' });
        if (problems.length)
            return [];
        const gateway = {
            apiVersion: API_VERSION,
            kind: 'Gateway',
            metadata: { name: gw.name, namespace: gw.namespace },
            spec: { gatewayClassName: ctx.options.gatewayClass ?? DEFAULT_GATEWAY_CLASS, listeners: plan.gateway, ...(plan.sets.length ? { allowedListeners: { namespaces: { from: 'Same' } } } : {}) },
        };
        const sets = plan.sets.map((listeners, i) => ({
            apiVersion: API_VERSION,
            kind: 'ListenerSet',
            metadata: { name: listenerSetName(gw.name, i + 1), namespace: gw.namespace },
            spec: { parentRef: { group: GROUP, kind: 'Gateway', name: gw.name }, listeners },
        }));
        const grants = buildGrants(gw, plan.secrets, [...all, ...passthrough.routes], sets.length > 0);
        const files = [{ path: FILES.Gateway, content: render([gateway]) }];
        if (sets.length)
            files.push({ path: FILES.ListenerSet, content: render(sets) });
        if (routes.length)
            files.push({ path: FILES.HTTPRoute, content: render(routes) });
        if (grpcRoutes.length)
            files.push({ path: FILES.GRPCRoute, content: render(grpcRoutes) });
        if (passthrough.routes.length)
            files.push({ path: TLSROUTE_FILE, content: render(passthrough.routes) });
        if (tls.policies.length)
            files.push({ path: FILES.BackendTLSPolicy, content: render(tls.policies) }, { path: FILES.ConfigMap, content: render(tls.configMaps) });
        if (grants.length)
            files.push({ path: FILES.ReferenceGrant, content: render(grants) });
        return files;
    },
};
const HEADER = '# Generated by ingressc: Gateway API v1 (standard channel, v1.6.1).';
/** Every string JSON double-quoted (the Envoy writer's mode): a host "on" or "y" stays a string. */
export function render(objects) {
    return `${HEADER}\n${objects.map((o) => `---\n${toBlockYaml(o)}`).join('')}`;
}
/** The files as one stream (stdout without --out), in file order. */
export function joinStream(files) {
    return `${HEADER}\n${files.map((f) => f.content.slice(HEADER.length + 1)).join('')}`;
}
export function parseGatewayRef(s) {
    const i = s.indexOf('/');
    return { namespace: s.slice(0, i), name: s.slice(i + 1) };
}
/**
 * backendRefs need Service port numbers (IC4501 where a port name cannot be resolved); an
 * ExternalName Service is named as it is, with IC4511 (once per Service).
 */
function checkPorts(ir, diags) {
    let ok = true;
    const external = new Set();
    for (const u of ir.upstreams) {
        const service = `${u.namespace}/${u.service}`;
        if (u.externalName && !external.has(service)) {
            external.add(service);
            diags.report('IC4511', u.origin, { service }, { target: 'gateway-api' });
        }
        if (u.servicePort !== undefined)
            continue;
        ok = false;
        diags.report('IC4501', u.origin, { port: String(u.port), service }, { target: 'gateway-api' });
    }
    return ok;
}
/** HTTPPathMatch.value holds at most 1024 characters (the IR allows 2,048): IC4506 at the path. */
export const MAX_PATH = 1024;
function checkPaths(ir, diags) {
    let ok = true;
    for (const vh of ir.vhosts) {
        // String prefixes and ingress-nginx's regex mode become RegularExpression matches (regex.ts):
        // their syntax and precedence are implementation-specific, which IC4508 says.
        const why = regexReason(vh);
        if (why) {
            const cs = caseSensitivePrefixes(vh);
            const extra = cs.length ? `; the rewrite of ${cs.map((p) => `"${p}(/|$)(.*)"`).join(', ')} is a PathPrefix match, which is case-sensitive where ingress-nginx's regex is not` : '';
            diags.report('IC4508', vh.origin, { host: vh.name, why, extra }, { target: 'gateway-api' });
        }
        for (const r of [...vh.exact, ...vh.prefix]) {
            if (r.path.length <= MAX_PATH)
                continue;
            ok = false;
            diags.report('IC4506', r.origin, { length: r.path.length, max: MAX_PATH }, { target: 'gateway-api' });
        }
    }
    return ok;
}
/** What the IR gives a host no vhost claims (an unknown host), in words. */
function unknownHostAnswer(ir) {
    const any = ir.vhosts.find((v) => v.kind === 'any');
    if (any)
        return 'the rules without host';
    if (ir.defaultUpstream)
        return 'the default backend';
    return '404';
}
/** IC4502: Gateway API cannot say "exactly one label"; every wildcard vhost is widened. */
function reportWidening(ir, diags) {
    for (const vh of ir.vhosts) {
        if (vh.kind !== 'wildcard')
            continue;
        diags.report('IC4502', vh.origin, { host: vh.name, example: `a.b.${vh.wildcardSuffix}`, instead: `what an unknown host gets (${unknownHostAnswer(ir)})` }, { target: 'gateway-api' });
    }
}
/**
 * IC4503: a vhost that answers 404 for some paths, while a less specific route (a wildcard
 * covering it, the host-less rules or the default backend) would take them if the implementation
 * lets a request fall through from one hostname's routes to a less specific one's.
 */
function reportFallThrough(ir, diags) {
    const any = ir.vhosts.find((v) => v.kind === 'any');
    const covering = coveringWildcards(ir.vhosts);
    for (const vh of ir.vhosts) {
        if (vh.kind === 'any' || vh.fallback || vh.prefix.some((r) => r.path === '/'))
            continue;
        const w = covering(vh);
        const other = w ? `wildcard ${w.name}` : any ? 'host-less rules' : ir.defaultUpstream ? 'default backend' : undefined;
        if (other)
            diags.report('IC4503', vh.origin, { host: vh.name, other }, { target: 'gateway-api' });
    }
}
