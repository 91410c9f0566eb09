import { headerNameLines } from './header-names.js';
import { requestHeaderLines } from './custom-headers.js';
import { forwardedLines, plainHttpCondition, proxyProtocolLines } from './forwarded-headers.js';
import { hideLines } from './configmap-hide.js';
import { compressionFrontendLines } from './compression.js';
import { cipherBindOptions, tlsVersionOptions } from './configmap-tls.js';
import { blockLines } from './configmap-block.js';
import { hstsLines } from './configmap-hsts.js';
import { acceptCopy, requestIdLine } from './errors.js';
import { backendName, NOT_FOUND_BACKEND } from './backends.js';
import { autoHttpRule, bindAlpn } from './backend-protocol.js';
import { MAP_FILES, vhostKey } from './maps.js';
import { locationRegex, parsePortable, renderPortable, wholePathSearch } from '../../ir/regex.js';
import { address, cfgName, HaproxyQuoteError, mapKey, quotedArg } from './quote.js';
import { Section } from './section.js';
import { CRT_LIST } from './tls.js';
import { bindOptions, clientAuthRules } from './clientcert.js';
import { targetFormat } from './redirects.js';
import { httpsBindAddress } from './passthrough.js';
import { QUIET_BACKENDS, ROUTED_PREFIX, routedHttpsRedirect, SILENT } from './quiet.js';
/** "%" without two hex digits after it, or %2F, %5C, %00 (matched case-insensitively). */
const BAD_ESCAPE = '%([^0-9a-f]|[0-9a-f][^0-9a-f]|[0-9a-f]?$|2f|5c|00)';
export const bindAddress = (a) => address(a.host.replace(/^\[(.*)\]$/, '$1'), a.port);
/**
 * The one frontend, serving HTTP and (with certificates) HTTPS with the same routing. It
 * reproduces the IR evaluation model with variables and map lookups:
 * txn.vh = vhost key (exact host, else one-label wildcard, else "*"); txn.be = backend
 * (Exact, else longest element-wise Prefix, else the vhost fallback). No vhost → defaultUpstream.
 */
export function renderFrontend(ir, opts) {
    const s = new Section('frontend ingress');
    s.line(`bind ${bindAddress(ir.listen.http)}`);
    if (opts.https)
        s.line(`bind ${httpsBindAddress(ir, bindAddress(ir.listen.https))} ssl crt-list ${CRT_LIST}${bindOptions(ir)}${bindAlpn(ir)}${tlsVersionOptions(ir)}${cipherBindOptions(ir)}`);
    proxyProtocolLines(ir).forEach((l) => s.line(l));
    headerNameLines(ir).forEach((l) => s.line(l));
    s.line('# Request normalisation (README "Semantics"), before anything else: 400 for a bad');
    s.line('# escape or an escaped "/", "\\" or NUL; route on the path with unreserved escapes decoded,');
    s.line('# slashes merged and dot segments removed (".." above the root: 400); forward it as sent.');
    s.line(`http-request deny deny_status 400 if { path -m reg -i ${BAD_ESCAPE} }`);
    s.line('http-request set-var(txn.pathq) pathq');
    for (const n of ['percent-decode-unreserved', 'path-merge-slashes', 'path-strip-dot', 'path-strip-dotdot'])
        s.line(`http-request normalize-uri ${n}`);
    s.line('http-request deny deny_status 400 if { path -m reg ^/[.][.](/|$) }');
    s.line('http-request set-var(txn.path) path');
    s.line('http-request set-pathq %[var(txn.pathq)]');
    s.line('# Host class: the exact host, else "*." + the host without its first label, else the');
    s.line('# host-less rules. The class is decided here; routes never fall through to another class.');
    // Like the IR's normalizeHost: port dropped, lowercased, one trailing dot removed.
    s.line('http-request set-var(txn.host) req.hdr(host),field(1,:),lower,regsub([.]$,)');
    s.line(`http-request set-var(txn.vh) var(txn.host),map_str(${MAP_FILES.hosts})`);
    if (ir.vhosts.some((v) => v.kind === 'wildcard'))
        s.line(`http-request set-var(txn.vh) var(txn.host),regsub(^[^.]+[.],*.),map_str(${MAP_FILES.hosts}) if !{ var(txn.vh) -m found }`);
    if (ir.vhosts.some((v) => v.kind === 'any'))
        s.line('http-request set-var(txn.vh) str(*) if !{ var(txn.vh) -m found }');
    blockLines(ir).forEach((l) => s.line(l));
    if (opts.sslRedirect)
        httpsRedirectLines(ir, s, '');
    clientAuthRules(ir, s);
    forwardedLines(ir, opts.https).forEach((l) => s.line(l));
    requestHeaderLines(ir).forEach((l) => s.line(l));
    // nginx and Envoy name themselves in Server; clients (and the conformance suite) expect it.
    s.line('http-response add-header Server haproxy unless { res.hdr_cnt(server) gt 0 }');
    hstsLines(ir).forEach((l) => s.line(l));
    hideLines(ir).forEach((l) => s.line(l));
    compressionFrontendLines(ir).forEach((l) => s.line(l));
    s.line('# Path: Exact first, then the longest element-wise Prefix ("/p" is stored as "/p/" and');
    s.line('# looked up with path + "/"), then the vhost fallback. Lookups fail when txn.vh is unset.');
    s.line(`http-request set-var(txn.be) var(txn.vh),concat(,txn.path,),map_str(${MAP_FILES.exact})`);
    s.line(`http-request set-var(txn.be) var(txn.vh),concat(,txn.path,/),map_beg(${MAP_FILES.prefix}) if !{ var(txn.be) -m found }`);
    regexRoutes(ir, s, opts.orderedBackendOf);
    s.line(`http-request set-var(txn.be) var(txn.vh),map_str(${MAP_FILES.fallback}) if !{ var(txn.be) -m found }`);
    if (opts.sslRedirect && routedHttpsRedirect(ir)) {
        // Hosts with quiet routes (quiet.ts): redirected here, unlogged when the route is quiet.
        const routed = `{ var(txn.vh),map_str(${MAP_FILES.sslRedirect}) -m beg ${ROUTED_PREFIX} }`;
        s.line(`${SILENT} if ${plainHttpCondition(ir, `${routed} { var(txn.be) -m str -f ${QUIET_BACKENDS} }`)}`);
        httpsRedirectLines(ir, s, ROUTED_PREFIX);
    }
    for (const l of opts.canaries ?? [])
        s.line(l);
    for (const l of autoHttpRule(ir))
        s.line(l);
    s.line('use_backend %[var(txn.be)] if { var(txn.be) -m found }');
    if (ir.defaultUpstream !== undefined)
        s.line(`use_backend ${cfgName(backendName(ir.defaultUpstream))} if !{ var(txn.vh) -m found }`);
    s.line(`default_backend ${NOT_FOUND_BACKEND}`);
    return s;
}
/**
 * The HTTPS redirect of the hosts whose ssl-redirect.map value is `prefix` + "strip" or "keep".
 * Like nginx's https://$host$request_uri: lowercased host without the HTTP port; the URI's final
 * "/" dropped where ingress-nginx drops it (no preserve-trailing-slash).
 */
