import assert from 'node:assert/strict';
import { test } from 'node:test';
import { versionLine } from '../harness/proxies.js';

// Reports (the README's conformance block, BENCHMARKS.md) name the proxy version, never the path of
// this machine's binary.
test('proxy version lines carry the version, not the binary path', () => {
  assert.equal(versionLine('envoy', '/work/main/.proxies/bin/envoy  version: 9e55/1.40.0/Clean/RELEASE/BoringSSL'), 'envoy version: 9e55/1.40.0/Clean/RELEASE/BoringSSL');
  assert.equal(versionLine('caddy', 'v2.11.7 h1:abc='), 'v2.11.7');
  assert.equal(versionLine('nginx', 'nginx version: nginx/1.22.1'), 'nginx version: nginx/1.22.1');
});
