/**
 * The upstream tuning family under hostile values (fixed seed): Ingresses with generated
 * proxy-buffering ... proxy-next-upstream* / connection-proxy-header values. Every case either
 * fails with located errors or compiles for every target to an output that (a) carries the IR's
 * tuning where the target has a row (nginx's directives, HAProxy's retries), (b) holds no value
 * the grammar refused, and (c) passes the proxy's own validator, for a sample.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compile, type TargetName } from '../../src/index.js';
import { TUNING_KEYS } from '../../src/providers/ingress-nginx/families/upstream-tuning.js';
import { skipReason, type ProxyKind } from '../harness/proxies.js';
import { payload } from './generators.js';
import { realValidate } from './runner.js';

const SEED = 20261207;
const TARGETS: TargetName[] = ['nginx', 'haproxy', 'envoy', 'caddy', 'traefik', 'gateway-api'];

/** Values ingress-nginx's users write, near misses, and injection attempts. */
const VALUES: Readonly<Record<string, readonly string[]>> = {
  'proxy-buffering': ['on', 'off', 'On', 'OFF', 'yes', 'true', 'on;', ''],
  'proxy-request-buffering': ['on', 'off', 'Off', '0', 'off"', ''],
  'proxy-buffer-size': ['4k', '8k', '16k', '128k', '1m', '4096', '0', '1g', '8 k', '8kb', '-4k', '4k; return 200'],
  'proxy-buffers-number': ['2', '4', '8', '32', '1', '0', '1025', '4k', '+4', '04'],
  'proxy-busy-buffers-size': ['8k', '16k', '64k', '0', '1m', '16kb'],
  'proxy-max-temp-file-size': ['0', '1024m', '1m', '2k', '1g', 'off'],
  'proxy-http-version': ['1.0', '1.1', '2', '2.0', 'HTTP/1.1', '1.1 '],
  'proxy-next-upstream': ['error timeout', 'error timeout http_502', 'off', 'error timeout non_idempotent', 'http_503 http_504 http_429', 'error  timeout', 'errortimeout', 'error,timeout', 'http_501', 'error timeout ', 'off error'],
  'proxy-next-upstream-timeout': ['0', '5', '999999', '-1', '5s', '1000000000'],
  'proxy-next-upstream-tries': ['0', '1', '3', '888888', '-3', '3x'],
  'connection-proxy-header': ['keep-alive', 'close', 'upgrade', 'keep-alive, Upgrade', 'a"b', '$http_upgrade', 'x;y', ''],
};

const value = (k: string): fc.Arbitrary<string> => fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...VALUES[k]!) }, { weight: 1, arbitrary: payload });
const annotations: fc.Arbitrary<[string, string][]> = fc.uniqueArray(fc.constantFrom(...TUNING_KEYS), { minLength: 1, maxLength: 4 }).chain((keys) => fc.tuple(...keys.map((k) => value(k).map((v): [string, string] => [k, v]))));

const manifest = (ann: readonly [string, string][]): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: t
  namespace: default
  annotations: ${JSON.stringify(Object.fromEntries(ann.map(([k, v]) => [`nginx.ingress.kubernetes.io/${k}`, v])))}
spec:
  rules:
  - host: t.test
    http:
      paths:
      - {path: /a, pathType: Prefix, backend: {service: {name: app, port: {number: 80}}}}
      - {path: /b, pathType: ImplementationSpecific, backend: {service: {name: app, port: {number: 80}}}}
