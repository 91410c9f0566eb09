import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile, type SourceFile } from '../../src/index.js';
import { writeFiles } from './run-table.js';
import { send, skipReason, startEchoes, startProxy, type EchoServer, type RunningProxy } from '../harness/index.js';
import { startDns, type DnsServer } from '../harness/dns.js';
import { rng } from '../helpers/rng.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';

/**
 * `--nginx-routing maps` against `locations` on a real nginx: random Ingress sets of plain hosts
 * (exact, prefix, wildcard, nested prefixes, "/", paths differing only in case, shared prefixes),
 * beside hosts the maps leave alone (annotations, string prefixes, host-less rules), compiled both
 * ways and loaded into two nginx; every request must get the same status, backend and Location.
 */

const skip = skipReason('nginx');
const SEEDS = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22];
/** Seeds compiled with cluster DNS backends (resolved at request time through a loopback DNS server) instead of addresses. */
const DNS_SEEDS = new Set([21, 22]);
const PER_SEED = 80;
const SERVICES = ['svc-a', 'svc-b', 'svc-c', 'svc-d', 'svc-e'];
const EMPTY = 'svc-empty';
// "default": a one-label host whose name is a word of nginx's map block.
const HOSTS = ['a.test', 'b.test', 'c.test', 'x.a.test', 'tls.test', 'default', '*.a.test', '*.w.test'];
const PATHS = [
  '/', '/api', '/api/', '/api/v1', '/api/v1/', '/api/v1/users', '/apix', '/static/', '/static/img', '/a', '/a/b',
  '/a/b/c', '/a/b/c/d', '/foo.txt', '/x-y_z~1', '/v1.2/x', '/deep/1/2/3/4', '/b', '/b/c',
];
/** Paths with capitals: their host keeps its locations, and requests for them must not reach the lower-case twins of other hosts. */
const CASED = ['/API', '/Api/v1', '/B'];
const BIG = Buffer.alloc(1024 * 1024 + 1, 'x');

interface Generated {
  sources: SourceFile[];
  hosts: string[];
  paths: string[];
}

function generate(seed: number, ports?: Record<string, number>): Generated {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  // With cluster DNS, a Service's port is its echo server's (the name resolves to 127.0.0.1).
  const backend = (svc: string): string => `service: {name: ${svc}, port: {number: ${ports?.[svc] ?? 80}}}`;
  const docs: string[] = [];
  const hosts = new Set<string>();
  const paths = new Set<string>();
  // Odd seeds: a host-less rule, so wildcards become regex server names (not routed by maps).
  const hostless = seed % 2 === 1;
  const n = 3 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    const rules: string[] = [];
    const hs = [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(HOSTS)))];
    if (hostless && i === 0) hs.push('');
    for (const h of hs) {
      hosts.add(h);
      const ps = [...new Set(Array.from({ length: 2 + Math.floor(r() * 6) }, () => pick(r() < 0.04 ? CASED : PATHS)))];
      const items = ps.map((p) => {
        paths.add(p);
        // ImplementationSpecific is a string prefix: such a host keeps its locations.
        const t = r() < 0.3 ? 'Exact' : r() < 0.96 ? 'Prefix' : 'ImplementationSpecific';
        return `      - {path: "${p}", pathType: ${t}, backend: {${backend(r() < 0.08 ? EMPTY : pick(SERVICES))}}}`;
      });
      rules.push(`  - ${h ? `host: "${h}"\n    ` : ''}http:\n      paths:\n${items.join('\n')}`);
    }
    // Some Ingresses proxy with a setting of their own: their hosts keep their locations.
    const annotated = r() < 0.12 ? `  annotations: {nginx.ingress.kubernetes.io/proxy-read-timeout: "30"}\n` : '';
    const tls = hs.includes('tls.test') ? `  tls:\n  - hosts: [tls.test]\n    secretName: tls-test\n` : '';
    docs.push(`apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: gen-${i}\n  namespace: default\n${annotated}spec:\n  ingressClassName: nginx\n${tls}  rules:\n${rules.join('\n')}\n`);
  }
  if (seed % 3 === 0) docs.push(`apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: global-default, namespace: default}\nspec:\n  ingressClassName: nginx\n  defaultBackend: {${backend(pick(SERVICES))}}\n`);
  docs.push(tlsSecretYaml('tls-test', { hosts: ['tls.test'] }));
  // A Service whose only endpoint is not ready: its routes answer 503.
  docs.push(`apiVersion: v1\nkind: Service\nmetadata: {name: ${EMPTY}, namespace: default}\nspec:\n  ports: [{port: 80, targetPort: 8080}]\n`);
  docs.push(
    `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ${EMPTY}-1\n  namespace: default\n  labels: {kubernetes.io/service-name: ${EMPTY}}\naddressType: IPv4\nports: [{port: 8080}]\nendpoints:\n- addresses: ["127.0.0.1"]\n  conditions: {ready: false}\n`,
  );
  return { sources: [{ path: `maps-${seed}.yaml`, text: docs.join('---\n') }], hosts: [...hosts].filter(Boolean), paths: [...paths] };
}

