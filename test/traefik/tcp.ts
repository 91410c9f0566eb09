/**
 * What Traefik v3 does with a TLS connection on an entry point before any HTTP router: its TCP
 * routers (those on the entry point, or on all when they list none) are tried, highest priority
 * first (absent: the rule's length); a `HostSNI(`name`)` rule matches the ClientHello's SNI
 * case-insensitively. A match with `tls.passthrough: true` hands the connection, undecrypted, to
 * the service's servers; without passthrough Traefik would terminate TLS itself (not written by
 * ingressc: refused here). No match: the HTTP routers take the connection (undefined).
 * Only the rule forms ingressc writes are understood; anything else throws.
 */
export interface DynamicTcp {
  routers?: Record<string, { entryPoints?: string[]; rule: string; service: string; priority?: number; tls?: { passthrough?: boolean } }>;
  services?: Record<string, { loadBalancer?: { servers?: { address: string }[] } }>;
}

export interface TcpOutcome {
  router: string;
  service: string;
  /** Server addresses the connection may go to. */
  servers: string[];
}

const HOST_SNI = /^HostSNI\(`([a-z0-9.-]+)`\)$/;

export function routeTcp(dynamic: { tcp?: DynamicTcp }, conn: { entryPoint: string; sni?: string }): TcpOutcome | undefined {
  const routers = Object.entries(dynamic.tcp?.routers ?? {}).map(([name, r]) => {
    const m = HOST_SNI.exec(r.rule);
    if (!m) throw new Error(`tcp router ${name}: rule ${JSON.stringify(r.rule)} is not modelled`);
    if (r.tls?.passthrough !== true) throw new Error(`tcp router ${name}: only passthrough routers are modelled`);
    const svc = dynamic.tcp?.services?.[r.service];
    if (!svc?.loadBalancer?.servers?.length) throw new Error(`tcp router ${name}: service ${r.service} is missing or has no servers (Traefik drops the router)`);
    return { name, r, host: m[1]!, servers: svc.loadBalancer.servers.map((s) => s.address), priority: r.priority ?? r.rule.length };
  });
  routers.sort((a, b) => b.priority - a.priority || (a.name < b.name ? -1 : 1));
  const sni = conn.sni?.toLowerCase();
  const hit = routers.find((x) => (x.r.entryPoints === undefined || x.r.entryPoints.includes(conn.entryPoint)) && sni !== undefined && x.host === sni);
  return hit ? { router: hit.name, service: hit.r.service, servers: hit.servers } : undefined;
}
