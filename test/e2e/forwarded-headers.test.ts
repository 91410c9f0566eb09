/**
 * A client cannot spoof the forwarded headers (ingress-nginx's defaults, forwarded-live.ts), live
 * on every proxy target.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { skipReason, type ProxyKind } from '../harness/index.js';
import { LIVE } from './configmap-live.js';
import { DEFAULT_PROBES, runFwd } from './forwarded-live.js';

for (const kind of LIVE)
  test(`${kind}: a client cannot spoof the forwarded headers (ingress-nginx defaults), live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    assert.deepEqual(await runFwd(kind, DEFAULT_PROBES), []);
  });
