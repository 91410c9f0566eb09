/**
 * A client cannot spoof the forwarded headers (ingress-nginx's defaults, forwarded-live.ts), live
 * on every proxy target.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { skipReason, type ProxyKind } from '../harness/index.js';
import { passthroughSkipReason } from '../harness/nginx-stream.js';
import { ingressYaml, LIVE } from './configmap-live.js';
import { DEFAULT_PROBES, runFwd } from './forwarded-live.js';

for (const kind of LIVE)
  test(`${kind}: a client cannot spoof the forwarded headers (ingress-nginx defaults), live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    assert.deepEqual(await runFwd(kind, DEFAULT_PROBES), []);
  });

// With ssl-passthrough on another host, the other hosts' HTTPS requests are still proxied with their listener's
// scheme and port (nginx's TLS listener is then an internal socket behind the stream proxy).
for (const kind of ['nginx', 'haproxy', 'envoy'] as const)
  test(`${kind}: forwarded headers beside an ssl-passthrough host, live`, { skip: passthroughSkipReason(kind) }, async () => {
    const pt = [{ path: 'pt.yaml', text: ingressYaml('pt', 'pt.test', { 'ssl-passthrough': 'true' }) }];
    assert.deepEqual(await runFwd(kind, DEFAULT_PROBES.filter((p) => p.https), undefined, {}, pt), []);
  });
