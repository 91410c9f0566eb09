import { cipherSuitesFor } from '../../ir/ciphers.js';
import { cipherPlan } from '../tls-ciphers.js';
import { byFirstUse } from './names.js';
import { CLIENT_AUTH_OPTIONS_PREFIX, clientAuthOption, clientAuthProblem } from './clientcert.js';
/** TLS options of hosts with their own ciphers: "ingressc-ciphers-1"… in IR order, one per distinct setting. */
export const CIPHERS_OPTIONS_PREFIX = 'ingressc-ciphers-';
/**
 * ssl-ciphers on Traefik (lower/tls-ciphers.ts decides them per host; emit/tls-ciphers.ts says
 * which handshake takes which). Traefik chooses TLS options by SNI among the Host() domains of
 * the HTTPS routers that name them (test/traefik/tls-options.ts), and every other handshake
 * (unknown SNI, none) gets `tls.options.default`: so the fallback is the default options, and each
 * exact host whose ciphers differ gets named options that every HTTPS router of the host
 * references (all of them: two options on one domain make Traefik fall back to the default).
 * `minVersion` is Traefik's own default (TLS 1.2): options written without it would leave Go's.
 * A wildcard host is matched by HostRegexp, which binds no options (Host("*.…") needs v3.7): its
 * handshakes take the default options, with a warning (IC4306): ciphers restrict which clients
 * can connect, they do not decide who may reach a route.
 */
export function tlsOptionsPlan(ir) {
    const byHost = new Map();
    const clientAuthHosts = new Set();
    const unbound = [];
    if (ir.certificates.length === 0)
        return { options: {}, byHost, clientAuthHosts, unbound }; // no HTTPS routers: no handshake
    const plan = cipherPlan(ir, ['ciphers']);
    const option = (c) => ({ minVersion: 'VersionTLS12', ...(c.ciphers !== undefined ? { cipherSuites: cipherSuitesFor(c.ciphers, 'go') } : {}) });
    const options = {};
    if (plan.fallback.ciphers !== undefined)
        options.default = option(plan.fallback);
    const names = byFirstUse();
    let clientAuthOptions = 0;
    for (const vh of ir.vhosts) {
        const own = plan.hosts.get(vh.name);
        const c = vh.tls?.clientAuth;
        // A host that requires client certificates: options of its own (never shared, so the 421 of
        // Traefik's domain-fronting check holds between two such hosts too), with its ciphers.
        if (c && vh.kind !== 'any') {
            if (clientAuthProblem(vh))
                continue; // refused (emit-traefik.ts): no output
            const name = `${CLIENT_AUTH_OPTIONS_PREFIX}${++clientAuthOptions}`;
            options[name] = { ...option(own ?? plan.fallback), clientAuth: clientAuthOption(c) };
            byHost.set(vh.name, name);
            clientAuthHosts.add(vh.name);
            continue;
        }
        if (!own || vh.kind === 'any')
            continue;
        if (vh.kind === 'wildcard') {
            unbound.push({ vh, ciphers: own.ciphers ?? "Traefik's own", fallback: plan.fallback.ciphers ?? "Traefik's own" });
            continue;
        }
        const opt = option(own);
        byHost.set(vh.name, names(JSON.stringify(opt), (n) => {
            options[`${CIPHERS_OPTIONS_PREFIX}${n}`] = opt;
            return `${CIPHERS_OPTIONS_PREFIX}${n}`;
        }));
    }
    return { options, byHost, clientAuthHosts, unbound };
}
