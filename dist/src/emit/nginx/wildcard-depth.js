import { wildcardSuffix } from '../regex.js';
import { nginxQuote } from './quote.js';
/**
 * One-label depth for nginx's hash wildcards. An Ingress `*.foo.com` matches `bar.foo.com` only;
 * nginx's `server_name *.foo.com` also takes `baz.bar.foo.com`. The server keeps nginx's hash
 * lookup (no per-request regex for hosts outside the wildcards) and checks the depth itself,
 * in the server rewrite phase, before any location is matched.
 */
const PARENT = '$ingressc_host_parent';
const DEFAULT_LOCATION = '@ingressc_default';
/** `$ingressc_host_parent`: the host without its first label ("" without a dot). A map is evaluated only where it is used. */
export function hostParentMap(w) {
    w.line('# Ingress wildcards match one label: a deeper host reaching a "*." server gets what unknown hosts get.');
    w.line(`map $host ${PARENT} { ${nginxQuote('~^[^.]+\\.(.+)$', { allowDollar: true })} $1; default ""; }`);
}
/**
 * Inside a `server_name *.<suffix>` server, before its locations (and before a redirect's
 * `return 308`): a host that is not exactly one label below `suffix` gets `unknownHost`, the
 * directive the default server answers unknown hosts with. A `return` goes into the `if` as it
 * is; `proxy_pass` is not allowed in a server-level `if`, so it is reached through a named
 * location (error_page keeps the method, body and unparsed URI).
 */
export function depthCheck(w, suffix, unknownHost) {
    const inline = /^return [0-9]{3};$/.test(unknownHost);
    if (!inline)
        w.line(`error_page 418 = ${DEFAULT_LOCATION};`);
    w.block(`if (${PARENT} != ${nginxQuote(wildcardSuffix('nginx', suffix))})`, () => w.line(inline ? unknownHost : 'return 418;'));
    if (!inline)
        w.block(`location ${DEFAULT_LOCATION}`, () => w.line(unknownHost));
}