/**
 * Requests around the generated paths: mixed case, "//", "/./", "..", %2F, escapes, trailing slashes, near
 * misses, unknown hosts; a few POSTs with a body above nginx's default client_max_body_size (1m), which
 * nginx checks for the location it chose (413).
 */
function requests(g: Generated, seed: number, port: number): { host: string; path: string; tls: boolean; big: boolean }[] {
  const r = rng(seed ^ 0x3a9);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: { host: string; path: string; tls: boolean; big: boolean }[] = [];
  for (let i = 0; i < PER_SEED; i++) {
    let host = pick([...g.hosts, 'unknown.test', 'deep.x.w.test', 'w.test', 'a.test']);
    if (host.startsWith('*.')) host = pick(['one', 'x', 'two.deep']) + host.slice(1);
    const hr = r();
    if (hr < 0.1) host = host.toUpperCase();
    else if (hr < 0.2) host = `${host}:${port}`;
    let path = pick(r() < 0.1 ? CASED : g.paths);
    const m = r();
    if (m < 0.1) path = path.endsWith('/') ? path.slice(0, -1) || '/' : `${path}/`;
    else if (m < 0.2) path = `${path}/${pick(['x', 'v1', 'users', 'c', 'C', 'img.png'])}`.replace('//', '/');
    else if (m < 0.28) path = path.toUpperCase();
    else if (m < 0.34) path = path.replace(/[a-z]/, (c) => c.toUpperCase());
    else if (m < 0.4) path = path.replace('/', '//');
    else if (m < 0.45) path = path.replace(/\/([^/]*)$/, '/./$1');
    else if (m < 0.5) path = `/zz/..${path}`;
    else if (m < 0.55) path = path.replace(/\/(?=[^/]*$)/, '%2F');
    else if (m < 0.6) path = path.replace(/[a-z]/, (c) => `%${c.charCodeAt(0).toString(16)}`);
    else if (m < 0.66) path = `${path}x`;
    else if (m < 0.7) path = `${path}?q=/api`;
    out.push({ host, path, tls: host.startsWith('tls.test') && r() < 0.6, big: r() < 0.05 });
  }
  return out;
}

async function start(sources: SourceFile[], echoPorts: Record<string, number>, routing: 'locations' | 'maps', dnsPort?: number): Promise<{ proxy: RunningProxy; conf: string }> {
  let conf = '';
  const proxy = await startProxy({
    kind: 'nginx',
    build: (ports, dir) => {
      const r = compile(sources, {
        target: 'nginx',
        nginxRouting: routing,
        listenHttp: `127.0.0.1:${ports.http}`,
        listenHttps: `127.0.0.1:${ports.https}`,
        ...(dnsPort === undefined ? { backends: SERVICES.map((s) => `default/${s}:80=127.0.0.1:${echoPorts[s]}`) } : { resolver: `127.0.0.1:${dnsPort}` }),
      });
      assert.ok(r.ok, `compile (${routing}) failed: ${JSON.stringify(r.diagnostics, null, 2)}`);
      writeFiles(dir, r.files);
      conf = r.files.find((f) => f.path === 'nginx.conf')!.content;
    },
  });
  return { proxy, conf };
}

