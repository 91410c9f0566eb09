import { createHash } from 'node:crypto';
import { routesOf } from '../ir/types.js';
import { NGINX_PREFIX } from '../providers/ingress-nginx/read.js';
import { supportOf } from '../providers/ingress-nginx/support.js';
import { KEY_SUPPORT } from '../providers/ingress-nginx/configmap/support.js';
import { compareStrings } from '../util/compare.js';
import { certId } from './tls.js';
import { upstreamId } from './upstreams.js';
import { vhostName } from './by-host.js';
const PROTOCOL = { HTTP: 'http', HTTPS: 'https', GRPC: 'grpc', GRPCS: 'grpcs', AUTO_HTTP: 'auto-http' };
const PROXY_SSL_KEYS = ['proxy-ssl-verify', 'proxy-ssl-name', 'proxy-ssl-server-name', 'proxy-ssl-verify-depth', 'proxy-ssl-ciphers', 'proxy-ssl-protocols'];
const NO_NAME = 'upstream_balancer';
export class BackendLowering {
    inv;
    target;
    diags;
    own = new Map();
    /** Host → the first Ingress (precedence order) on it whose proxy-ssl Secret has ca.crt. */
    server = new Map();
    certs = new Map();
    warnedName = new Set();
    warnedGrpcs = new Set();
    /** Service port upstream id → the first Ingress that named it, and its service-upstream. */
    creators = new Map();
    constructor(ingresses, inv, target, diags) {
        this.inv = inv;
        this.target = target;
        this.diags = diags;
        const locationOnly = inv.controllerConfig?.settings.proxySslLocationOnly === true && KEY_SUPPORT['proxy-ssl-location-only']?.[target] !== undefined;
        for (const ing of ingresses) {
            const o = this.readOwn(ing);
            this.own.set(ing, o);
            if (!o?.hasCa || locationOnly)
                continue;
            for (const r of ing.rules) {
                const host = vhostName(r.host);
                if (!this.server.has(host))
                    this.server.set(host, o);
            }
        }
    }
    /** Does the target honour this key (else it was refused or skipped: compile as if absent)? */
    honoured(name) {
        return supportOf(name, this.target) !== undefined;
    }
    settings(ing) {
        return ing.features.backend ?? {};
    }
    at(ing, name) {
        return ing.annotationUses.find((u) => u.name === name)?.ref ?? ing.ref;
    }
    /** Does `ing` set service-upstream (where the target honours it)? */
    serviceUpstream(ing) {
        return this.honoured('service-upstream') && this.settings(ing).serviceUpstream === true;
    }
    protocolOf(ing) {
        const p = this.settings(ing).protocol;
        return p !== undefined && this.honoured('backend-protocol') ? PROTOCOL[p] : 'http';
    }
    readOwn(ing) {
        const s = this.settings(ing);
        const set = PROXY_SSL_KEYS.filter((k) => ing.annotations[`${NGINX_PREFIX}${k}`] !== undefined && ing.annotationUses.some((u) => u.name === k));
        if (s.sslSecret === undefined || !this.honoured('proxy-ssl-secret')) {
            if (s.sslVerify === true)
                this.diags.report('IC3111', this.at(ing, 'proxy-ssl-verify'), { key: `${NGINX_PREFIX}proxy-ssl-verify`, ingress: ing.id, why: 'it sets no proxy-ssl-secret (ingress-nginx ignores every proxy-ssl-* annotation without one)' });
            for (const k of set)
                if (!(k === 'proxy-ssl-verify' && s.sslVerify === true))
                    this.diags.report('IC3112', this.at(ing, k), { key: `${NGINX_PREFIX}${k}`, ingress: ing.id, why: 'without proxy-ssl-secret ingress-nginx ignores every proxy-ssl-* annotation' });
            return undefined;
        }
        const { namespace, name } = s.sslSecret;
        const key = `${namespace}/${name}`;
        const ref = this.at(ing, 'proxy-ssl-secret');
        if (namespace !== ing.namespace) {
            this.diags.report('IC3118', ref, { secret: key, ingress: ing.id, namespace: ing.namespace });
            return undefined;
        }
        const id = certId(namespace, name);
        const secret = this.inv.backendSecrets?.find((b) => b.namespace === namespace && b.name === name);
        const caFromFile = this.inv.caFiles?.get(id);
        if (!secret && caFromFile === undefined) {
            this.diags.report('IC3110', ref, { secret: key, ingress: ing.id, id });
            return undefined;
        }
        if (secret && secret.problems.length > 0) {
            this.diags.report('IC3119', ref, { secret: key, ingress: ing.id, detail: secret.problems.join('; ') });
            return undefined;
        }
        const caPem = secret?.caPem ?? caFromFile;
        if (!this.certs.has(id))
            this.certs.set(id, {
                id,
                namespace,
                secretName: name,
                ...(caPem !== undefined ? { caPem } : {}),
                ...(secret?.certPem !== undefined ? { certPem: secret.certPem, keyPem: secret.keyPem } : {}),
                origin: ref ?? ing.ref,
            });
        const hasCa = caPem !== undefined;
        const verify = s.sslVerify === true && this.honoured('proxy-ssl-verify');
        if (verify && !hasCa)
            this.diags.report('IC3111', this.at(ing, 'proxy-ssl-verify'), { key: `${NGINX_PREFIX}proxy-ssl-verify`, ingress: ing.id, why: `Secret ${key} has no ca.crt (nginx.tmpl writes proxy_ssl_verify only with a CA)` });
        return {
            ingress: ing,
            cert: id,
            hasCa,
            hasClient: secret?.certPem !== undefined,
            verify,
            depth: this.honoured('proxy-ssl-verify-depth') && s.sslVerifyDepth ? s.sslVerifyDepth : 1,
            ...(s.sslName !== undefined && this.honoured('proxy-ssl-name') ? { name: s.sslName } : {}),
            serverName: s.sslServerName === true && this.honoured('proxy-ssl-server-name'),
            ...(s.sslCiphers !== undefined && s.sslCiphers !== 'DEFAULT' && this.honoured('proxy-ssl-ciphers') ? { ciphers: s.sslCiphers } : {}),
            ...(s.sslProtocols !== undefined && this.honoured('proxy-ssl-protocols') ? { versions: s.sslProtocols } : {}),
        };
    }
    /** The TLS a location of `ing` on `host` uses: its own directives, else the host's (nginx inheritance). */
    tlsFor(ing, host) {
        const o = this.own.get(ing);
        const srv = host !== undefined ? this.server.get(host) : undefined;
        const caBlock = o?.hasCa ? o : srv;
        const name = o?.name ?? srv?.name;
        // proxy_ssl_server_name: the location writes it whenever its Secret was read; the server only with proxy-ssl-name.
        const sni = o ? o.serverName : srv?.name !== undefined && srv.serverName;
        const client = o?.hasClient ? o.cert : srv?.hasClient ? srv.cert : undefined;
        const tls = {};
        if (sni)
            tls.sni = name ?? NO_NAME;
        if (caBlock?.verify)
            tls.verify = { ca: caBlock.cert, name: name ?? NO_NAME, depth: caBlock.depth };
        if (client !== undefined)
            tls.clientCertificate = client;
        if (caBlock)
            tls.versions = caBlock.versions ?? ['TLSv1.2'];
        if (caBlock?.ciphers !== undefined)
            tls.ciphers = caBlock.ciphers;
        if ((tls.sni !== undefined || tls.verify) && name === undefined && !this.warnedName.has(ing)) {
            this.warnedName.add(ing);
            const what = tls.verify && tls.sni ? 'checks the backend certificate for, and sends as SNI,' : tls.verify ? 'checks the backend certificate for' : 'sends as SNI';
            this.diags.report('IC3113', this.at(ing, tls.verify ? 'proxy-ssl-verify' : 'proxy-ssl-server-name'), { ingress: ing.id, what });
        }
        return Object.keys(tls).length > 0 ? tls : undefined;
    }
    /**
     * The upstream of a backend of `ing` (on `host`; undefined for a defaultBackend): the Service
     * port's upstream, created by the first Ingress naming it (with its service-upstream), then the
     * variant for this Ingress's protocol and TLS.
     */
    resolve(resolver, ing, ref, origin, host) {
        const su = this.serviceUpstream(ing);
        const id = upstreamId(ref);
        const creator = this.creators.get(id);
        const base = resolver.resolve(ref, origin, su ? { ingress: ing.id, ref: this.at(ing, 'service-upstream') ?? origin } : undefined);
        if (base === undefined)
            return undefined;
        if (!creator)
            this.creators.set(id, { ing, su });
        else if (creator.su !== su && ing.annotationUses.some((u) => u.name === 'service-upstream'))
            this.diags.report('IC3114', this.at(ing, 'service-upstream'), {
                ingress: ing.id,
                service: `${ref.namespace}/${ref.service}:${ref.port}`,
                other: creator.ing.id,
                otherValue: creator.su ? 'proxies to the ClusterIP (service-upstream: "true")' : 'proxies to the endpoints',
            });
        return this.upstreamFor(resolver, base, ing, host);
    }
    /**
     * The upstream a route of `ing` (on `host`; undefined for a defaultBackend) uses, from the
     * Service port's upstream `base`.
     */
    upstreamFor(resolver, base, ing, host) {
        const protocol = this.protocolOf(ing);
        const o = this.own.get(ing);
        if (protocol === 'http' || protocol === 'grpc') {
            if (o && !this.warnedGrpcs.has(ing)) {
                this.warnedGrpcs.add(ing);
                this.diags.report('IC3112', this.at(ing, 'proxy-ssl-secret'), { key: `${NGINX_PREFIX}proxy-ssl-secret`, ingress: ing.id, why: `backend-protocol is ${protocol.toUpperCase()}: the proxy does not speak TLS to the backend` });
            }
            return protocol === 'http' ? base : resolver.variant(base, protocol, undefined);
        }
        const tls = this.tlsFor(ing, host);
        if (protocol === 'grpcs' && tls && !this.warnedGrpcs.has(ing)) {
            this.warnedGrpcs.add(ing);
            this.diags.report('IC3117', this.at(ing, o ? 'proxy-ssl-secret' : 'backend-protocol'), { ingress: ing.id });
        }
        return resolver.variant(base, protocol, tls);
    }
    /**
     * The route extras of `ing` adjusted for its protocol: "grpc"/"grpcs" not written in capitals
     * keep nginx's own gRPC timeouts (nginx.tmpl compares the exact strings).
     */
    extras(ing, extras) {
        const s = this.settings(ing);
        const grpc = this.protocolOf(ing) === 'grpc' || this.protocolOf(ing) === 'grpcs';
        if (!grpc || s.protocolUpperCase !== false)
            return extras;
        const timeouts = extras.policies?.timeouts !== undefined;
        this.diags.report('IC3116', this.at(ing, 'backend-protocol'), {
            ingress: ing.id,
            found: JSON.stringify(ing.annotations[`${NGINX_PREFIX}backend-protocol`] ?? ''),
            timeouts: timeouts ? 'the proxy-*-timeout annotations have no effect (nor in ingressc: the proxy keeps its own gRPC timeouts)' : 'the proxy keeps its own gRPC timeouts',
        });
        if (!timeouts)
            return extras;
        // Only the timeouts go: the route's other extras (response rewrites among them) stay.
        const { timeouts: _dropped, ...rest } = extras.policies;
        const { policies: _policies, ...others } = extras;
        return { ...others, ...(Object.keys(rest).length ? { policies: rest } : {}) };
    }
    /**
     * ingress-nginx serves a canary through the main location: its requests go with the main
     * route's backend protocol and TLS settings. The canary's upstream becomes the canary Service's
     * variant with them. A canary Service reached with another protocol of its own (its Ingress's
     * backend-protocol, which ingress-nginx ignores) is refused (IC4111) rather than guessed.
     */
    canaryProtocols(vhosts, resolver) {
        for (const vh of vhosts)
            for (const r of routesOf(vh)) {
                const main = resolver.get(r.upstream);
                const canary = r.canary ? resolver.get(r.canary.upstream) : undefined;
                const p = main?.protocol;
                if (!r.canary || !canary || p === undefined || p === 'http')
                    continue;
                if (canary.protocol === undefined || canary.protocol === 'http')
                    r.canary.upstream = resolver.variant(canary.id, p, main.tls);
                else if (canary.protocol !== p || JSON.stringify(canary.tls) !== JSON.stringify(main.tls)) {
                    this.diags.report('IC4111', r.origin, { ingress: r.ingress, path: r.sourcePath, protocol: p.toUpperCase().replace('-', '_') });
                    delete r.canary;
                }
            }
    }
    /** The Secrets some upstream's tls names, sorted by id. */
    certificates(used) {
        return [...this.certs.values()].filter((c) => used.has(c.id)).sort((a, b) => compareStrings(a.id, b.id));
    }
}
/** The id of an upstream variant: `<base>_<protocol>`, plus a hash of its TLS settings. */
export function variantId(base, protocol, tls) {
    if (!tls)
        return `${base}_${protocol}`;
    const hash = createHash('sha256').update(JSON.stringify(tls)).digest('hex').slice(0, 10);
    return `${base}_${protocol}-${hash}`;
}