function httpsRedirectLines(ir, s, prefix) {
    const port = ir.listen.https.port === 443 ? '' : `:${ir.listen.https.port}`;
    for (const how of ['strip', 'keep'])
        s.line(`http-request redirect location 'https://%[var(txn.host)]${port}${targetFormat(how === 'strip')}' code ${ir.httpsRedirectCode ?? 308} if ${plainHttpCondition(ir, `{ var(txn.vh),map_str(${MAP_FILES.sslRedirect}) -m str ${prefix}${how} }`)}`);
}
/**
 * Hosts in regex mode (IR pathOrder 'regex-first-match'): one rule per route in the IR's order
 * names the first route whose case-insensitive regex (PCRE2) matches the path (txn.rt); then its
 * backend and filters are applied. Their exact and prefix maps are empty, so nothing else matches.
 */
function regexRoutes(ir, s, backendOf = (r) => backendName(r.upstream)) {
    let n = 0;
    if (ir.vhosts.some((v) => v.pathOrder === 'regex-first-match'))
        s.line('# Hosts in regex mode: their regexes in order, the first match wins.');
    for (const vh of ir.vhosts) {
        if (vh.pathOrder !== 'regex-first-match')
            continue;
        const vk = mapKey(vhostKey(vh));
        for (const r of vh.ordered ?? []) {
            const rt = `r${n++}`;
            s.line(`http-request set-var(txn.rt) str(${rt}) if { var(txn.vh) -m str ${vk} } { path -m reg -i ${quotedArg(renderPortable(locationRegex(r.path), 'pcre'))} } !{ var(txn.rt) -m found }`);
            const on = `if { var(txn.rt) -m str ${rt} }`;
            s.line(`http-request set-var(txn.be) str(${cfgName(backendOf(r))}) ${on}`);
            for (const f of r.filters ?? []) {
                if (f.type === 'URLRewrite') {
                    const re = `(?i)${wholePathSearch(parsePortable(f.path.pattern), 'pcre')}`;
                    s.line(`http-request replace-path ${quotedArg(re)} ${quotedArg(captureFormat(f.path.replacement, '\\'))} ${on}`);
                }
                else if (f.type === 'RequestHeaderModifier')
                    for (const h of f.set)
                        s.line(`http-request set-header ${cfgName(h.name)} ${quotedArg(h.value)} ${on}`);
            }
            if (r.errors?.standIn)
                s.line(acceptCopy('X-Format', on)).line(requestIdLine(on));
        }
    }
}
/** An IR replacement ("/..." with {N}) with captures written `<mark>N` (HAProxy `\N`, RE2 `\N`, Go `${N}`). */
export function captureFormat(replacement, mark) {
    if (!/^\/(?:[A-Za-z0-9._~\-/]|\{[1-9]\})*$/.test(replacement))
        throw new HaproxyQuoteError(`haproxy: refusing rewrite replacement ${JSON.stringify(replacement)}`);
    return replacement.replace(/\{([1-9])\}/g, `${mark}$1`);
}
