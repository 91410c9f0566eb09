/**
 * ssl-passthrough under hostile input (fixed seed): generated values of the annotation (the Go
 * boolean spellings, near misses and payloads) on Ingresses with generated hosts. Every case either
 * fails with located errors or compiles, for every target that honours the key, to an output whose
 * passthrough hosts are exactly the IR's (each appears, quoted the target's way, where the SNI is
 * matched) and, for a sample, passes the proxy's own validator. The whole-output oracle of
 * fuzz.test.ts does not model the layer-4 directives, so its generator leaves the key off.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compile, type TargetName } from '../../src/index.js';
import type { ProxyKind } from '../harness/proxies.js';
import { passthroughSkipReason } from '../harness/nginx-stream.js';
import { host, payload } from './generators.js';
import { realValidate } from './runner.js';

const SEED = 20261207;
const TARGETS: TargetName[] = ['nginx', 'haproxy', 'envoy', 'traefik', 'gateway-api'];
const BOOL = ['true', 'True', 'TRUE', '1', 't', 'T', 'false', 'False', '0', 'f', 'F', 'FALSE'];

const value = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...BOOL) }, { weight: 1, arbitrary: fc.constantFrom('yes', 'on', ' true', 'true\t', 'tru', '') }, { weight: 2, arbitrary: payload });
const cases = fc.record({ value, host, second: fc.boolean() });
type Case = { value: string; host: string; second: boolean };

const manifest = (c: Case): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: pt
  namespace: default
  annotations:
    nginx.ingress.kubernetes.io/ssl-passthrough: ${JSON.stringify(c.value)}
spec:
  rules:
  - host: ${JSON.stringify(c.host)}
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: tls, port: {number: 443}}}}
      - {path: /x, pathType: Prefix, backend: {service: {name: app, port: {number: 80}}}}
${c.second ? `  - host: "other.test"
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: app, port: {number: 80}}}}
` : ''}`;

const build = (text: string, target: TargetName) =>
  compile([{ path: 'ing.yaml', text }], { target, backends: ['default/tls:443=127.0.0.1:9443', 'default/app:80=127.0.0.1:9,127.0.0.1:10'] });

/** How each target writes an SNI host where it matches it. */
const sniForm: Record<string, (h: string) => string> = {
  nginx: (h) => `"${h}" ingressc_passthrough;`,
  haproxy: (h) => `req.ssl_sni,lower -m str ${h} }`,
  envoy: (h) => `"passthrough:${h}"`,
  traefik: (h) => `HostSNI(\`${h}\`)`,
  'gateway-api': (h) => `hostname: "${h}"\n      port: `,
};

test('ssl-passthrough fuzz: hostile values and hosts are refused with located errors or emitted exactly as the IR says', () => {
  let passed = 0;
  let rejected = 0;
  fc.assert(
    fc.property(cases, (c) => {
      const text = manifest(c);
      for (const target of TARGETS) {
        const r = build(text, target);
        if (!r.ok) {
          rejected++;
          for (const d of r.diagnostics.filter((x) => x.severity === 'error')) assert.ok(d.loc || d.code === 'IC5002', `${target}: unlocated ${d.code} ${d.message}`);
          continue;
        }
        const on = /^(1|t|T|TRUE|true|True)$/.test(c.value);
        const hosts = (r.ir!.passthrough ?? []).map((p) => p.host);
        // With a true value every exact host of the Ingress is passed through (the annotation is the
        // Ingress's), a wildcard never; with any other value none.
        const named = [c.host, ...(c.second ? ['other.test'] : [])].filter((h) => !h.startsWith('*')).map((h) => h.toLowerCase().replace(/\.$/, ''));
        assert.deepEqual(hosts, on ? [...new Set(named)].sort() : [], `${target}: ${JSON.stringify(c)}`);
        const out = r.files.map((f) => f.content).join('\n');
        for (const h of hosts) assert.ok(out.includes(sniForm[target]!(h)), `${target}: SNI ${h} not matched in the output`);
        if (!hosts.length) assert.doesNotMatch(out, /ssl_preread|req\.ssl_sni|tcp_proxy|HostSNI|TLSRoute/, `${target}: passthrough output without a passthrough host`);
        if (hosts.length) passed++;
      }
    }),
    { seed: SEED, numRuns: 80 },
  );
  assert.ok(passed > 20 && rejected > 20, `passed through ${passed}, rejected ${rejected}`);
});

for (const target of ['nginx', 'haproxy', 'envoy'] as const) {
  test(`ssl-passthrough fuzz: a sample of accepted ${target} outputs passes the proxy's validator`, { skip: passthroughSkipReason(target as ProxyKind) }, async () => {
    const sample = fc.sample(cases, { seed: SEED + 1, numRuns: 60 });
    let validated = 0;
    for (const c of sample) {
      const r = build(manifest(c), target);
      if (!r.ok || !r.ir?.passthrough?.length) continue;
      const v = await realValidate(target, r);
      assert.ok(v.ok, `${target} refused:\n${v.output}\n---\n${manifest(c)}`);
      if (++validated >= 4) break;
    }
    assert.ok(validated >= 2, `only ${validated} accepted cases to validate`);
  });
}
