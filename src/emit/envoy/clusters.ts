import { routesOf, type RouteTable, type Upstream } from '../../ir/types.js';
import { clusterName } from './routes.js';
import type { Cluster } from './types.js';
import { clusterProtocol } from './backend-protocol.js';
import { headerLimitOptions, responseHeadersKb } from './upstream-tuning.js';
import { lbPolicy } from './load-balancing.js';

/**
 * One cluster per IR upstream, named by its id (unique, `[a-z0-9_-]` only).
 * - all endpoints IP literals → STATIC;
 * - any DNS name → STRICT_DNS for the whole cluster: its resolver returns an IP literal as
 *   itself, so a mixed list still works, and every A record of a name becomes a host;
 * - no endpoints → an empty STATIC cluster: routes to it answer 503 ("no healthy upstream"),
 *   like a Service without ready endpoints, and every route still names a real cluster.
 * DNS names use the system resolver (a pod's resolv.conf points at cluster DNS) or --resolver, and
 * do not hold back start-up (`wait_for_warm_on_init: false`).
 */
export function clusters(ir: RouteTable): Cluster[] {
  // AUTO_HTTP upstreams get a TLS twin `<name>.tls` for the HTTPS listener's routes (routes.ts clusterName).
  const withTwin = (u: Upstream, name: string, connect: number, ringHash: boolean, headersKb?: number): Cluster[] =>
    u.protocol === 'auto-http' ? [cluster(u, name, connect, ringHash, false, headersKb), cluster(u, `${name}.tls`, connect, ringHash, true, headersKb)] : [cluster(u, name, connect, ringHash, false, headersKb)];
  const out = ir.upstreams.flatMap((u) => withTwin(u, u.id, 5, false));
  // Routes with their own connect timeout (proxy-connect-timeout) or cookie affinity get a copy of their upstream's cluster.
  const byId = new Map(ir.upstreams.map((u) => [u.id, u]));
  const seen = new Set<string>();
  for (const vh of ir.vhosts)
    // A canary's upstream gets the same copy: its requests take the main route's settings.
    for (const r of routesOf(vh).flatMap((x) => (x.canary ? [x, { ...x, upstream: x.canary.upstream }] : [x]))) {
      const connect = r.policies?.timeouts?.connect;
      const sticky = r.policies?.affinity !== undefined;
      const kb = responseHeadersKb(r.policies?.upstreamTuning);
      const name = clusterName(r.upstream, r);
      if ((connect === undefined && !sticky && kb === undefined) || seen.has(name)) continue;
      seen.add(name);
      out.push(...withTwin(byId.get(r.upstream)!, name, connect ?? 5, sticky, kb));
    }
  return out;
}

/** connect_timeout 5 s: ingress-nginx's default proxy-connect-timeout. */
function cluster(u: Upstream, name: string, connectSeconds: number, ringHash: boolean, tls = false, headersKb?: number): Cluster {
  const dns = u.endpoints.some((e) => e.kind === 'dns');
  const protocol = clusterProtocol(u, tls);
  return {
    name,
    type: dns ? 'STRICT_DNS' : 'STATIC',
    connect_timeout: `${connectSeconds}s`,
    // Ring hash: the cookie hash policy of affinity routes (traffic.ts), or the upstream's hash key (load-balancing.ts), picks the host.
    lb_policy: lbPolicy(u, ringHash),
    // Listeners open without waiting for the first answer: start-up never waits on DNS.
    ...(dns ? { dns_lookup_family: 'V4_PREFERRED' as const, wait_for_warm_on_init: false as const } : {}),
    ...protocol,
    ...(headersKb !== undefined ? headerLimitOptions(headersKb, protocol) : {}),
    load_assignment: {
      cluster_name: name,
      endpoints: u.endpoints.length === 0 ? [] : [{ lb_endpoints: u.endpoints.map((e) => ({ endpoint: { address: { socket_address: { address: e.host, port_value: e.port } } } })) }],
    },
  };
}
