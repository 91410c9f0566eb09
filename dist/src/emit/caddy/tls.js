import { certFile, keyFile } from '../../ir/types.js';
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
 * wildcards (IR order), the default policy without matcher is last.
 */
export function connectionPolicies(ir, defaultCertificate) {
    const policies = [];
    const groups = new Map();
    const flush = () => {
        for (const [id, sni] of groups)
            policies.push({ match: { sni }, certificate_selection: { any_tag: [caddyLiteral(id)] } });
        groups.clear();
    };
    let kind;
    for (const vh of ir.vhosts) {
        const id = vh.tls?.certificate;
        if (id === undefined)
            continue;
        // A host that requires client certificates has a policy of its own, in the same order.
        if (vh.tls?.clientAuth) {
            flush();
            kind = vh.kind;
            policies.push(clientAuthPolicy(vh, id));
            continue;
        }
        if (id === defaultCertificate)
            continue;
        // Keep every exact-name policy before every wildcard one.
        if (kind !== undefined && vh.kind !== kind)
            flush();
        kind = vh.kind;
        const name = vh.kind === 'wildcard' ? wildcardHost(vh.wildcardSuffix) : caddyLiteral(vh.name);
        groups.set(id, [...(groups.get(id) ?? []), name]);
    }
    flush();
    policies.push({ certificate_selection: { any_tag: [caddyLiteral(defaultCertificate)] } });
    return policies;
}
