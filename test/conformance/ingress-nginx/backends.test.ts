// Runs the ported backend-protocol / gRPC / proxy-ssl / service-upstream cases (backend-cases.ts)
// live on every proxy target whose support rows claim the case's annotations: real HTTPS and gRPC
// backends behind the real proxy. A target without a row for one of the keys must refuse the case
// (IC2101/IC2102/IC3071, fail closed). Traefik and Gateway API: backends-evaluated.test.ts. The
// conformance runner (npm run conformance) runs the same cases (feature "ingress-nginx/backends").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { skipReason, type ProxyKind } from '../../harness/index.js';
import { BACKEND_CASES } from './backend-cases.js';
import { runLiveCase } from './backend-run.js';

const LIVE: readonly ProxyKind[] = ['nginx', 'haproxy', 'envoy', 'caddy'];

for (const kind of LIVE)
  for (const c of BACKEND_CASES)
    test(`${kind}: ${c.source}: ${c.it}`, { skip: skipReason(kind) }, async () => {
      const r = await runLiveCase(c, kind);
      assert.notEqual(r.outcome, 'failed', `${r.reason}\n${r.details ?? ''}`);
    });
