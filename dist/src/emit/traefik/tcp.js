import { WEBSECURE } from './names.js';
export const tcpRouterName = (host) => `passthrough_${host}`;
export const tcpServiceName = (upstream) => `passthrough_${upstream}`;
/**
 * TLS passthrough (RouteTable.passthrough): a TCP router per host on the HTTPS entry point,
 * `HostSNI(`host`)` with `tls.passthrough`, whose service gets the connection undecrypted. Traefik
 * tries TCP routers before the HTTP ones on an entry point and falls back to them when none
 * matches, so every other SNI is terminated as before. The host passed the IR's host grammar
 * (letters, digits, "-" and "."): it needs no quoting inside the backticks.
 */
export function buildTcp(ir) {
    const problems = [];
    if (!ir.passthrough?.length)
        return { problems };
    const byId = new Map(ir.upstreams.map((u) => [u.id, u]));
    const tcp = { routers: {}, services: {} };
    for (const p of ir.passthrough) {
        const u = byId.get(p.upstream);
        if (!/^[a-z0-9.-]+$/.test(p.host))
            throw new Error(`traefik: refusing SNI host ${JSON.stringify(p.host)}`);
        if (u.endpoints.length === 0) {
            problems.push({ ...p, why: `its backend ${u.id} has no ready endpoint, and a Traefik TCP service needs at least one server` });
            continue;
        }
        tcp.routers[tcpRouterName(p.host)] = { entryPoints: [WEBSECURE], rule: `HostSNI(\`${p.host}\`)`, service: tcpServiceName(u.id), tls: { passthrough: true } };
        tcp.services[tcpServiceName(u.id)] = { loadBalancer: { servers: u.endpoints.map((e) => ({ address: `${e.host.includes(':') ? `[${e.host}]` : e.host}:${e.port}` })) } };
    }
    return { tcp, problems };
}
