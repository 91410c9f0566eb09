import { caFile } from '../../ir/types.js';
import { parsePortable, renderPortable } from '../../ir/regex.js';
import { escapeRegexMeta } from '../regex.js';
import { caddyLiteral, wildcardHost } from './quote.js';
/**
 * Client certificates on Caddy: a connection policy per host that requires them (its SNI, its
 * certificate, `verify_if_given` against the host's CA file: a certificate that does not verify
 * ends the handshake), then, first in the host's routes on the HTTPS server: 421 unless the SNI
 * names the host (Caddy routes by Host: a handshake for another host, or one without SNI, must not
 * reach it unchecked), 400 (or a 302 to the error page) without a certificate when verify is "on",
 * 403 when the subject DN does not match, and the ssl-client-* request headers (the client's own
 * replaced). Caddy's own strict SNI-Host check is left off: it would refuse such requests on every
 * host of the server, not only these.
 */
const CLIENT = '{http.request.tls.client.certificate_der_base64}';
const SUBJECT = '{http.request.tls.client.subject}';
const ISSUER = '{http.request.tls.client.issuer}';
const SNI = '{http.request.tls.server_name}';
/** No client certificate: its DER is empty (the fingerprint is then the hash of nothing, not empty). */
const NO_CERT = { vars_regexp: { [CLIENT]: { pattern: '^$' } } };
/** The host's SNI as a Go regexp (case-insensitive; a wildcard covers one label). */
function sniPattern(vh) {
    const name = vh.kind === 'wildcard' ? wildcardHost(vh.wildcardSuffix) : caddyLiteral(vh.name);
    return `(?i)^${name.startsWith('*.') ? `[^.]+\\.${escapeRegexMeta(name.slice(2))}` : escapeRegexMeta(name)}$`;
}
/** The connection policy of a host that requires client certificates (before every other policy of its kind). */
export function clientAuthPolicy(vh, certificateTag) {
    const c = vh.tls.clientAuth;
    const sni = vh.kind === 'wildcard' ? wildcardHost(vh.wildcardSuffix) : caddyLiteral(vh.name);
    return {
        match: { sni: [sni] },
        certificate_selection: { any_tag: [caddyLiteral(certificateTag)] },
        client_authentication: { trusted_ca_certs_pem_files: [caFile(c.caId)], mode: 'verify_if_given' },
    };
}
/** The checks and headers that come first in the host's routes on the HTTPS server. */
export function clientAuthRoutes(c, vh) {
    const routes = [{ match: [{ not: [{ vars_regexp: { [SNI]: { pattern: sniPattern(vh) } } }] }], handle: [{ handler: 'static_response', status_code: 421 }], terminal: true }];
    const refuse = () => c.errorPage !== undefined ? [{ handler: 'static_response', status_code: 302, headers: { Location: [caddyLiteral(c.errorPage)] } }] : [{ handler: 'static_response', status_code: 400 }];
    if (c.verify === 'on')
        routes.push({ match: [NO_CERT], handle: refuse(), terminal: true });
    if (c.matchCN !== undefined)
        routes.push({ match: [{ not: [{ vars_regexp: { [SUBJECT]: { pattern: renderPortable(parsePortable(c.matchCN), 're2') } } }] }], handle: [{ handler: 'static_response', status_code: 403 }], terminal: true });
    // Caddy's headers handler deletes after it sets: a header is either set (replacing the client's) or deleted.
    routes.push({ match: [NO_CERT], handle: [{ handler: 'headers', request: { set: { 'ssl-client-verify': ['NONE'] }, delete: ['ssl-client-subject-dn', 'ssl-client-issuer-dn', 'ssl-client-cert'] } }] });
    routes.push({
        match: [{ not: [NO_CERT] }],
        handle: [{ handler: 'headers', request: { set: { 'ssl-client-verify': ['SUCCESS'], 'ssl-client-subject-dn': [SUBJECT], 'ssl-client-issuer-dn': [ISSUER] }, delete: ['ssl-client-cert'] } }],
    });
    return routes;
}