test('nginx-routing maps answers every request as locations does, live', { skip, timeout: 180_000 }, async (t) => {
  const echoes: EchoServer[] = [];
  let dnsServer: DnsServer | undefined;
  const dnsAnswers = new Set<string>();
  const differences: string[] = [];
  const answers = new Set<string>();
  let mapped = 0;
  let kept = 0;
  let compared = 0;
  try {
    const echoPorts = await startEchoes(SERVICES, echoes);
    dnsServer = await startDns();
    for (const seed of SEEDS) {
      const dns = DNS_SEEDS.has(seed) ? dnsServer?.port : undefined;
      const g = generate(seed, dns === undefined ? undefined : echoPorts);
      const a = await start(g.sources, echoPorts, 'locations', dns);
      try {
        const b = await start(g.sources, echoPorts, 'maps', dns);
        try {
          if (dns !== undefined) assert.match(b.conf, /set \$ingressc_backend "svc-[a-e]\.default\.svc\.cluster\.local:\d+";/);
          mapped += b.conf.split('error_page 418 = $ingressc_route;').length - 1;
          kept += (b.conf.match(/^ {8}location \^~ /gm) ?? []).length;
          assert.ok(!a.conf.includes('$ingressc_route'), 'the default output has no route maps');
          for (const req of requests(g, seed, 8080)) {
            const reply = async (p: RunningProxy): Promise<string> => {
              const x = await send({ port: req.tls ? p.ports.https : p.ports.http, host: req.host, path: req.path, ...(req.tls ? { tls: {} } : {}), ...(req.big ? { method: 'POST', body: BIG } : {}) });
              const loc = x.headers.location;
              const where = typeof loc === 'string' ? ` → ${loc.replace(/:\d+(?=\/|$)/, ':PORT')}` : '';
              return `${x.status}${x.json?.service ? ` ${x.json.service}` : ''}${where}`;
            };
            const [ra, rb] = [await reply(a.proxy), await reply(b.proxy)];
            compared++;
            answers.add(ra.replace(/ → .*/, ''));
            if (dns !== undefined) dnsAnswers.add(ra.replace(/ → .*/, ''));
            if (ra !== rb) differences.push(`seed ${seed}: ${req.big ? 'POST (1 MiB + 1) ' : ''}${req.tls ? 'https' : 'http'}://${req.host}${req.path}: locations ${ra}, maps ${rb}`);
          }
        } finally {
          await b.proxy.stop();
        }
      } finally {
        await a.proxy.stop();
      }
    }
  } finally {
    await Promise.all(echoes.map((e) => e.close()));
    await dnsServer?.close();
  }
  t.diagnostic(`${compared} requests; ${mapped} servers routed by maps, ${kept} prefix locations kept beside them; answers: ${[...answers].sort().join(', ')}; with cluster DNS: ${[...dnsAnswers].sort().join(', ')}`);
  assert.equal(compared, SEEDS.length * PER_SEED);
  // Both kinds of host, and answers of every kind: backends, 404, 503, redirects, 400.
  assert.ok(mapped >= 10, `only ${mapped} servers routed by maps`);
  assert.ok(kept >= 3, `only ${kept} prefix locations kept beside the maps`);
  for (const s of ['404', '503', '308', '400', '413', '200 svc-a']) assert.ok(answers.has(s), `no ${s} among ${[...answers].sort().join(', ')}`);
  assert.ok([...dnsAnswers].some((a) => a.startsWith('200 ')), `cluster DNS backends never answered: ${[...dnsAnswers].join(', ')}`);
  assert.deepEqual(differences, [], differences.join('\n'));
});