`;

const build = (text: string, target: TargetName) => compile([{ path: 'ing.yaml', text }], { target, backends: ['default/app:80=127.0.0.1:9,127.0.0.1:10'] });
const outputOf = (r: ReturnType<typeof build>): string => r.files.map((f) => f.content).join('\n');

test('upstream tuning fuzz: hostile values are refused with located errors or emitted as the IR says', () => {
  let accepted = 0;
  let rejected = 0;
  fc.assert(
    fc.property(annotations, (ann) => {
      const text = manifest(ann);
      for (const target of TARGETS) {
        const r = build(text, target);
        if (!r.ok) {
          rejected++;
          const errors = r.diagnostics.filter((x) => x.severity === 'error' && x.code !== 'IC5002');
          for (const d of errors) assert.ok(d.loc, `${target}: unlocated ${d.code} ${d.message}`);
          if (errors.length) continue;
        }
        accepted++;
        const out = outputOf(r);
        // A value refused by the grammar never reaches an output.
        for (const d of r.diagnostics.filter((x) => x.code === 'IC2400')) {
          const key = /annotation nginx\.ingress\.kubernetes\.io\/(\S+):/.exec(d.message)?.[1];
          const v = ann.find(([k]) => k === key)?.[1];
          if (v && v.length > 3 && !/^[a-z0-9 ._-]*$/i.test(v)) assert.ok(!out.includes(v), `${target}: refused value ${JSON.stringify(v)} in the output`);
        }
        const t = r.ir?.vhosts[0]?.prefix.find((x) => x.path === '/a')?.policies?.upstreamTuning;
        if (target === 'nginx' && t) {
          if (t.responseBuffering !== undefined) assert.ok(out.includes(`proxy_buffering ${t.responseBuffering ? 'on' : 'off'};`));
          if (t.responseHeaderBytes !== undefined) assert.ok(out.includes(`proxy_buffer_size ${t.responseHeaderBytes};`));
          if (t.connectionHeader !== undefined) assert.ok(out.includes(`proxy_set_header Connection "${t.connectionHeader}";`));
          if (t.retry) assert.ok(out.includes(`proxy_next_upstream_tries ${t.retry.tries};`));
        }
        if (target === 'haproxy' && t?.retry) assert.ok(out.includes(t.retry.on.length ? 'option redispatch 1' : 'retries 0'), 'haproxy: retry lines missing');
        // Without a retry rule: ingress-nginx's defaults ("error timeout", 3 tries: 2 retries).
        if (target === 'haproxy' && !t?.retry) assert.ok(out.includes('retries 2\n'), 'haproxy: default retry lines missing');
        if ((target === 'envoy' || target === 'caddy') && !t?.retry) assert.match(out, target === 'envoy' ? /"num_retries": 2,/ : /"retries": ?2/, `${target}: default retries missing`);
        // connection-proxy-header: the header the backend gets (connection-header.ts).
        if (target === 'envoy' && t?.connectionHeader !== undefined) assert.match(out, new RegExp(`"key": "Connection",\\s*"value": ${JSON.stringify(t.connectionHeader)}`), 'envoy: Connection header missing');
        if (target === 'caddy' && t?.connectionHeader !== undefined) assert.ok(out.includes(`"Connection": [${JSON.stringify(t.connectionHeader)}]`), 'caddy: Connection header missing');
      }
    }),
    { seed: SEED, numRuns: 120 },
  );
  assert.ok(accepted > 60 && rejected > 30, `accepted ${accepted}, rejected ${rejected}`);
});

for (const target of ['nginx', 'haproxy', 'envoy', 'caddy'] as const) {
  test(`upstream tuning fuzz: a sample of accepted ${target} outputs passes the proxy's validator`, { skip: skipReason(target as ProxyKind) }, async () => {
    const sample = fc.sample(annotations, { seed: SEED + 1, numRuns: 60 });
    let validated = 0;
    for (const a of sample) {
      const r = build(manifest(a), target);
      if (!r.ok || !r.ir?.vhosts[0]?.prefix.some((x) => x.policies?.upstreamTuning)) continue;
      const v = await realValidate(target, r);
      assert.ok(v.ok, `${target} refused:\n${v.output}\n---\n${manifest(a)}`);
      if (++validated >= 5) break;
    }
    assert.ok(validated >= 2, `only ${validated} accepted cases with tuning to validate`);
  });
}
