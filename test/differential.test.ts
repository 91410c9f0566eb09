import assert from 'node:assert/strict';
import { test } from 'node:test';
import { availableTargets, compile, matchRequest, type SourceFile } from '../src/index.js';
import { writeFiles } from './e2e/run-table.js';
import { PROXY_KINDS, send, skipReason, startEcho, startProxy, type EchoServer, type ProxyKind } from './harness/index.js';
import { rng } from './helpers/rng.js';

/**
 * Differential test of the IR's reference matcher (`match`/`matchRequest`) against each live proxy:
 * generated Ingress sets (fixed seeds) and a few hundred random requests each; the echo backend
 * that answered (or the proxy's 404) must be the one matchRequest names. Loopback only.
 */

const SERVICES = ['svc-a', 'svc-b', 'svc-c', 'svc-d', 'svc-e', 'svc-f', 'svc-g', 'svc-h'];
const HOSTS = ['a.test', 'b.test', 'x.a.test', '*.a.test', '*.w.test', ''];
const PATHS = ['/', '/api', '/api/', '/api/v1', '/api/v1/', '/api/v1/users', '/apix', '/static', '/static/', '/static/img', '/a', '/a/b', '/a/b/', '/a/b/c', '/foo.txt', '/x-y_z~1'];

interface Generated {
  sources: SourceFile[];
  paths: string[];
  hosts: string[];
}

function generate(seed: number): Generated {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const backend = (svc: string) => `service:\n      name: ${svc}\n      port:\n        number: 80`;
  const docs: string[] = [];
  const usedPaths = new Set<string>();
  const usedHosts = new Set<string>();
  const nIngresses = 2 + Math.floor(r() * 3);
  // Even seeds: no host-less rules and a global default backend, so unknown hosts reach it.
  const hostPool = seed % 2 === 0 ? HOSTS.filter(Boolean) : HOSTS;
  for (let i = 0; i < nIngresses; i++) {
    const rules: string[] = [];
    const hosts = [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(hostPool)))];
    for (const h of hosts) {
      usedHosts.add(h);
      const ps = [...new Set(Array.from({ length: 1 + Math.floor(r() * 5) }, () => pick(PATHS)))];
      const items = ps.map((p) => {
        usedPaths.add(p);
        const t = r() < 0.35 ? 'Exact' : r() < 0.85 ? 'Prefix' : 'ImplementationSpecific';
        return `      - path: ${p}\n        pathType: ${t}\n        backend:\n          ${backend(pick(SERVICES)).replace(/\n/g, '\n          ')}`;
      });
      rules.push(`  - ${h ? `host: "${h}"\n    ` : ''}http:\n      paths:\n${items.join('\n')}`);
    }
    const withDefault = r() < 0.3 ? `  defaultBackend:\n    ${backend(pick(SERVICES)).replace(/\n/g, '\n    ')}\n` : '';
    docs.push(`apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: gen-${i}\n  namespace: default\nspec:\n${withDefault}  rules:\n${rules.join('\n')}\n`);
  }
  if (seed % 2 === 0 || r() < 0.5) docs.push(`apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: global-default\n  namespace: default\nspec:\n  defaultBackend:\n    ${backend(pick(SERVICES)).replace(/\n/g, '\n    ')}\n`);
  return { sources: [{ path: `gen-${seed}.yaml`, text: docs.join('---\n') }], paths: [...usedPaths], hosts: [...usedHosts] };
}

