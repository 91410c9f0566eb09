import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile, matchRequest } from '../../src/index.js';
import { generate, requests, SEEDS, SERVICES } from '../helpers/random-ingress.js';
import { validateStream } from './crd-validator.js';
import { coveredBy, flaggedHosts, gatewayHost } from './expect.js';
import { modelOf } from './output.js';

/**
 * Differential test of the Gateway API output against the IR's reference matcher, like the live
 * proxies' (test/differential.test.ts) on the same generated Ingress sets, with more requests
 * (the evaluator is cheap): every answer of the evaluator, in both hostname models, must be the
 * Service (or 404) matchRequest names for the host Gateway API routes the request as (gatewayHost:
 * the request's own host except names under a wildcard that IC4502 reports). Hosts flagged IC4503
 * are compared on the no-fall-through model only.
 */
const PER_SEED = 400;

test(`differential: gateway-api (evaluated) routes ${SEEDS.length * PER_SEED * 2} random requests as match() says`, () => {
  const disagreements: string[] = [];
  const answers = new Set<string>();
  const vias = new Set<string>();
  let compared = 0;
  let widened = 0;
  for (const seed of SEEDS) {
    const g = generate(seed);
    const r = compile(g.sources, { target: 'gateway-api', listenHttp: '127.0.0.1:18080', listenHttps: '127.0.0.1:18443', backends: SERVICES.map((s) => `default/${s}:80=127.0.0.1:9`) });
    assert.ok(r.ok && r.ir, `seed ${seed}: compile failed: ${JSON.stringify(r.diagnostics, null, 2)}`);
    for (const f of r.files) assert.deepEqual(validateStream(f.content).problems, [], `seed ${seed}: ${f.path}`);
    const ir = r.ir;
    const ups = new Map(ir.upstreams.map((u) => [u.id, u.service]));
    const fallHosts = flaggedHosts(r.diagnostics, 'IC4503');
    for (const fallThrough of [false, true]) {
      const model = modelOf(r, { fallThrough });
      for (const req of requests(g, seed, PER_SEED, 18080)) {
        if (fallThrough && coveredBy(fallHosts, req.host)) continue;
        const gh = gatewayHost(ir, req.host);
        if (gh.widened) widened++;
        const want = matchRequest(ir, gh.host, req.path);
        const expected = want.upstream ? ups.get(want.upstream)! : '404';
        const o = model.route({ host: req.host, path: req.path }, 18080);
        const got = o.kind === 'proxied' ? o.backend.name : o.kind === 'status' && o.status === 404 ? '404' : `${o.kind} ${o.status}`;
        compared++;
        answers.add(expected);
        vias.add(want.via);
        if (got !== expected) disagreements.push(`seed ${seed} fallThrough=${fallThrough}: GET http://${req.host}${req.path} → ${got}, match: ${expected} (${want.via}${want.route ? ` ${want.route.match} ${want.route.path}` : ''}) [route ${'route' in o ? o.route : '(none)'}]`);
      }
    }
  }
  assert.ok(compared >= SEEDS.length * PER_SEED, `only ${compared} requests compared`);
  assert.ok(widened > 0, 'no request exercised a widened wildcard');
  assert.ok(answers.size >= 5 && answers.has('404'), `too few distinct answers: ${[...answers].join(', ')}`);
  assert.deepEqual([...vias].sort(), ['default-backend', 'not-found', 'route', 'vhost-fallback']);
  assert.deepEqual(disagreements.slice(0, 30), [], `${disagreements.length} disagreements with match()`);
});
