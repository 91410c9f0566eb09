import { rng } from '../test/helpers/rng.js';
/**
 * Synthetic Ingress sets from a fixed seed: hosts shared by several Ingresses, one-label
 * wildcards, Exact/Prefix mixes, 10 % with TLS. Same seed → same bytes.
 */
export interface GenOptions {
  ingresses: number;
  pathsPerIngress: number;
  /** Distinct hosts; Ingresses share them round-robin. Defaults to ingresses / 2. */
  hosts?: number;
  /** Point every Service at this loopback port through EndpointSlices (for live runs). */
  endpointPort?: number;
  /** Base64 PEM pair for the TLS Secrets (10 % of Ingresses). Without it, no TLS. */
  tls?: { crt: string; key: string };
  seed?: number;
}

export { rng };

const WORDS = ['api', 'app', 'shop', 'cart', 'v1', 'v2', 'static', 'img', 'users', 'orders', 'search', 'admin', 'login', 'docs', 'blog'];

export function hostName(i: number): string {
  return `svc-${String(i).padStart(5, '0')}.team-${i % 97}.apps.example-cluster.internal`;
}

export function generate(o: GenOptions): { yaml: string; routes: number; hosts: string[] } {
  const rand = rng(o.seed ?? 42);
  const nHosts = o.hosts ?? Math.max(1, Math.floor(o.ingresses / 2));
  const docs: string[] = [];
  const hosts = new Set<string>();
  let routes = 0;
  for (let i = 0; i < o.ingresses; i++) {
    const h = i % nHosts;
    const wildcard = h % 20 === 19; // 5 % of hosts are one-label wildcards
    const host = wildcard ? `*.wild-${h}.example-cluster.internal` : hostName(h);
    hosts.add(host);
    const svc = `svc-${i}`;
    const tls = o.tls && i % 10 === 0;
    const paths: string[] = [];
    const seen = new Set<string>();
    for (let p = 0; p < o.pathsPerIngress; p++) {
      let path = '';
      do {
        const depth = 1 + Math.floor(rand() * 3);
        path = '/' + Array.from({ length: depth }, () => WORDS[Math.floor(rand() * WORDS.length)]).join('/') + `-${i}-${p}`;
      } while (seen.has(path));
      seen.add(path);
      const type = rand() < 0.3 ? 'Exact' : 'Prefix';
      paths.push(`      - path: ${path}\n        pathType: ${type}\n        backend:\n          service:\n            name: ${svc}\n            port:\n              number: 80\n`);
      routes++;
    }
    docs.push(
      `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ing-${i}\n  namespace: bench\nspec:\n` +
        (tls ? `  tls:\n  - hosts: ["${host}"]\n    secretName: tls-${i}\n` : '') +
        `  rules:\n  - host: "${host}"\n    http:\n      paths:\n${paths.join('')}`,
    );
    if (tls) docs.push(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-${i}\n  namespace: bench\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${o.tls!.crt}\n  tls.key: ${o.tls!.key}\n`);
    if (o.endpointPort !== undefined)
      docs.push(
        `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ${svc}-1\n  namespace: bench\n  labels:\n    kubernetes.io/service-name: ${svc}\naddressType: IPv4\nports:\n- port: ${o.endpointPort}\nendpoints:\n- addresses: ["127.0.0.1"]\n`,
      );
  }
  return { yaml: docs.join('---\n'), routes, hosts: [...hosts] };
}
