import { supportOf } from '../src/providers/ingress-nginx/support.js';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { availableTargets, compile, matchRequest, type SourceFile } from '../src/index.js';
import { parsePortable } from '../src/ir/regex.js';
import { INVALID_PATH_SEQUENCES, INVALID_PATH_SUFFIXES } from '../src/util/k8s-names.js';
import { writeFiles } from './e2e/run-table.js';
import { PROXY_KINDS, send, skipReason, startEcho, startProxy, type EchoServer, type ProxyKind } from './harness/index.js';
import { genPattern, genSubject } from './helpers/regex-gen.js';
import { rng } from './helpers/rng.js';

/**
 * The portable regex subset on the real engines: generated patterns (fixed seed), each the one
 * use-regex path of its own host with a rewrite-target using its captures, and random request
 * paths. nginx (PCRE), HAProxy (PCRE2) and Envoy (RE2) must route and rewrite exactly as the IR's
 * JavaScript evaluator says. Loopback only.
 */

const HOSTS = 40;
const PER_HOST = 10;
/** Request path characters every proxy passes unchanged (no "%", "?", "#", spaces; no "//" or dot segments). */
const SUBJECT = ['a', 'b', 'A', '0', '7', '/', '-', '_', '.', '~', ':', '@', '!', ',', '=', '&'];

function generate(seed: number): { sources: SourceFile[]; hosts: string[]; paths: string[] } {
  const r = rng(seed);
  const docs: string[] = [];
  const hosts: string[] = [];
  const paths: string[] = [];
  while (hosts.length < HOSTS) {
    const path = `/${genPattern(r)}`;
    if (INVALID_PATH_SEQUENCES.some((s) => path.includes(s)) || INVALID_PATH_SUFFIXES.some((s) => path.endsWith(s))) continue;
    const groups = parsePortable(path).groups;
    const target = groups === 0 ? '/r' : `/r/$1${groups > 1 ? `/$${groups}` : ''}`;
    const host = `h${hosts.length}.test`;
    hosts.push(host);
    paths.push(path);
    docs.push(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: rx-${hosts.length}
  namespace: default
  annotations:
    nginx.ingress.kubernetes.io/use-regex: "true"
    nginx.ingress.kubernetes.io/rewrite-target: ${JSON.stringify(target)}
spec:
  ingressClassName: nginx
  rules:
  - host: ${host}
    http:
      paths:
      - path: ${JSON.stringify(path)}
        pathType: ImplementationSpecific
        backend:
          service:
            name: svc
            port:
              number: 80
`);
  }
  return { sources: [{ path: 'regex.yaml', text: docs.join('---\n') }], hosts, paths };
}

const clean = (p: string): boolean => !/\/\/|\/\.\.?(\/|$)/.test(p);

// Only targets that honour use-regex and rewrite-target (the others fail closed: test/e2e/*).
for (const kind of PROXY_KINDS.filter((k) => supportOf('use-regex', k) && supportOf('rewrite-target', k))) {
  const registered = availableTargets().includes(kind);
  const skip = registered ? skipReason(kind) : `no ${kind} emitter registered yet`;
  test(`regex engines: ${kind} matches and rewrites ${HOSTS} generated patterns as the IR's evaluator says`, { skip, timeout: 120_000 }, async () => {
    const g = generate(4242);
    const echoes: EchoServer[] = [await startEcho('svc')];
    const disagreements: string[] = [];
    let matched = 0;
    let missed = 0;
    try {
      let ir: ReturnType<typeof compile>['ir'];
      const proxy = await startProxy({
        kind: kind as ProxyKind,
        build: (ports, dir) => {
          const res = compile(g.sources, { target: kind, listenHttp: `127.0.0.1:${ports.http}`, listenHttps: `127.0.0.1:${ports.https}`, backends: [`default/svc:80=127.0.0.1:${echoes[0]!.port}`] });
          assert.ok(res.ok, JSON.stringify(res.diagnostics.filter((d) => d.severity === 'error'), null, 2));
          ir = res.ir;
          writeFiles(dir, res.files);
        },
      });
      try {
        const r = rng(99);
        for (const [i, host] of g.hosts.entries()) {
          for (let j = 0; j < PER_HOST; j++) {
            const path = `/${genSubject(r, SUBJECT, 8)}`;
            if (!clean(path)) continue;
            const want = matchRequest(ir!, host, path);
            const reply = await send({ port: proxy.ports.http, host, path });
            const got = reply.status === 200 && reply.json?.service ? `svc ${String(reply.json.path)}` : String(reply.status);
            const expected = want.upstream ? `svc ${want.forwarded?.pathWithQuery ?? path}` : '404';
            if (want.upstream) matched++;
            else missed++;
            if (got !== expected) disagreements.push(`${kind}: ${JSON.stringify(g.paths[i])} on ${path}: proxy ${got}, match() ${expected}`);
          }
        }
      } finally {
        await proxy.stop();
      }
    } finally {
      await Promise.all(echoes.map((e) => e.close()));
    }
    // The generated set must exercise both outcomes.
    assert.ok(matched >= 40 && missed >= 40, `matched ${matched}, missed ${missed}`);
    assert.deepEqual(disagreements, []);
  });
}
