import { address, cfgName, cfgWord } from './quote.js';
import { headerLines } from './errors.js';
import { retryLines } from './upstream-tuning.js';
import { policyRules } from './policies.js';
import { Section } from './section.js';
import { autoHttpTwin, serverOptions } from './backend-protocol.js';
import { affinityOptions, cookieLine, serverCookie } from './traffic.js';
import { balanceLines } from './load-balancing.js';
/** Upstream ids are [a-z0-9_-]; internal backends have no "be_" prefix, so they cannot collide. */
export const backendName = (upstreamId) => `be_${upstreamId}`;
export const NOT_FOUND_BACKEND = 'not_found';
export const RESOLVERS = 'dns';
export const usesDns = (upstreams) => upstreams.some((u) => u.endpoints.some((e) => e.kind === 'dns'));
/**
 * DNS names start without an address (`init-addr none`) and the `resolvers` section fills them in
 * at run time: loading never waits on DNS (a libc lookup at start-up blocked `haproxy -c` for
 * seconds per server where the resolver does not answer: minutes at 10,000 Services).
 */
function serverLine(e, i, u) {
    const base = `server s${i + 1} ${address(e.host, e.port)}${serverOptions(u)}`;
    return e.kind === 'dns' ? `${base} resolvers ${RESOLVERS} init-addr none` : base;
}
/** ingress-nginx's default for proxy-send-timeout and proxy-read-timeout, in seconds. */
const NGINX_SEND_READ_DEFAULT = 60;
/**
 * A route's Host (upstream-vhost) and timeouts. HAProxy has one server-side inactivity timeout for
 * both directions, so `timeout server` is the larger of the send and read timeouts (each 60 s, as
 * in ingress-nginx, when the Ingress does not set it): neither direction times out earlier than on
 * ingress-nginx, the other one may time out later.
 */
function variantLines(v, u, affinity) {
    // No endpoints: the backend answers 503 itself, there is nothing to retry on.
    const out = [...(u.endpoints.length ? retryLines(v.retry, u.endpoints.length, affinity !== undefined) : []), ...(v.bufferRequest ? ['option http-buffer-request'] : [])];
    if (v.host !== undefined)
        out.push(`http-request set-header Host ${cfgWord(v.host)}`);
    out.push(...headerLines(v));
    const t = v.timeouts;
    if (t?.connect !== undefined)
        out.push(`timeout connect ${t.connect}s`);
    if (t?.send !== undefined || t?.read !== undefined)
        out.push(`timeout server ${Math.max(t.send ?? NGINX_SEND_READ_DEFAULT, t.read ?? NGINX_SEND_READ_DEFAULT)}s`);
    return out;
}
/**
 * The upstreams' backends; a policy backend per (upstream, policies, settings) (policies.ts); a
 * variant backend `be_<id>.v<n>` per route Host/timeouts without policies (upstream-variants.ts).
 */
export function renderBackends(upstreams, policies = [], variants = []) {
    const sections = [];
    const names = new Set();
    const byId = new Map(upstreams.map((u) => [u.id, u]));
    const backend = (name, u, rules, affinity) => {
        names.add(cfgName(name));
        const s = new Section(`backend ${cfgName(name)}`);
        for (const r of rules)
            s.line(r);
        // A Service without ready endpoints: answer 503 like a controller would, not 404.
        if (u.endpoints.length === 0)
            s.line('http-request return status 503');
        else {
            if (affinity)
                for (const l of [...affinityOptions(affinity), cookieLine(affinity)])
                    s.line(l);
            else
                for (const l of balanceLines(u))
                    s.line(l);
            u.endpoints.forEach((e, i) => s.line(affinity ? `${serverLine(e, i, u)} cookie ${serverCookie(e)}` : serverLine(e, i, u)));
        }
        sections.push(s);
        // AUTO_HTTP: a twin with TLS to the same servers, chosen for TLS clients (autoHttpRule).
        if (u.protocol === 'auto-http')
            backend(autoHttpTwin(name), { ...u, protocol: 'https' }, rules, affinity);
    };
    // An upstream's own backend: the settings of a route that sets none (ingress-nginx's retry defaults).
    for (const u of upstreams)
        backend(backendName(u.id), u, variantLines({}, u));
    for (const p of policies)
        backend(p.name, p.upstream, [...variantLines(p.settings, p.upstream, p.policies.affinity), ...policyRules(p)], p.policies.affinity);
    for (const v of variants)
        backend(backendName(v.name), byId.get(v.upstream), variantLines(v, byId.get(v.upstream)));
    names.add(NOT_FOUND_BACKEND);
    sections.push(new Section(`backend ${NOT_FOUND_BACKEND}`).line('http-request return status 404'));
    return { sections, names };
}
