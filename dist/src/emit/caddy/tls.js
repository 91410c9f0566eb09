import { certFile, keyFile } from '../../ir/types.js';
import { cipherSuitesFor } from '../../ir/ciphers.js';
import { cipherPlan } from '../tls-ciphers.js';
import { caddyLiteral, wildcardHost } from './quote.js';
import { clientAuthPolicy } from './clientcert.js';
/** Every certificate, loaded from certs/ (relative to the working directory) and tagged with its id. */
export function tlsApp(ir) {
    return {
        certificates: { load_files: ir.certificates.map((c) => ({ certificate: certFile(c.id), key: keyFile(c.id), tags: [caddyLiteral(c.id)] })) },
        // Stapling would fetch OCSP responses from the CA named in a certificate: no network request.
        disable_ocsp_stapling: true,
    };
}
/**
 * The Ingress pairing of TLS hosts and Secrets as connection policies: the SNI of a TLS host
 * selects its own certificate by tag, any other SNI (or none) the default certificate. With a
 * certificate_selection, Caddy chooses among all loaded certificates when none names the SNI, so
 * the pairing holds even for a certificate that does not name its host (as in nginx and HAProxy;
 * tested live). Caddy uses the first policy whose SNI matcher matches: exact names come before
 * wildcards (IR order), the default policy without matcher is last. Cipher suites (ssl-ciphers,
 * Go's names: src/ir/ciphers.ts) are the default policy's for every policy but those of hosts
 * whose own differ (emit/tls-ciphers.ts), which get a policy even without a certificate of their own.
 */
export function connectionPolicies(ir, defaultCertificate) {
    const plan = cipherPlan(ir, ['ciphers']);
    const suites = (c) => (c.ciphers !== undefined ? { cipher_suites: cipherSuitesFor(c.ciphers, 'go') } : {});
    const policies = [];
    const groups = new Map();
    const flush = () => {
        for (const g of groups.values())
            policies.push({ match: { sni: g.sni }, certificate_selection: { any_tag: [caddyLiteral(g.id)] }, ...suites(g.ciphers) });
        groups.clear();
    };
    let kind;
    for (const vh of ir.vhosts) {
        if (vh.kind === 'any')
            continue;
        const own = plan.hosts.get(vh.name);
        const id = vh.tls?.certificate ?? (own ? defaultCertificate : undefined);
        if (id === undefined)
            continue;
        // A host that requires client certificates has a policy of its own, in the same order.
        if (vh.tls?.clientAuth) {
            flush();
            kind = vh.kind;
            policies.push({ ...clientAuthPolicy(vh, id), ...suites(own ?? plan.fallback) });
            continue;
        }
        if (id === defaultCertificate && !own)
            continue;
        // Keep every exact-name policy before every wildcard one.
        if (kind !== undefined && vh.kind !== kind)
            flush();
        kind = vh.kind;
        const name = vh.kind === 'wildcard' ? wildcardHost(vh.wildcardSuffix) : caddyLiteral(vh.name);
        const key = own ? `${id} ${own.ciphers ?? ''}` : id;
        const g = groups.get(key);
        if (g)
            g.sni.push(name);
        else
            groups.set(key, { id, ciphers: own ?? plan.fallback, sni: [name] });
    }
    flush();
    policies.push({ certificate_selection: { any_tag: [caddyLiteral(defaultCertificate)] }, ...suites(plan.fallback) });
    return policies;
}
