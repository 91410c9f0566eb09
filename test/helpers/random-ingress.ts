import type { SourceFile } from '../../src/index.js';
import { rng } from './rng.js';

/** Random Ingress sets and requests (fixed seeds) for the differential tests against match(). */

export const SERVICES = ['svc-a', 'svc-b', 'svc-c', 'svc-d', 'svc-e', 'svc-f', 'svc-g', 'svc-h'];
const HOSTS = ['a.test', 'b.test', 'x.a.test', '*.a.test', '*.w.test', ''];
const PATHS = ['/', '/api', '/api/', '/api/v1', '/api/v1/', '/api/v1/users', '/apix', '/static', '/static/', '/static/img', '/a', '/a/b', '/a/b/', '/a/b/c', '/foo.txt', '/x-y_z~1'];

export interface Generated {
  sources: SourceFile[];
  paths: string[];
  hosts: string[];
}

export function generate(seed: number): Generated {
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

export function requests(g: Generated, seed: number, n: number, proxyPort: number): { host: string; path: string }[] {
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

export const SEEDS = [1, 2, 3, 4];
export const PER_SET = 90;
