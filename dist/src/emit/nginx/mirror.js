import { routesOf } from '../../ir/types.js';
import { nginxQuote } from './quote.js';
/**
 * Mirroring as ingress-nginx writes it (nginx.tmpl, template.go buildMirrorLocations): the location
 * says `mirror <uri>; mirror_request_body on|off;` and the server has one internal location per
 * distinct mirror that sets Host and proxies to the target. The target is a variable, so a DNS
 * name is resolved at request time through the `resolver` and loading never waits on DNS; with a
 * variable nginx sends the evaluated path as it is, so a template of text alone carries the
 * request's query explicitly (RouteMirror.target's 'query').
 */
/** The internal location of mirror `n`: "@" never starts an Ingress path nginx compares exactly. */
const mirrorUri = (n) => `/@ingressc-mirror-${n}`;
/** Text of a target template: lowering's grammar; this is the second wall before quoting. */
const TEXT = /^(?:[A-Za-z0-9._~!*+,=:@/?&-]|%[0-9A-Fa-f]{2})*$/;
/** The URL proxy_pass evaluates: scheme, host, port, then the template with nginx's variables. */
export function mirrorUrl(m) {
    const host = m.host.includes(':') ? `[${m.host}]` : m.host;
    if (!/^[A-Za-z0-9.:-]+$/.test(m.host))
        throw new Error(`nginx: refusing mirror host ${JSON.stringify(m.host)}`);
    const path = m.target
        .map((p) => {
        if ('text' in p) {
            if (!TEXT.test(p.text))
                throw new Error(`nginx: refusing mirror path ${JSON.stringify(p.text)}`);
            return p.text;
        }
        // "${name}": text after it cannot extend the variable's name.
        return p.request === 'target' ? '${request_uri}' : '${is_args}${args}';
    })
        .join('');
    return nginxQuote(`${m.scheme}://${host}${m.port !== undefined ? `:${m.port}` : ''}${path}`, { allowDollar: true });
}
/** Does some mirror name a host nginx must resolve at request time (a `resolver` is needed)? */
export const mirrorNeedsResolver = (ir) => ir.vhosts.some((vh) => routesOf(vh).some((r) => r.mirror !== undefined && !/^[0-9.]+$|:/.test(r.mirror.host)));
/** The mirrors of one server: one internal location per distinct mirror, numbered in order of use. */
export class ServerMirrors {
    seen = new Map();
    /** The location's mirror directives (before its proxying). */
    lines(m) {
        if (!m)
            return [];
        const key = JSON.stringify(m);
        let e = this.seen.get(key);
        if (!e)
            this.seen.set(key, (e = { n: this.seen.size, m }));
        return [`mirror ${mirrorUri(e.n)};`, `mirror_request_body ${m.body ? 'on' : 'off'};`];
    }
    /** The server's internal mirror locations (after its other locations). */
    locations(w) {
        for (const { n, m } of this.seen.values())
            w.block(`location = ${mirrorUri(n)}`, () => {
                w.line('internal;');
                // Setting a header here drops the http-level ones: the copy carries the client's headers and this Host, as ingress-nginx's.
                w.line(`proxy_set_header Host ${nginxQuote(m.hostHeader)};`);
                if (!m.body) {
                    // Without its body the copy must not announce one (nginx would send the request's Content-Length).
                    w.line('proxy_pass_request_body off;');
                    w.line('proxy_set_header Content-Length "";');
                }
                w.line(`set $ingressc_mirror_target ${mirrorUrl(m)};`);
                w.line('proxy_pass $ingressc_mirror_target;');
            });
    }
}
