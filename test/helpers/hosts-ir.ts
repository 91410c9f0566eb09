import type { RouteTable, VirtualHost } from '../../src/ir/types.js';

const origin = { file: 'synthetic.yaml', line: 1, col: 1 };

/**
 * A route table with many hosts and no YAML in between (compiling 10k Ingresses takes seconds):
 * every host serves `/` from one upstream at 127.0.0.1:`port`; no host-less rules, so nginx gets
 * its hash wildcards. Wildcards are given as their suffix ("foo.test" for `*.foo.test`).
 */
export function hostsIr(o: { exact: readonly string[]; wildcards: readonly string[]; port?: number; listen?: { http: number; https: number } }): RouteTable {
  const upstream = 'default_svc_80';
  const vhost = (name: string, kind: 'exact' | 'wildcard', wildcardSuffix: string): VirtualHost => ({
    name,
    kind,
    wildcardSuffix,
    exact: [],
    prefix: [{ path: '/', match: 'Prefix', pathType: 'Prefix', sourcePath: '/', upstream, ingress: 'default/synthetic', origin }],
    origin,
  });
  const byName = (a: VirtualHost, b: VirtualHost): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return {
    vhosts: [
      ...o.exact.map((h) => vhost(h, 'exact', '')).sort(byName),
      ...o.wildcards.map((s) => vhost(`*.${s}`, 'wildcard', s)).sort(byName),
    ],
    upstreams: [{ id: upstream, namespace: 'default', service: 'svc', port: 80, endpoints: [{ kind: 'ip', host: '127.0.0.1', port: o.port ?? 9 }], origin }],
    certificates: [],
    listen: { http: { host: '127.0.0.1', port: o.listen?.http ?? 18080 }, https: { host: '127.0.0.1', port: o.listen?.https ?? 18443 } },
  };
}

/** A DNS label of `n` characters (n ≤ 63), distinct per `i`. */
export const label = (i: number, n = 63): string => `l${String(i).padStart(5, '0')}`.padEnd(n, 'x');
