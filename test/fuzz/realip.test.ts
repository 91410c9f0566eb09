/**
 * The ConfigMap's realip keys (use-forwarded-headers, enable-real-ip, use-proxy-protocol with
 * proxy-real-ip-cidr and forwarded-for-header) with generated, near-valid and hostile CIDR lists
 * and header names, on every target. Each compile either fails with located errors, or: a target
 * without the mode has failed (never a silent peer-only output); the IR trusts exactly the parsed
 * CIDRs (none: no realip) and reads exactly the parsed header; every trusted CIDR is in the
 * output in the target's own form; no hostile value reaches an output. Fixed seed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TARGETS } from '../../src/options.js';
import { parseConfigValue } from '../../src/providers/ingress-nginx/configmap/read.js';
import { KEY_SUPPORT } from '../../src/providers/ingress-nginx/configmap/support.js';
import { sourceRange } from './generators.js';
import { PAYLOADS } from './payloads.js';
import { compileWithConfigMap, configMapText } from './configmap-compile.js';

const SEED = 20261208;
const RUNS = 60;
const INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: app, namespace: default, annotations: {nginx.ingress.kubernetes.io/whitelist-source-range: "10.0.0.0/8"}}
spec:
  rules:
  - host: a.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
`;

const hostile = fc.constantFrom(...PAYLOADS.filter((p) => p.length < 200));
const cidrs = fc.oneof({ weight: 3, arbitrary: sourceRange }, { weight: 1, arbitrary: hostile }, { weight: 1, arbitrary: fc.constantFrom('', '0.0.0.0/0', '::/0, 0.0.0.0/0', '127.0.0.1', '10.0.0.0/33', '1.2.3.4/8', 'fe80::1%eth0') });
const header = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('X-Forwarded-For', 'x-forwarded-for', 'X-Real-IP', 'X-Client-IP', 'CF-Connecting-IP', 'True-Client-Ip') },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/) },
  { weight: 1, arbitrary: hostile },
  { weight: 1, arbitrary: fc.constantFrom('X_Client', 'X Client', '$x', 'a"b', 'x{y}', '') },
);
const mode = fc.constantFrom('use-forwarded-headers', 'enable-real-ip', 'use-proxy-protocol');
const cm = fc.record({ mode, cidrs: fc.option(cidrs, { nil: undefined }), header: fc.option(header, { nil: undefined }) });

/** How each target writes one trusted CIDR. */
const CIDR_FORM: Record<string, (c: string) => string> = {
  nginx: (c) => `set_real_ip_from ${c};`,
  haproxy: (c) => ` ${c}`,
  envoy: (c) => `"address_prefix": "${c.split('/')[0]}"`,
  caddy: (c) => `"${c}"`,
};

test(`fuzz: ${RUNS} realip ConfigMaps × ${TARGETS.length} targets: located errors, or exactly the parsed trust`, () => {
  let accepted = 0;
  fc.assert(
    fc.property(cm, (m) => {
      const data: Record<string, string> = { [m.mode]: 'true', ...(m.cidrs !== undefined ? { 'proxy-real-ip-cidr': m.cidrs } : {}), ...(m.header !== undefined ? { 'forwarded-for-header': m.header } : {}) };
      const text = configMapText(data);
      for (const target of TARGETS) {
        const r = compileWithConfigMap(INGRESS, text, target);
        if (!r) continue;
        accepted++;
        // A target without the mode never compiles it into an output that judges the peer only.
        assert.ok(KEY_SUPPORT[m.mode]?.[target], `${target}: ${m.mode} accepted without support: ${JSON.stringify(data)}`);
        const parsed = m.cidrs === undefined ? ['0.0.0.0/0'] : (parseConfigValue('cidrs', m.cidrs) as { value?: string[] }).value;
        assert.ok(parsed, `${target}: accepted proxy-real-ip-cidr ${JSON.stringify(m.cidrs)}`);
        const f = r.ir!.forwarded!;
        if (parsed.length === 0) assert.equal(f.realIp, undefined, `${target}: "" trusts nobody`);
        else {
          assert.deepEqual(f.realIp?.trusted, parsed, `${target}: ${JSON.stringify(data)}`);
          assert.equal(f.realIp?.proxyProtocol === true, m.mode === 'use-proxy-protocol');
          if (m.mode !== 'use-proxy-protocol') assert.equal(f.realIp?.header, m.header ?? 'X-Forwarded-For');
          const out = r.files.map((x) => x.content).join('\n');
          // Envoy's PROXY listener filter trusts every peer: only given where proxy-real-ip-cidr does too.
          if (target === 'envoy' && m.mode === 'use-proxy-protocol') assert.ok(parsed.includes('0.0.0.0/0') && out.includes('envoy.filters.listener.proxy_protocol'), JSON.stringify(data));
          else for (const c of parsed) assert.ok(out.includes(CIDR_FORM[target]!(c)), `${target}: trusted ${c} not in the output`);
        }
        assert.equal(f.proxyProtocol === true, m.mode === 'use-proxy-protocol');
        for (const v of Object.values(data)) {
          if (v.length < 6 || !/[;{}"'$`\n\\]/.test(v)) continue;
          for (const x of r.files) assert.ok(!x.content.includes(v), `${target}: ${JSON.stringify(v)} in ${x.path}`);
        }
      }
    }),
    { seed: SEED, numRuns: RUNS },
  );
  assert.ok(accepted >= RUNS, `only ${accepted} accepted compiles`);
});
