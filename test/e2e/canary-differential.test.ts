/**
 * Differential test of the canary decision (src/ir/match.ts decideCanary, after ingress-nginx's
 * balancer.lua) against each live proxy and the Traefik evaluator: three canaries (canary-by-header
 * with always/never, with an exact value, with a pattern; each with canary-by-cookie and weight 0,
 * so every answer is certain) and a fixed-seed set of requests with hostile header and Cookie
 * lines (case, spaces, ";" and "," separators, prefixes of the name, repeated pairs). The echo that
 * answered must be the one matchRequest names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile, matchRequest, type TargetName } from '../../src/index.js';
import { send, skipReason, startEchoes, startProxy, type EchoServer, type ProxyKind } from '../harness/index.js';
import { readOutput } from '../traefik/output.js';
import { TraefikModel } from '../traefik/evaluate.js';
import { writeFiles } from './run-table.js';

const P = 'nginx.ingress.kubernetes.io/';
const SERVICES = ['web0', 'web1', 'web2', 'webc0', 'webc1', 'webc2'];

const ing = (name: string, host: string, svc: string, ann: Record<string, string> = {}): string =>
  `---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\n  namespace: default\n${
    Object.keys(ann).length ? `  annotations:\n${Object.entries(ann).map(([k, v]) => `    ${P}${k}: ${JSON.stringify(v)}\n`).join('')}` : ''
  }spec:\n  rules:\n  - host: ${host}\n    http:\n      paths:\n      - {path: /, pathType: Prefix, backend: {service: {name: ${svc}, port: {number: 80}}}}\n`;

/** One main Ingress and one canary Ingress per host. */
const HOSTS: Record<string, Record<string, string>> = {
  'plain.test': { 'canary-by-header': 'X-Canary' },
  'value.test': { 'canary-by-header': 'X-Canary', 'canary-by-header-value': 'v1.0' },
  'pattern.test': { 'canary-by-header': 'X-Canary', 'canary-by-header-pattern': '^a[0-9]+$' },
};

/**
 * Each host has Services of its own: ingress-nginx hangs a canary on the main Service's backend
 * (one canary per main Service, on every host it serves) and keeps the canary settings of the first
 * Ingress naming the canary Service.
 */
const text = Object.entries(HOSTS)
  .map(([host, ann], i) => ing(`main-${i}`, host, `web${i}`) + ing(`canary-${i}`, host, `webc${i}`, { canary: 'true', ...ann, 'canary-by-cookie': 'Canary_Ck' }))
  .join('');

// mulberry32: deterministic, integer arithmetic only.
function rng(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

interface Req {
  host: string;
  headers: Record<string, string>;
}

function requests(n: number): Req[] {
  const r = rng(20261206);
  const names = ['X-Canary', 'x-canary', 'X-CANARY', 'X-Canary-2'];
  const values = ['always', 'never', 'Always', 'v1.0', 'v1.00', 'a1', 'a12', 'ba1', 'a', 'x', 'never ', ''];
  const cookieNames = ['Canary_Ck', 'canary_ck', 'CANARY_CK', 'Canary_Ckx', 'Canary', 'xCanary_Ck', 'other'];
  const cookieValues = ['always', 'never', 'Always', 'always ', 'alwaysx', '', 'a,b'];
  const seps = ['; ', ';', ', ', ','];
  const out: Req[] = [];
  const hosts = Object.keys(HOSTS);
  for (let i = 0; i < n; i++) {
    const headers: Record<string, string> = {};
    if (r(3) > 0) headers[names[r(names.length)]!] = values[r(values.length)]!;
    if (r(3) > 0) {
      const pairs: string[] = [];
      for (let j = r(3); j >= 0; j--) pairs.push(`${cookieNames[r(cookieNames.length)]}${r(5) === 0 ? ' ' : ''}=${r(5) === 0 ? ' ' : ''}${cookieValues[r(cookieValues.length)]}`);
      headers.Cookie = pairs.reduce((line, p) => (line === '' ? p : `${line}${seps[r(seps.length)]}${p}`), '');
    }
    out.push({ host: hosts[r(hosts.length)]!, headers });
  }
  return out;
}

const REQUESTS = requests(240);
const backends = (ports: Record<string, number>): string[] => SERVICES.map((s) => `default/${s}:80=127.0.0.1:${ports[s]}`);

async function withEchoes<T>(fn: (ports: Record<string, number>) => Promise<T>): Promise<T> {
  const echoes: EchoServer[] = [];
  try {
    const ports = await startEchoes(SERVICES, echoes);
    return await fn(ports);
  } finally {
    await Promise.all(echoes.map((e) => e.close()));
  }
}

/** Every request's expected Service (from match.ts) and a check that both answers occur. */
function expectations(target: TargetName, ports: Record<string, number>, listen = { http: 18080, https: 18443 }) {
  const r = compile([{ path: 'in.yaml', text }], { target, backends: backends(ports), listenHttp: `127.0.0.1:${listen.http}`, listenHttps: `127.0.0.1:${listen.https}` });
  assert.ok(r.ok, r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
  const ups = new Map(r.ir!.upstreams.map((u) => [u.id, u.service]));
  const want = REQUESTS.map((q) => ups.get(matchRequest(r.ir!, q.host, '/', { headers: q.headers }).upstream!)!);
  return { r, want };
}

const describeReq = (q: Req): string => `${q.host} ${JSON.stringify(q.headers)}`;

for (const kind of ['nginx', 'haproxy', 'envoy', 'caddy'] as ProxyKind[]) {
  test(`canary differential: ${kind} decides ${REQUESTS.length} hostile header/cookie requests as match() does`, { skip: skipReason(kind), timeout: 180_000 }, async () => {
    await withEchoes(async (ports) => {
      let want: string[] = [];
      const proxy = await startProxy({
        kind,
        build: (p, dir) => {
          const e = expectations(kind, ports, p);
          want = e.want;
          writeFiles(dir, e.r.files);
        },
      });
      const wrong: string[] = [];
      try {
        for (const [i, q] of REQUESTS.entries()) {
          const reply = await send({ port: proxy.ports.http, host: q.host, path: '/', headers: q.headers });
          const got = reply.status === 200 ? String(reply.json?.service ?? '') : `status ${reply.status}`;
          if (got !== want[i]) wrong.push(`${describeReq(q)}: ${kind} ${got}, match ${want[i]}`);
        }
      } finally {
        await proxy.stop();
      }
      assert.ok(new Set(want).size === 6, `the requests must reach the main and every canary Service: ${[...new Set(want)].join(', ')}`);
      assert.deepEqual(wrong, []);
    });
  });
}

test(`canary differential: the Traefik evaluator decides ${REQUESTS.length} hostile header/cookie requests as match() does`, async () => {
  const { r, want } = expectations('traefik', Object.fromEntries(SERVICES.map((s, i) => [s, i + 1])));
  const model = new TraefikModel(readOutput(r.files).dynamic);
  const ids = new Map(r.ir!.upstreams.map((u) => [u.id, u.service]));
  const wrong = REQUESTS.map((q, i) => {
    const o = model.route({ host: q.host, path: '/', headers: q.headers });
    const got = o.kind === 'proxied' ? ids.get(o.service) : `status ${o.status}`;
    return got === want[i] ? '' : `${describeReq(q)}: traefik ${got}, match ${want[i]}`;
  }).filter((x) => x);
  assert.deepEqual(wrong, []);
});
