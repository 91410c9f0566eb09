/**
 * The controller ConfigMap's limit-req-status-code and limit-conn-status-code, live: nginx.tmpl
 * writes them as the http block's limit_req_status / limit_conn_status, so every request a rate
 * or connection limit refuses is answered that status instead of 503. A status HAProxy has no
 * error page for (418) is answered by a bare `return`; Envoy refuses statuses its enum lacks.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TargetName } from '../../src/index.js';
import { send, skipReason, startEcho, startProxy, type ProxyKind } from '../harness/index.js';
import { buildCase, type Case } from './configmap-live.js';
import { writeFiles } from './run-table.js';


const CASE: Case = {
  data: { 'limit-req-status-code': '429', 'limit-conn-status-code': '418' },
  ingresses: [
    // limit-rps 1 with multiplier 1: two requests at once pass, the rest of a burst is refused.
    { name: 'rps', host: 'rps.cm.test', annotations: { 'limit-rps': '1', 'limit-burst-multiplier': '1' } },
    { name: 'conn', host: 'conn.cm.test', annotations: { 'limit-connections': '1' } },
  ],
};

/** Envoy refuses limit-connections (no per-client concurrency limit): its case is the rate limit alone. */
const caseFor = (t: TargetName): Case => (t === 'envoy' ? { ...CASE, ingresses: CASE.ingresses.filter((i) => i.name !== 'conn') } : CASE);

/** `n` requests sent at once; the statuses, counted. */
async function burst(port: number, host: string, n: number, path = '/'): Promise<Record<number, number>> {
  const statuses = await Promise.all(Array.from({ length: n }, () => send({ port, host, path, timeoutMs: 20_000 }).then((r) => r.status, () => 0)));
  const counts: Record<number, number> = {};
  for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
}

for (const kind of ['nginx', 'haproxy', 'envoy'] as const)
  test(`${kind}: requests refused by a limit get the ConfigMap's status, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    const echo = await startEcho('echo');
    let proxy;
    try {
      proxy = await startProxy({
        kind,
        build: (ports, dir) => {
          const r = buildCase(caseFor(kind), kind, ports, echo.port);
          assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
          writeFiles(dir, r.files);
        },
      });
      const rps = await burst(proxy.ports.http, 'rps.cm.test', 10);
      assert.deepEqual(Object.keys(rps).map(Number).sort(), [200, 429], `limit-rps burst: ${JSON.stringify(rps)}`);
      if (kind !== 'envoy') {
        // The rate burst's connections come from the same client and may still be counted by the proxy
        // for a moment after they close (HAProxy's sc_conn_cur): wait until one request passes alone.
        for (let i = 0; i < 50 && (await send({ port: proxy.ports.http, host: 'conn.cm.test', path: '/' })).status !== 200; i++) await new Promise((r) => setTimeout(r, 100));
        // The backend holds each request 1.5 s: one is served, the others (concurrent) refused.
        const conn = await burst(proxy.ports.http, 'conn.cm.test', 4, '/sleep?delay=1500');
        assert.deepEqual(Object.keys(conn).map(Number).sort(), [200, 418], `limit-connections burst: ${JSON.stringify(conn)}`);
      }
    } finally {
      await proxy?.stop();
      await echo.close();
    }
  });

test('the IR and the outputs: the statuses where the target honours them; Envoy refuses a status its enum lacks, located', () => {
  const ports = { http: 8080, https: 8443 };
  const nginx = buildCase(CASE, 'nginx', ports, 9);
  assert.ok(nginx.ok);
  assert.deepEqual(nginx.ir!.limitStatus, { requests: 429, connections: 418 });
  const conf = nginx.files.find((f) => f.path === 'nginx.conf')!.content;
  assert.match(conf, /^ {4}limit_req_status 429;$/m);
  assert.match(conf, /^ {4}limit_conn_status 418;$/m);
  const haproxy = buildCase(CASE, 'haproxy', ports, 9);
  const cfg = haproxy.files.find((f) => f.path === 'haproxy.cfg')!.content;
  assert.match(cfg, /http-request deny deny_status 429 if \{ sc_gpc_rate/);
  assert.match(cfg, /http-request return status 418 if \{ sc_conn_cur/);
  const envoy = buildCase({ ...caseFor('envoy'), data: { 'limit-req-status-code': '418' } }, 'envoy', ports, 9);
  assert.equal(envoy.ok, false);
  assert.deepEqual(envoy.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.loc?.file}:${d.loc?.line}`), ['IC3153 cm.yaml:5']);
  // Without the keys nothing is written: nginx's default (503) stands.
  const plain = buildCase({ ...CASE, data: {} }, 'nginx', ports, 9);
  assert.equal(plain.ir!.limitStatus, undefined);
  assert.doesNotMatch(plain.files.find((f) => f.path === 'nginx.conf')!.content, /limit_(req|conn)_status/);
});

test('values: 400 to 599 in decimal, else IC2300 at the key', () => {
  for (const v of ['399', '600', '0429', '4e2', '429 ', 'x']) {
    const r = buildCase({ ...CASE, data: { 'limit-req-status-code': v } }, 'nginx', { http: 8080, https: 8443 }, 9);
    assert.equal(r.ok, false, v);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC2300').map((d) => d.loc?.line), [5], v);
  }
});
