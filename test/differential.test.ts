import assert from 'node:assert/strict';
import { test } from 'node:test';
import { availableTargets, compile, matchRequest } from '../src/index.js';
import { writeFiles } from './e2e/run-table.js';
import { PROXY_KINDS, send, skipReason, startEchoes, startProxy, type EchoServer, type ProxyKind } from './harness/index.js';
import { generate, PER_SET, requests, SEEDS, SERVICES } from './helpers/random-ingress.js';

/**
 * Differential test of the IR's reference matcher (`match`/`matchRequest`) against each live proxy:
 * generated Ingress sets (fixed seeds) and a few hundred random requests each; the echo backend
 * that answered (or the proxy's 404) must be the one matchRequest names. Loopback only.
 */

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
      const echoPorts = await startEchoes(SERVICES, echoes);
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
