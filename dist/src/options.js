import * as z from 'zod/mini';
import { makeDiagnostic } from './diagnostics/collector.js';
import { isIP } from './util/is-ip.js';
import { resolverAddress } from './util/resolver-address.js';
import { DEFAULT_INPUT_LIMITS } from './parse/parse-yaml.js';
import { OPTION_REF } from './providers/ingress-nginx/configmap/select.js';
import { isDns1035Label, isDns1123Label, isDns1123Subdomain, isIanaSvcName } from './util/k8s-names.js';
export const TARGETS = ['nginx', 'haproxy', 'envoy', 'traefik', 'caddy', 'gateway-api'];
export const DEFAULT_GATEWAY_CLASS = 'ingressc';
export const DEFAULT_GATEWAY = 'default/ingressc';
/** What callers (CLI or library users) may pass; everything is checked here with zod. */
// zod/mini: the same checks as zod's classic API at a sixth of its load time (start-up matters for pre-commit).
export const compileOptionsSchema = z.strictObject({
    target: z._default(z.enum(TARGETS), 'nginx'),
    listenHttp: z._default(z.string(), '0.0.0.0:80'),
    listenHttps: z._default(z.string(), '0.0.0.0:443'),
    /** Caddy's admin endpoint (off unless given); loopback only. */
    listenAdmin: z.optional(z.string()),
    backends: z._default(z.array(z.string()), []),
    defaultBackend: z.optional(z.string()),
    ingressClass: z.optional(z.string()),
    sslRedirect: z._default(z.boolean(), true),
    allowSnippets: z._default(z.boolean(), false),
    skipAnnotations: z._default(z.array(z.string()), []),
    pathSemantics: z._default(z.enum(['ingress-nginx', 'spec']), 'ingress-nginx'),
    /** nginx only (other targets ignore it): `maps` routes hosts of plain routes through http-level maps (emit/nginx/route-maps.ts). */
    nginxRouting: z._default(z.enum(['locations', 'maps']), 'locations'),
    resolver: z.optional(z.string()),
    /** `--certs DIR`: "<namespace>-<secret>.crt|.key" files for TLS Secrets that are not in the inputs. */
    certFiles: z._default(z.array(z.strictObject({ path: z.string(), text: z.string() })), []),
    gatewayClass: z._default(z.string(), DEFAULT_GATEWAY_CLASS),
    gateway: z._default(z.string(), DEFAULT_GATEWAY),
    /** Per-input size limit in MiB and object limit (IC1009); defaults in parse/parse-yaml.ts. */
    maxInputMb: z.optional(z.number()),
    maxObjects: z.optional(z.number()),
    /** `--controller-config`: "NAMESPACE/NAME" of a ConfigMap among the inputs, or a file's path and text. */
    controllerConfig: z.optional(z.union([z.string(), z.strictObject({ path: z.string(), text: z.string() })])),
});
/** kube-dns's ClusterIP in kubeadm clusters: where nginx asks for cluster names unless --resolver says. */
export const DEFAULT_RESOLVER = '10.96.0.10';
export const serviceKey = (r) => `${r.namespace}/${r.service}:${r.port}`;
/** Returns the options or IC5001 diagnostics (usage errors: exit code 2). */
export function resolveOptions(input = {}) {
    const parsed = compileOptionsSchema.safeParse(input);
    const diagnostics = [];
    const bad = (option, detail) => diagnostics.push(makeDiagnostic('IC5001', undefined, { option, detail }));
    if (!parsed.success) {
        for (const issue of parsed.error.issues)
            bad(issue.path.join('.') || '(options)', describeIssue(issue));
        return { diagnostics };
    }
    const o = parsed.data;
    const http = parseListen(o.listenHttp);
    const https = parseListen(o.listenHttps);
    if (!http)
        bad('--listen-http', `expected ADDR:PORT (IPv4, [IPv6] or *), found ${JSON.stringify(o.listenHttp)}`);
    if (!https)
        bad('--listen-https', `expected ADDR:PORT (IPv4, [IPv6] or *), found ${JSON.stringify(o.listenHttps)}`);
    // No proxy can serve plain HTTP and TLS on one address and port (nginx and HAProxy would load it
    // and then fail every request of one kind; Envoy refuses it).
    if (http && https && overlaps(http, https))
        bad('--listen-https', `${o.listenHttps} overlaps --listen-http ${o.listenHttp}: HTTP and HTTPS need different ports`);
    let listenAdmin;
    if (o.listenAdmin !== undefined) {
        listenAdmin = parseListen(o.listenAdmin);
        // The admin API can rewrite the running config: never let it listen beyond this machine.
        if (!listenAdmin || !isLoopback(listenAdmin.host))
            bad('--listen-admin', `expected a loopback ADDR:PORT (127.0.0.0/8 or [::1]), found ${JSON.stringify(o.listenAdmin)}`);
        else if (o.target !== 'caddy')
            bad('--listen-admin', `only --target caddy has an admin endpoint, not ${o.target}`);
        else if ((http && overlaps(listenAdmin, http)) || (https && overlaps(listenAdmin, https)))
            bad('--listen-admin', `${o.listenAdmin} overlaps --listen-http or --listen-https: the admin endpoint needs its own port`);
    }
    const backends = new Map();
    for (const text of o.backends) {
        const eq = text.indexOf('=');
        const ref = eq > 0 ? parseServiceRef(text.slice(0, eq)) : undefined;
        const eps = eq > 0 ? text.slice(eq + 1).split(',').map(parseEndpoint) : [];
        if (!ref || eps.length === 0 || eps.some((e) => !e)) {
            bad('--backend', `expected NS/SVC:PORT=HOST:PORT[,HOST:PORT...], found ${JSON.stringify(text)}`);
            continue;
        }
        backends.set(serviceKey(ref), { ref, endpoints: eps, text });
    }
    let defaultBackend;
    if (o.defaultBackend !== undefined) {
        defaultBackend = parseServiceRef(o.defaultBackend);
        if (!defaultBackend)
            bad('--default-backend', `expected NS/SVC:PORT, found ${JSON.stringify(o.defaultBackend)}`);
    }
    if (o.ingressClass !== undefined && !isDns1123Subdomain(o.ingressClass))
        bad('--ingress-class', `expected a DNS-1123 subdomain, found ${JSON.stringify(o.ingressClass)}`);
    if (o.resolver !== undefined && !resolverAddress(o.resolver))
        bad('--resolver', `expected an IP address (optionally with :PORT), found ${JSON.stringify(o.resolver)}`);
    const inputLimits = { ...DEFAULT_INPUT_LIMITS };
    if (o.maxInputMb !== undefined) {
        if (!Number.isFinite(o.maxInputMb) || o.maxInputMb <= 0 || o.maxInputMb > 512)
            bad('--max-input-mb', `expected a number of MiB in (0, 512], found ${JSON.stringify(o.maxInputMb)}`);
        else
            inputLimits.maxSourceChars = Math.floor(o.maxInputMb * 1024 * 1024);
    }
    if (o.maxObjects !== undefined) {
        if (!Number.isInteger(o.maxObjects) || o.maxObjects < 1)
            bad('--max-objects', `expected a positive integer, found ${JSON.stringify(o.maxObjects)}`);
        else
            inputLimits.maxObjects = o.maxObjects;
    }
    if (!isDns1123Subdomain(o.gatewayClass))
        bad('--gateway-class', `expected a DNS-1123 subdomain, found ${JSON.stringify(o.gatewayClass)}`);
    const gw = /^([^/]+)\/([^/]+)$/.exec(o.gateway);
    if (!gw || !isDns1123Label(gw[1]) || !isDns1123Subdomain(gw[2]) || gw[2].length > 200)
        bad('--gateway', `expected NAMESPACE/NAME (a DNS-1123 label and a DNS-1123 subdomain of at most 200 characters), found ${JSON.stringify(o.gateway)}`);
    let controllerConfig;
    if (typeof o.controllerConfig === 'string') {
        const m = /^([^/]+)\/([^/]+)$/.exec(o.controllerConfig);
        if (m && isDns1123Label(m[1]) && isDns1123Subdomain(m[2]))
            controllerConfig = { namespace: m[1], name: m[2] };
        else
            diagnostics.push(makeDiagnostic('IC5030', OPTION_REF, { value: o.controllerConfig, detail: 'expected a file, or NAMESPACE/NAME of a ConfigMap among the inputs' }));
    }
    else if (o.controllerConfig)
        controllerConfig = o.controllerConfig;
    if (diagnostics.length > 0 || !http || !https)
        return { diagnostics };
    return {
        diagnostics,
        options: {
            target: o.target,
            listen: { http, https },
            ...(listenAdmin ? { listenAdmin } : {}),
            backends,
            ...(defaultBackend ? { defaultBackend } : {}),
            ...(o.ingressClass !== undefined ? { ingressClass: o.ingressClass } : {}),
            sslRedirect: o.sslRedirect,
            allowSnippets: o.allowSnippets,
            skipAnnotations: o.skipAnnotations,
            pathSemantics: o.pathSemantics,
            nginxRouting: o.nginxRouting,
            ...(o.resolver !== undefined ? { resolver: o.resolver } : {}),
            inputLimits,
            certFiles: o.certFiles,
            gatewayClass: o.gatewayClass,
            gateway: o.gateway,
            ...(controllerConfig ? { controllerConfig } : {}),
        },
    };
}
/** zod/mini ships no message locale; say what was expected ourselves. */
function describeIssue(i) {
    if (i.code === 'invalid_value' && i.values)
        return `expected one of ${i.values.map((v) => JSON.stringify(v)).join(', ')}`;
    if (i.code === 'unrecognized_keys' && i.keys)
        return `unknown option${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    if (i.code === 'invalid_type' && i.expected)
        return `expected ${i.expected}`;
    return i.message;
}
/** "NS/SVC:PORT" with PORT a number or an IANA port name, as written in the Ingress. */
export function parseServiceRef(s) {
    const m = /^([^/]+)\/([^:]+):(.+)$/.exec(s);
    if (!m)
        return undefined;
    const [, namespace, service, portText] = m;
    if (!isDns1123Label(namespace) || !isDns1035Label(service))
        return undefined;
    if (/^[0-9]+$/.test(portText)) {
        const n = Number(portText);
        return n >= 1 && n <= 65535 ? { namespace, service, port: n } : undefined;
    }
    return isIanaSvcName(portText) ? { namespace, service, port: portText } : undefined;
}
export function parseEndpoint(s) {
    const m = /^(\[[^\]]+\]|[^:]+):([0-9]{1,5})$/.exec(s.trim());
    if (!m)
        return undefined;
    const port = Number(m[2]);
    if (port < 1 || port > 65535)
        return undefined;
    let host = m[1];
    if (host.startsWith('[')) {
        host = host.slice(1, -1);
        return isIP(host) === 6 ? { kind: 'ip', host, port } : undefined;
    }
    if (isIP(host) === 4)
        return { kind: 'ip', host, port };
    return isDns1123Subdomain(host) ? { kind: 'dns', host, port } : undefined;
}
const wildcard = (h) => h === '0.0.0.0' || h === '[::]';
/** Can two listen addresses not both be bound (same port, same or a wildcard address)? */
const overlaps = (a, b) => a.port === b.port && (a.host === b.host || wildcard(a.host) || wildcard(b.host));
const isLoopback = (host) => host === '[::1]' || /^127\./.test(host);
export function parseListen(s) {
    const m = /^(\[[0-9a-fA-F:.]+\]|[0-9.]+|\*)?:([0-9]{1,5})$/.exec(s.trim());
    if (!m)
        return undefined;
    const port = Number(m[2]);
    if (port < 1 || port > 65535)
        return undefined;
    let host = m[1] ?? '0.0.0.0';
    if (host === '*')
        host = '0.0.0.0';
    if (host.startsWith('[')) {
        if (isIP(host.slice(1, -1)) !== 6)
            return undefined;
    }
    else if (isIP(host) !== 4)
        return undefined;
    return { host, port };
}
