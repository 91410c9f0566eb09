import { address, cfgName } from './quote.js';
import { Section } from './section.js';
/** Upstream ids are [a-z0-9_-]; internal backends have no "be_" prefix, so they cannot collide. */
export const backendName = (upstreamId) => `be_${upstreamId}`;
export const NOT_FOUND_BACKEND = 'not_found';
export const RESOLVERS = 'dns';
export const usesDns = (upstreams) => upstreams.some((u) => u.endpoints.some((e) => e.kind === 'dns'));
/**
 * DNS names are resolved by libc at start-up when possible, else left without an address
 * (`none`) so `haproxy -c` passes where cluster names do not resolve; the `resolvers` section
 * keeps them current at run time. (`last` needs a server-state-file and is skipped without one.)
 */
function serverLine(e, i) {
    const base = `server s${i + 1} ${address(e.host, e.port)}`;
    return e.kind === 'dns' ? `${base} resolvers ${RESOLVERS} init-addr last,libc,none` : base;
}
export function renderBackends(upstreams) {
    const sections = [];
    const names = new Set();
    for (const u of upstreams) {
        const name = cfgName(backendName(u.id));
        names.add(name);
        const s = new Section(`backend ${name}`);
        // A Service without ready endpoints: answer 503 like a controller would, not 404.
        if (u.endpoints.length === 0)
            s.line('http-request return status 503');
        else
            u.endpoints.forEach((e, i) => s.line(serverLine(e, i)));
        sections.push(s);
    }
    names.add(NOT_FOUND_BACKEND);
    sections.push(new Section(`backend ${NOT_FOUND_BACKEND}`).line('http-request return status 404'));
    return { sections, names };
}
