/**
 * The auth-proxy-set-headers cases (auth-headers-cases.ts) on every target of the ported runner:
 * live on nginx, HAProxy, Envoy and Caddy, refused (IC2101) by Traefik. The full conformance run
 * includes them too; this runs only them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TargetName } from '../../../src/index.js';
import { skipReason, type ProxyKind } from '../../harness/index.js';
import { AUTH_HEADER_CASES } from './auth-headers-cases.js';
import { runPorted } from './run.js';

const ours = new Set(AUTH_HEADER_CASES);

for (const target of ['nginx', 'haproxy', 'envoy', 'caddy', 'traefik'] as TargetName[])
  test(`${target}: auth-proxy-set-headers cases`, { skip: target === 'traefik' ? undefined : skipReason(target as ProxyKind) }, async () => {
    const results = await runPorted(target, (c) => ours.has(c));
    assert.equal(results.length, AUTH_HEADER_CASES.length);
    const failed = results.filter((r) => r.outcome === 'failed').map((r) => `${r.name}: ${r.reason}${r.details ? `\n${r.details}` : ''}`);
    assert.deepEqual(failed, []);
    // Traefik refuses every case (fail closed); the live targets serve all but the denied ones.
    const refused = results.filter((r) => r.outcome === 'n/a').length;
    assert.equal(refused, target === 'traefik' ? AUTH_HEADER_CASES.length : AUTH_HEADER_CASES.filter((c) => c.deniedWith).length);
  });
