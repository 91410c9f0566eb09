import { caFile } from '../../ir/types.js';
import { parsePortable, renderPortable } from '../../ir/regex.js';
import { MAP_FILES, vhostKey } from './maps.js';
import { cfgWord, mapKey, quotedArg } from './quote.js';
/**
 * Client certificates on HAProxy. The handshake is per SNI (a crt-list line of its own for each
 * host that requires one: `verify optional` with the host's CA file, every verification error
 * ignored so that the HTTP layer decides, as nginx does); routing follows the Host header, so a
 * request of such a host is refused (421) unless its SNI selects the same host class: no other
 * host's handshake (nor one without SNI) reaches it unchecked. Then, for that host: no certificate
 * (verify on) or one that failed (on, optional) → 400, or a 302 to the error page; a subject DN
 * (RFC 2253) not matching → 403; the ssl-client-* headers set (the client's own removed).
 * HAProxy has no verification depth: chains of any length to the CA pass (support.ts: partial).
 */
/** The crt-list options of a host's handshake (inside its line's brackets). */
export function crtOptions(c) {
    return ['verify', 'optional', 'ca-file', cfgWord(caFile(c.caId))];
}
/**
 * Bind options: verification errors do not end the handshake (crt-list lines cannot say so per
 * SNI; only the client-certificate lines verify anything, so the others are not affected).
 */
export const bindOptions = (ir) => (ir.vhosts.some((v) => v.tls?.clientAuth) ? ' ca-ignore-err all crt-ignore-err all' : '');
/** A host's lookup key in hosts.map, as txn.vh holds it. */
const vk = (vh) => mapKey(vhostKey(vh));
/** The frontend rules, after txn.vh is known and plain HTTP was redirected. */
export function clientAuthRules(ir, s) {
    const hosts = ir.vhosts.filter((v) => v.tls?.clientAuth);
    if (!hosts.length)
        return;
    s.line(`http-request set-var(txn.snivh) ssl_fc_sni,lower,map_str(${MAP_FILES.hosts}) if { ssl_fc_sni -m found }`);
    if (ir.vhosts.some((v) => v.kind === 'wildcard'))
        s.line(`http-request set-var(txn.snivh) ssl_fc_sni,lower,regsub(^[^.]+[.],*.),map_str(${MAP_FILES.hosts}) if { ssl_fc_sni -m found } !{ var(txn.snivh) -m found }`);
    for (const vh of hosts) {
        const c = vh.tls.clientAuth;
        const on = `{ ssl_fc } { var(txn.vh) -m str ${vk(vh)} }`;
        s.line(`http-request deny deny_status 421 if ${on} !{ var(txn.snivh) -m str ${vk(vh)} }`);
        const refuse = (cond) => (c.errorPage !== undefined ? `http-request redirect location ${quotedArg(c.errorPage)} code 302 if ${on} ${cond}` : `http-request deny deny_status 400 if ${on} ${cond}`);
        if (c.verify === 'on')
            s.line(refuse('!{ ssl_c_used }'));
        if (c.verify !== 'optional_no_ca')
            s.line(refuse('{ ssl_c_used } !{ ssl_c_verify 0 }'));
        if (c.matchCN !== undefined)
            s.line(`http-request deny deny_status 403 if ${on} !{ ssl_c_s_dn(,0,rfc2253) -m reg ${quotedArg(renderPortable(parsePortable(c.matchCN), 'pcre'))} }`);
        for (const h of ['ssl-client-verify', 'ssl-client-subject-dn', 'ssl-client-issuer-dn', 'ssl-client-cert'])
            s.line(`http-request del-header ${h} if ${on}`);
        s.line(`http-request set-header ssl-client-verify NONE if ${on} !{ ssl_c_used }`);
        s.line(`http-request set-header ssl-client-verify SUCCESS if ${on} { ssl_c_used } { ssl_c_verify 0 }`);
        s.line(`http-request set-header ssl-client-verify FAILED:%[ssl_c_verify] if ${on} { ssl_c_used } !{ ssl_c_verify 0 }`);
        s.line(`http-request set-header ssl-client-subject-dn %[ssl_c_s_dn(,0,rfc2253)] if ${on} { ssl_c_used }`);
        s.line(`http-request set-header ssl-client-issuer-dn %[ssl_c_i_dn(,0,rfc2253)] if ${on} { ssl_c_used }`);
    }
}
