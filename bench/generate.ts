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
  /**
   * How the manifests are written: `plain` (multi-document YAML, the shape above), `kubectl` (the
   * output of `kubectl get ingress -A -o yaml`: one List whose items carry managedFields, status,
   * the last-applied-configuration JSON, uid/resourceVersion and quoted timestamps) or `helm`
   * (`helm template` output: `# Source:` comments, chart labels, quoted values), or `annotated` (plain,
   * with ingress-nginx annotations on 30 % of the Ingresses: ANNOTATION_MIX, one set each, in turn).
   */
  shape?: 'plain' | 'kubectl' | 'helm' | 'annotated';
}

export { rng };

/**
 * The annotation sets of the `annotated` shape, the most used keys of real Ingresses (issue 13's
 * count on 613 public ones): rewrites and regex paths (the host-wide regex mode), body size, timeouts,
 * source ranges, upstream Host.
 */
export const ANNOTATION_MIX: readonly Readonly<Record<string, string>>[] = [
  { 'rewrite-target': '/', 'proxy-body-size': '8m' },
  { 'proxy-read-timeout': '120', 'proxy-send-timeout': '120', 'proxy-connect-timeout': '10' },
  { 'whitelist-source-range': '10.0.0.0/8, 192.168.0.0/16', 'use-regex': 'true' },
  { 'upstream-vhost': 'internal.example.com', 'ssl-redirect': 'false' },
  { 'rewrite-target': '/$1', 'x-forwarded-prefix': '/api', 'use-regex': 'true', 'proxy-body-size': '0' },
];

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
    const spec = (tls ? `  tls:\n  - hosts: ["${host}"]\n    secretName: tls-${i}\n` : '') + `  rules:\n  - host: "${host}"\n    http:\n      paths:\n${paths.join('')}`;
    const shape = o.shape ?? 'plain';
    const mix = shape === 'annotated' && [1, 4, 7].includes(i % 10) ? ANNOTATION_MIX[Math.floor(i / 3) % ANNOTATION_MIX.length] : undefined;
    const annotations = mix
      ? `  annotations:\n${Object.entries(mix).map(([k, val]) => `    nginx.ingress.kubernetes.io/${k}: ${JSON.stringify(val)}\n`).join('')}`
      : '';
    if (shape === 'kubectl') docs.push(kubectlItem(i, spec, rand));
    else if (shape === 'helm') docs.push(`# Source: team-${i % 97}/templates/ingress.yaml\n${helmIngress(i, spec)}`);
    else docs.push(`apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ing-${i}\n  namespace: bench\n${annotations}spec:\n${spec}`);
    if (tls) docs.push(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-${i}\n  namespace: bench\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${o.tls!.crt}\n  tls.key: ${o.tls!.key}\n`);
    if (o.endpointPort !== undefined)
      docs.push(
        `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ${svc}-1\n  namespace: bench\n  labels:\n    kubernetes.io/service-name: ${svc}\naddressType: IPv4\nports:\n- port: ${o.endpointPort}\nendpoints:\n- addresses: ["127.0.0.1"]\n`,
      );
  }
  if ((o.shape ?? 'plain') !== 'kubectl') return { yaml: docs.join('---\n'), routes, hosts: [...hosts] };
  // kubectl puts every object into one List (Secrets and EndpointSlices come from other `get`s: as items too).
  const items = docs.map((d) => `- ${d.replace(/\n(?=.)/g, '\n  ')}`).join('');
  return { yaml: `apiVersion: v1\nitems:\n${items}kind: List\nmetadata:\n  resourceVersion: ""\n`, routes, hosts: [...hosts] };
}

const stamp = (i: number): string => new Date(Date.UTC(2025, 0, 1) + i * 61_000).toISOString().replace(/\.\d+Z$/, 'Z');
const uid = (rand: () => number): string => {
  const h = () => Math.floor(rand() * 0x10000).toString(16).padStart(4, '0');
  return `${h()}${h()}-${h()}-${h()}-${h()}-${h()}${h()}${h()}`;
};

/** A YAML string as kubectl prints it: JSON-style double quotes. */
const dq = (s: string): string => JSON.stringify(s);

/** One Ingress as `kubectl get -o yaml` prints it (keys sorted, as the API server returns them). */
function kubectlItem(i: number, spec: string, rand: () => number): string {
  const name = `ing-${i}`;
  // The JSON kubectl apply stored: the manifest as the user wrote it, on one line.
  const applied = JSON.stringify({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { annotations: { 'team.example.com/owner': `team-${i % 97}` }, name, namespace: 'bench' }, spec: specObject(spec) });
  const fields = [
    '      f:metadata:',
    '        f:annotations:',
    '          .: {}',
    '          f:kubectl.kubernetes.io/last-applied-configuration: {}',
    '          f:team.example.com/owner: {}',
    '      f:spec:',
    '        f:rules: {}',
    ...(spec.includes('  tls:') ? ['        f:tls: {}'] : []),
  ].join('\n');
  return [
    'apiVersion: networking.k8s.io/v1',
    'kind: Ingress',
    'metadata:',
    '  annotations:',
    `    kubectl.kubernetes.io/last-applied-configuration: |\n      ${applied}`,
    `    team.example.com/owner: team-${i % 97}`,
    `  creationTimestamp: "${stamp(i)}"`,
    '  generation: 1',
    '  managedFields:',
    '  - apiVersion: networking.k8s.io/v1',
    '    fieldsType: FieldsV1',
    '    fieldsV1:',
    fields,
    '    manager: kubectl-client-side-apply',
    '    operation: Update',
    `    time: "${stamp(i)}"`,
    '  - apiVersion: networking.k8s.io/v1',
    '    fieldsType: FieldsV1',
    '    fieldsV1:',
    '      f:status:',
    '        f:loadBalancer:',
    '          f:ingress: {}',
    '    manager: nginx-ingress-controller',
    '    operation: Update',
    '    subresource: status',
    `    time: "${stamp(i + 1)}"`,
    `  name: ${name}`,
    '  namespace: bench',
    `  resourceVersion: ${dq(String(1_000_000 + i))}`,
    `  uid: ${uid(rand)}`,
    'spec:',
    '  ingressClassName: nginx',
    spec.trimEnd(),
    'status:',
    '  loadBalancer:',
    '    ingress:',
    '    - ip: 192.0.2.10',
    '',
  ].join('\n');
}

/** `helm template` output: chart labels, quoted values, a comment per document. */
function helmIngress(i: number, spec: string): string {
  return [
    'apiVersion: networking.k8s.io/v1',
    'kind: Ingress',
    'metadata:',
    `  name: "ing-${i}"`,
    '  namespace: "bench"',
    '  labels:',
    `    helm.sh/chart: "team-${i % 97}-1.4.2"`,
    `    app.kubernetes.io/name: "team-${i % 97}"`,
    `    app.kubernetes.io/instance: "ing-${i}"`,
    '    app.kubernetes.io/version: "2.3.1"',
    '    app.kubernetes.io/managed-by: Helm',
    '  annotations:',
    `    meta.helm.sh/release-name: "ing-${i}"`,
    '    meta.helm.sh/release-namespace: "bench"',
    'spec:',
    '  # rendered from values.ingress.hosts',
    spec.trimEnd(),
    '',
  ].join('\n');
}

/** The spec as an object, for the last-applied JSON (a tiny reader of the generator's own spec text). */
function specObject(spec: string): unknown {
  const rules: { host: string; http: { paths: unknown[] } }[] = [];
  const host = /host: "([^"]+)"/.exec(spec)?.[1] ?? '';
  const paths = [...spec.matchAll(/- path: (\S+)\n\s+pathType: (\S+)\n[\s\S]*?name: (\S+)\n[\s\S]*?number: (\d+)/g)].map((m) => ({ path: m[1], pathType: m[2], backend: { service: { name: m[3], port: { number: Number(m[4]) } } } }));
  rules.push({ host, http: { paths } });
  const tls = /secretName: (\S+)/.exec(spec);
  return { ingressClassName: 'nginx', rules, ...(tls ? { tls: [{ hosts: [host], secretName: tls[1] }] } : {}) };
}
