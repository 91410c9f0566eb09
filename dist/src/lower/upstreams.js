import { isIP } from '../util/is-ip.js';
import { variantId } from './backends.js';
import { serviceKey } from '../options.js';
import { compareStrings } from '../util/compare.js';
export const upstreamId = (r) => `${r.namespace}_${r.service}_${r.port}`;
const sortEndpoints = (eps) => [...new Map(eps.map((e) => [`${e.host}:${e.port}`, e])).values()].sort((a, b) => a.host !== b.host ? (a.host < b.host ? -1 : 1) : a.port - b.port);
/**
 * Turns Service references into upstreams. Endpoints come from, in order: --backend overrides,
 * EndpointSlices in the inputs, cluster DNS (<svc>.<ns>.svc.cluster.local, resolved at run time).
 */
export class UpstreamResolver {
    opts;
    diags;
    byId = new Map();
    usedOverrides = new Set();
    serviceUpstreamIds = new Set();
    /** Services (the first of a name, as a search in input order finds it) and EndpointSlices by "namespace/name". */
    services = new Map();
    slices = new Map();
    constructor(inv, opts, diags) {
        this.opts = opts;
        this.diags = diags;
        for (const s of inv.services)
            if (!this.services.has(`${s.namespace}/${s.name}`))
                this.services.set(`${s.namespace}/${s.name}`, s);
        for (const s of inv.slices) {
            const list = this.slices.get(`${s.namespace}/${s.service}`);
            if (list)
                list.push(s);
            else
                this.slices.set(`${s.namespace}/${s.service}`, [s]);
        }
    }
    /**
     * Returns the upstream id, or undefined (with an error reported) when it cannot resolve.
     * `serviceUpstream`: the first caller for a Service port decides, as ingress-nginx's one upstream
     * per Service port (lower/backends.ts reports a later caller that asks otherwise).
     */
    resolve(ref, origin, serviceUpstream) {
        const id = upstreamId(ref);
        if (this.byId.has(id))
            return id;
        const endpoints = (serviceUpstream && this.clusterEndpoint(ref, serviceUpstream)) || this.endpointsFor(ref, origin);
        if (!endpoints)
            return undefined;
        const servicePort = this.servicePortNumber(ref);
        const external = this.services.get(`${ref.namespace}/${ref.service}`)?.externalName !== undefined ? { externalName: true } : {};
        this.byId.set(id, { id, namespace: ref.namespace, service: ref.service, port: ref.port, ...(servicePort !== undefined ? { servicePort } : {}), endpoints: sortEndpoints(endpoints), ...external, origin });
        return id;
    }
    /** Was the upstream of this Service port created with service-upstream? */
    createdWithServiceUpstream(id) {
        return this.byId.has(id) ? this.serviceUpstreamIds.has(id) : undefined;
    }
    /** A variant of upstream `base` reached with another protocol or TLS (lower/backends.ts). */
    variant(base, protocol, tls) {
        const id = variantId(base, protocol, tls);
        const b = this.byId.get(base);
        if (!b)
            throw new Error(`variant of unknown upstream ${base}`);
        if (!this.byId.has(id))
            this.byId.set(id, { ...b, id, protocol, ...(tls ? { tls } : {}) });
        return id;
    }
    /** A resolved upstream by id. */
    get(id) {
        return this.byId.get(id);
    }
    upstreams() {
        return [...this.byId.values()].sort((a, b) => compareStrings(a.id, b.id));
    }
    reportUnusedOverrides() {
        for (const [key, o] of this.opts.backends)
            if (!this.usedOverrides.has(key))
                this.diags.report('IC3015', undefined, { value: o.text });
    }
    /** The Service port number: as written, or a port name looked up in the Service (when supplied). */
    servicePortNumber(ref) {
        if (typeof ref.port === 'number')
            return ref.port;
        return this.services.get(`${ref.namespace}/${ref.service}`)?.ports.find((p) => p.name === ref.port)?.port;
    }
    /**
     * An ExternalName Service is a DNS name, resolved at run time, on the port the Ingress names
     * (a named port through the Service's ports), as ingress-nginx proxies it. A name of one label
     * ("echo") is a Service name: ingress-nginx's resolver (lua util/dns.lua) tries the pod's search
     * domains first, "<namespace>.svc.cluster.local" before all, which the proxies' resolvers here
     * do not (nginx's never, HAProxy's and Envoy's not with --resolver), so it is written qualified,
     * in the Service's namespace (the controller's own in ingress-nginx, often the same: IC3250).
     */
    externalName(svc, host, ref, origin) {
        let port = ref.port;
        if (typeof port === 'string') {
            const named = svc.ports.find((p) => p.name === port);
            if (!named) {
                this.diags.report('IC3009', origin, { service: `${ref.namespace}/${ref.service}`, port });
                return undefined;
            }
            port = named.port;
        }
        if (!host.includes('.')) {
            const qualified = `${host}.${ref.namespace}.svc.cluster.local`;
            this.diags.report('IC3250', svc.ref, { service: `${ref.namespace}/${ref.service}`, name: host, qualified });
            return [{ kind: 'dns', host: qualified, port }];
        }
        return [{ kind: 'dns', host, port }];
    }
    /**
     * service-upstream (ingress-nginx getServiceClusterEndpoint): the Service's ClusterIP and Service
     * port as the one endpoint. --backend still wins (it says where the Service is); a Service not in
     * the inputs is its cluster DNS name, which resolves to the ClusterIP; a headless or ExternalName
     * Service has none, and ingress-nginx falls back to its endpoints (undefined here, with IC3115).
     */
    clusterEndpoint(ref, by) {
        if (this.opts.backends.has(serviceKey(ref)))
            return undefined;
        const svc = this.services.get(`${ref.namespace}/${ref.service}`);
        const service = `${ref.namespace}/${ref.service}`;
        if (!svc) {
            if (typeof ref.port === 'string')
                return undefined;
            this.serviceUpstreamIds.add(upstreamId(ref));
            return [{ kind: 'dns', host: `${ref.service}.${ref.namespace}.svc.cluster.local`, port: ref.port }];
        }
        const why = svc.externalName !== undefined ? 'type ExternalName' : svc.clusterIP === undefined ? 'spec.clusterIP is not in the manifest' : svc.clusterIP === 'None' ? 'a headless Service, clusterIP: None' : !isIP(svc.clusterIP) ? `clusterIP ${JSON.stringify(svc.clusterIP)} is not an address` : undefined;
        if (why) {
            this.diags.report('IC3115', by.ref, { ingress: by.ingress, service, why });
            return undefined;
        }
        const port = typeof ref.port === 'number' ? ref.port : svc.ports.find((p) => p.name === ref.port)?.port;
        if (port === undefined)
            return undefined; // endpointsFor reports the unknown port name
        this.serviceUpstreamIds.add(upstreamId(ref));
        return [{ kind: 'ip', host: svc.clusterIP, port }];
    }
    endpointsFor(ref, origin) {
        const key = serviceKey(ref);
        const override = this.opts.backends.get(key);
        if (override) {
            this.usedOverrides.add(key);
            return override.endpoints;
        }
        const svc = this.services.get(`${ref.namespace}/${ref.service}`);
        if (svc?.externalName !== undefined)
            return this.externalName(svc, svc.externalName, ref, origin);
        let svcPort;
        if (svc) {
            svcPort = svc.ports.find((p) => (typeof ref.port === 'number' ? p.port === ref.port : p.name === ref.port));
            if (!svcPort) {
                this.diags.report('IC3009', origin, { service: `${ref.namespace}/${ref.service}`, port: String(ref.port) });
                return undefined;
            }
        }
        else if (typeof ref.port === 'string') {
            this.diags.report('IC3002', origin, { port: ref.port, service: `${ref.namespace}/${ref.service}` });
            return undefined;
        }
        const slices = this.slices.get(`${ref.namespace}/${ref.service}`) ?? [];
        if (slices.length > 0) {
            const wantName = svcPort?.name ?? '';
            const eps = [];
            let matched = false;
            for (const s of slices) {
                const port = s.ports.find((p) => p.name === wantName) ?? (s.ports.length === 1 && !svc ? s.ports[0] : undefined);
                if (!port)
                    continue;
                matched = true;
                for (const a of s.addresses)
                    eps.push({ kind: 'ip', host: a, port: port.port });
            }
            if (matched)
                return eps;
            this.diags.report('IC3010', origin, { service: `${ref.namespace}/${ref.service}`, port: String(ref.port) });
        }
        const port = svcPort?.port ?? ref.port;
        return [{ kind: 'dns', host: `${ref.service}.${ref.namespace}.svc.cluster.local`, port }];
    }
}
