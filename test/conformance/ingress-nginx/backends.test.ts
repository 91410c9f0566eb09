// Runs the ported backend-protocol / gRPC / proxy-ssl / service-upstream cases (backend-cases.ts)
// live on every proxy target whose support rows claim the case's annotations: real HTTPS and gRPC
// backends behind the real proxy. A target without a row for one of the keys must refuse the case
// (IC2101/IC2102/IC3071, fail closed). Traefik: backends-evaluated.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writeFiles } from '../../e2e/run-table.js';
import { skipReason, startProxy, type ProxyKind } from '../../harness/index.js';
import { BACKEND_CASES } from './backend-cases.js';
import { backendCtx, claimed, compileCase, runRequests, startBackends } from './backend-run.js';

const LIVE: readonly ProxyKind[] = ['nginx', 'haproxy', 'envoy', 'caddy'];

for (const kind of LIVE) {
  for (const c of BACKEND_CASES) {
    const name = `${kind}: ${c.source}: ${c.it}`;
    test(name, { skip: skipReason(kind) }, async () => {
      const ctx = backendCtx();
      const backends = await startBackends(c, ctx);
      try {
        if (c.compileError) {
          const r = compileCase(c, kind, ctx, backends.ports, { http: 18080, https: 18443 });
          assert.equal(r.ok, false);
          assert.ok(r.diagnostics.some((d) => d.code === c.compileError && d.loc !== undefined), r.diagnostics.map((d) => d.code).join(' '));
          return;
        }
        if (!claimed(c, kind)) {
          // Fail closed: a key without a row on this target is refused, never silently dropped.
          const r = compileCase(c, kind, ctx, backends.ports, { http: 18080, https: 18443 });
          assert.equal(r.ok, false, `${kind} has no row for a key of this case and must refuse it`);
          assert.ok(r.diagnostics.some((d) => d.code === 'IC2102' || d.code === 'IC2101' || d.code === 'IC3071'), r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
          return;
        }
        let compileError: string | undefined;
        const proxy = await startProxy({
          kind,
          build: (ports, dir) => {
            const r = compileCase(c, kind, ctx, backends.ports, ports);
            if (!r.ok) {
              compileError = r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n');
              throw new Error(`compile failed:\n${compileError}`);
            }
            writeFiles(dir, r.files);
          },
        });
        try {
          const problems = await runRequests(c, proxy.ports, { noH2c: kind === 'nginx', unusableBackend: kind === 'nginx' || kind === 'caddy' ? 502 : 503 });
          assert.deepEqual(problems, [], `${c.translation}\n${problems.join('\n')}`);
        } finally {
          await proxy.stop();
        }
      } finally {
        await backends.close();
      }
    });
  }
}