function requests(g: Generated, seed: number, n: number, proxyPort: number): { host: string; path: string }[] {
  const r = rng(seed ^ 0x5eed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: { host: string; path: string }[] = [];
  for (let i = 0; i < n; i++) {
    let host = pick([...g.hosts.filter(Boolean), 'a.test', 'unknown.test', 'w.test', 'q.w.test', 'deep.x.a.test']);
    if (host.startsWith('*.')) host = pick(['one', 'two-2', 'x', 'a.b']) + host.slice(1);
    const roll = r();
    if (roll < 0.15) host = host.toUpperCase();
    else if (roll < 0.25) host = `${host}:${proxyPort}`;
    else if (roll < 0.3) host = `Mixed.${host}`;
    let path = pick(g.paths.length ? g.paths : ['/']);
    const m = r();
    if (m < 0.15) path = path.endsWith('/') ? path.slice(0, -1) || '/' : `${path}/`;
    else if (m < 0.3) path = `${path}/${pick(['x', 'v1', 'users', 'b', 'img.png'])}`;
    else if (m < 0.4) path = `${path}${pick(['x', '1', '.bak', '-y'])}`;
    else if (m < 0.5) path = path.split('/').slice(0, -1).join('/') || '/';
    else if (m < 0.55) path = pick(['/zzz', '/API', '/Api/v1', '/static.old']);
    path = path.replace(/\/{2,}/g, '/');
    if (r() < 0.1) path += '?q=1';
    out.push({ host, path });
  }
  return out;
}

const SEEDS = [1, 2, 3, 4];
const PER_SET = 90;

for (const kind of PROXY_KINDS) {
  const registered = availableTargets().includes(kind);
  const skip = registered ? skipReason(kind) : `no ${kind} emitter registered yet`;
  test(`differential: ${kind} routes ${SEEDS.length * PER_SET} random requests exactly as match() says`, { skip, timeout: 120_000 }, async () => {
    const echoes: EchoServer[] = [];
    const disagreements: string[] = [];
    let compared = 0;
    const answers = new Set<string>();
    const vias = new Set<string>();
    try {
      const echoPorts: Record<string, number> = {};
      for (const s of SERVICES) {
        const e = await startEcho(s);
        echoes.push(e);
        echoPorts[s] = e.port;
      }
      for (const seed of SEEDS) {
        const g = generate(seed);
        let ir: ReturnType<typeof compile>['ir'];
        const proxy = await startProxy({
          kind: kind as ProxyKind,
          build: (ports, dir) => {
            const r = compile(g.sources, {
              target: kind,
              listenHttp: `127.0.0.1:${ports.http}`,
              listenHttps: `127.0.0.1:${ports.https}`,
              backends: SERVICES.map((s) => `default/${s}:80=127.0.0.1:${echoPorts[s]}`),
            });
            assert.ok(r.ok, `seed ${seed}: compile failed: ${JSON.stringify(r.diagnostics, null, 2)}\n${g.sources[0]!.text}`);
            ir = r.ir;
            writeFiles(dir, r.files);
          },
        });
        try {
          const ups = new Map(ir!.upstreams.map((u) => [u.id, u.service]));
          for (const req of requests(g, seed, PER_SET, proxy.ports.http)) {
            const want = matchRequest(ir!, req.host, req.path);
            const expected = want.upstream ? ups.get(want.upstream)! : '404';
            const reply = await send({ port: proxy.ports.http, host: req.host, path: req.path });
            const got = reply.status === 200 && reply.json?.service ? String(reply.json.service) : reply.status === 404 && !reply.json?.service ? '404' : `status ${reply.status}`;
            compared++;
            answers.add(expected);
            vias.add(want.via);
            if (got !== expected) disagreements.push(`seed ${seed}: GET http://${req.host}${req.path} → ${kind}: ${got}, match: ${expected} (${want.via}${want.route ? ` ${want.route.match} ${want.route.path}` : ''})`);
          }
        } finally {
          await proxy.stop();
        }
      }
    } finally {
      await Promise.all(echoes.map((e) => e.close()));
    }
    assert.equal(compared, SEEDS.length * PER_SET);
    // The generator must exercise every kind of decision, not one trivial answer.
    assert.ok(answers.size >= 5 && answers.has('404'), `too few distinct answers: ${[...answers].join(', ')}`);
    assert.deepEqual([...vias].sort(), ['default-backend', 'not-found', 'route', 'vhost-fallback']);
    assert.deepEqual(disagreements, [], `${kind} disagrees with match():\n${disagreements.join('\n')}`);
  });
}
