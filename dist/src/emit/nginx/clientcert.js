import { caFile } from '../../ir/types.js';
import { parsePortable, renderPortable } from '../../ir/regex.js';
import { nginxQuote } from './quote.js';
/**
 * Client certificates as ingress-nginx writes them in a server block: ssl_client_certificate,
 * ssl_verify_client, ssl_verify_depth, `error_page 495 496 = URL` (a 302 there instead of 400),
 * the subject-DN check (403), and the ssl-client-* request headers in every proxying location.
 * nginx itself refuses (421) a request whose Host selects this server while its SNI selected
 * another one, so no other host's handshake reaches it unverified.
 */
export function clientAuthServerLines(c) {
    const out = [`ssl_client_certificate ${nginxQuote(caFile(c.caId))};`, `ssl_verify_client ${c.verify};`, `ssl_verify_depth ${c.depth};`];
    if (c.errorPage !== undefined)
        out.push(`error_page 495 496 = ${nginxQuote(c.errorPage)};`);
    // Case-sensitive search (ingress-nginx's `!~`); the rendered pattern carries no "$".
    if (c.matchCN !== undefined)
        out.push(`if ($ssl_client_s_dn !~ ${nginxQuote(renderPortable(parsePortable(c.matchCN), 'pcre'))}) { return 403; }`);
    return out;
}
/** The request headers every proxied request of the host carries (replacing any the client sent). */
export function clientAuthHeaders(c) {
    if (!c)
        return [];
    return [
        'proxy_set_header ssl-client-verify $ssl_client_verify;',
        'proxy_set_header ssl-client-subject-dn $ssl_client_s_dn;',
        'proxy_set_header ssl-client-issuer-dn $ssl_client_i_dn;',
        ...(c.passCertificate ? ['proxy_set_header ssl-client-cert $ssl_client_escaped_cert;'] : []),
    ];
}
