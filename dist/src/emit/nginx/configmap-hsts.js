import { nginxQuote } from './quote.js';
/**
 * VhostTls.hsts (ConfigMap hsts*), as ingress-nginx's lua header() sets it: every response to an
 * HTTPS request of the host carries Strict-Transport-Security, the upstream's replaced. Plain
 * nginx has no "set" for response headers: the upstream's is hidden (proxy_hide_header) and
 * `add_header ... always` adds ours on every status; on plain HTTP the map gives back the
 * upstream's own value. nginx inherits add_header and proxy_hide_header only into a block that
 * sets none of its own, so withHstsInBlocks() repeats the lines in every such block of the host's
 * server (locations with CORS, affinity or auth headers, and their `if` blocks).
 */
const VAR = '$ingressc_hsts';
const ADD = `add_header Strict-Transport-Security ${VAR} always;`;
const HIDE = 'proxy_hide_header Strict-Transport-Security;';
/** The http-level map (one value: the ConfigMap's is controller-wide). */
export function hstsMap(w, ir) {
    const value = ir.vhosts.find((v) => v.tls?.hsts !== undefined)?.tls?.hsts;
    if (value === undefined)
        return;
    w.line(`map $https ${VAR} { on ${nginxQuote(value)}; default $upstream_http_strict_transport_security; }`);
}
/** The server-level lines of a host with VhostTls.hsts. */
export const hstsServerLines = (vh) => (vh.tls?.hsts !== undefined ? [HIDE, ADD] : []);
/**
 * Repeats the HSTS lines in every block nested in a server that has them, where that block sets
 * add_header or proxy_hide_header of its own (and so inherits neither from the server).
 */
export function withHstsInBlocks(conf) {
    if (!conf.includes(ADD))
        return conf;
    const lines = conf.split('\n');
    const out = [];
    const stack = [];
    for (const line of lines) {
        const t = line.trim();
        const top = stack[stack.length - 1];
        if (t.endsWith('{') && !t.startsWith('#')) {
            stack.push({ indent: /^\s*/.exec(line)[0] + '    ', hsts: false, add: false, hide: false, inServer: stack.some((f) => f.hsts) });
            out.push(line);
            continue;
        }
        if (t === '}' && top) {
            stack.pop();
            if (top.inServer && !top.hsts) {
                if (top.hide)
                    out.push(top.indent + HIDE);
                if (top.add)
                    out.push(top.indent + ADD);
            }
            out.push(line);
            continue;
        }
        if (top) {
            if (t === ADD)
                top.hsts = true;
            else if (t.startsWith('add_header '))
                top.add = true;
            else if (t.startsWith('proxy_hide_header '))
                top.hide = true;
        }
        out.push(line);
    }
    return out.join('\n');
}
