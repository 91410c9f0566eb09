/**
 * Hostile controller ConfigMaps: every registry key (and unknown ones) with valid, near-valid and
 * hostile values, on every target. Each compile either fails with located errors, or succeeds
 * with exactly the parsed values of the honoured keys on the routes of an Ingress without
 * annotations, and no hostile value in any output file. Fixed seed (deterministic).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { RouteTable } from '../../src/index.js';
import { TARGETS } from '../../src/options.js';
import { CONFIGMAP_KEYS } from '../../src/providers/ingress-nginx/configmap/keys.js';
import { parseConfigValue } from '../../src/providers/ingress-nginx/configmap/read.js';
import { KEY_SUPPORT } from '../../src/providers/ingress-nginx/configmap/support.js';
import { supportOf } from '../../src/providers/ingress-nginx/support.js';
import { nginxSize, sourceRange } from './generators.js';
import { PAYLOADS } from './payloads.js';
import { compileWithConfigMap, configMapText, INGRESS } from './configmap-compile.js';

const SEED = 20261207;
const RUNS = 150;


const HONOURED_POLICY: Record<string, (v: unknown) => Record<string, unknown>> = {
  'whitelist-source-range': (v) => ((v as string[]).length ? { sourceAllow: v } : {}),
  'denylist-source-range': (v) => ((v as string[]).length ? { sourceDeny: v } : {}),
  'proxy-body-size': (v) => ({ maxBodyBytes: v }),
  'client-body-buffer-size': (v) => ({ bodyBufferSize: v }),
};
const TIMEOUT: Record<string, 'connect' | 'send' | 'read'> = { 'proxy-connect-timeout': 'connect', 'proxy-send-timeout': 'send', 'proxy-read-timeout': 'read' };

const hostile = fc.constantFrom(...PAYLOADS.filter((p) => p.length < 300));
const value = fc.oneof(
  hostile,
  nginxSize,
  sourceRange,
  fc.constantFrom('true', 'false', 'yes', '0', '1', '60', '5s', '+5', '308', '303', '301', '302', '307', '~*bot', 'curl/7.1, ~^Evil[0-9]+', 'X-Powered-By, x-a', 'TLSv1.3', '/.well-known/acme-challenge, /x', '~*(?=x)', '~*.*', 'default', '600', '404,503', 'TLSv1.2 TLSv1.3', 'TLSv1.4', '404,503', 'Critical', 'Low', '', 'localhost example.org', '/one/ /', 'hello.com', 'off', '4 16k', '010', '429', '418', '599', '0429', '4e2'),
);
const key = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...CONFIGMAP_KEYS.map((k) => k.key)) }, { weight: 1, arbitrary: fc.constantFrom('use-regex', 'proxy-bodysize', 'x', 'a"b') });
const data = fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 });

const routeOf = (ir: RouteTable) => ir.vhosts.flatMap((v) => v.prefix).find((r) => r.path === '/')!;

test(`fuzz: ${RUNS} hostile controller ConfigMaps × ${TARGETS.length} targets: located errors, or exactly the honoured values`, () => {
  let accepted = 0;
  fc.assert(
    fc.property(data, (d) => {
      const text = configMapText(d);
      for (const target of TARGETS) {
        const r = compileWithConfigMap(INGRESS, text, target);
        if (!r) continue;
        accepted++;
        const want: Record<string, unknown> = {};
        const timeouts: Record<string, number> = {};
        for (const [k, v] of Object.entries(d)) {
          const reg = CONFIGMAP_KEYS.find((x) => x.key === k);
          if (!reg?.annotation || !supportOf(reg.annotation, target)) continue;
          const p = parseConfigValue(reg.type, v, k);
          assert.ok('value' in p, `${target}: accepted an invalid ${k}: ${JSON.stringify(v)}`);
          if (HONOURED_POLICY[k]) Object.assign(want, HONOURED_POLICY[k](p.value));
          if (TIMEOUT[k]) timeouts[TIMEOUT[k]] = p.value as number;
        }
        if (Object.keys(timeouts).length) want.timeouts = timeouts;
        // proxy-cookie-*: the pair on the route unless "off"; proxy-redirect-from alone rewrites only as "default".
        const rw: Record<string, unknown> = {};
        for (const [k, field] of [['proxy-cookie-domain', 'cookieDomain'], ['proxy-cookie-path', 'cookiePath'], ['proxy-redirect-from', 'redirectFrom']] as const) {
          if (d[k] === undefined || !supportOf(k, target)) continue;
          const pair = (parseConfigValue('response-rewrite', d[k], k) as { value: Record<string, unknown> }).value[field];
          if (field === 'redirectFrom') {
            if (pair === 'default') rw.location = { from: 'http://upstream_balancer/', to: '/' };
          } else if (pair !== 'off') rw[field] = pair;
        }
        assert.deepEqual(routeOf(r.ir!).responseRewrites ?? {}, rw, `${target}: ${JSON.stringify(d)}`);
        // block-cidrs: refused on every route, before the ConfigMap's own deny list.
        const block = d['block-cidrs'] !== undefined && KEY_SUPPORT['block-cidrs']![target] ? (parseConfigValue('cidrs', d['block-cidrs']) as { value: string[] }).value : [];
        if (block.length) want.sourceDeny = [...new Set([...block, ...((want.sourceDeny as string[] | undefined) ?? [])])];
        assert.deepEqual(routeOf(r.ir!).policies ?? {}, want, `${target}: ${JSON.stringify(d)}`);
        // Controller-wide keys: in the IR exactly where the target honours them.
        const code = d['http-redirect-code'] !== undefined && KEY_SUPPORT['http-redirect-code']![target] ? Number(d['http-redirect-code']) : 308;
        assert.equal(r.ir!.httpsRedirectCode ?? 308, code, `${target}: ${JSON.stringify(d)}`);
        const blocks = (['block-user-agents', 'block-referers'] as const).flatMap((k) => (d[k] !== undefined && KEY_SUPPORT[k]![target] ? (parseConfigValue('block-list', d[k]) as { value: unknown[] }).value : []));
        assert.equal(r.ir!.headerBlocks?.length ?? 0, blocks.length, `${target}: ${JSON.stringify(d)}`);
        const hide = d['hide-headers'] !== undefined && KEY_SUPPORT['hide-headers']![target] ? [...new Set((parseConfigValue('header-names', d['hide-headers']) as { value: string[] }).value.map((h) => h.toLowerCase()))].sort() : [];
        assert.deepEqual(r.ir!.hideResponseHeaders ?? [], hide, `${target}: ${JSON.stringify(d)}`);
        const limitStatus = Object.fromEntries(
          ([['limit-req-status-code', 'requests'], ['limit-conn-status-code', 'connections']] as const)
            .filter(([k]) => d[k] !== undefined && KEY_SUPPORT[k]![target])
            .map(([k, f]) => [f, (parseConfigValue('refusal-status', d[k]!) as { value: number }).value]),
        );
        assert.deepEqual(r.ir!.limitStatus ?? {}, limitStatus, `${target}: ${JSON.stringify(d)}`);
        // No hostile value reaches an output: what is emitted is a number, a size, CIDRs or a boolean
        // (short values like '"' occur in any config by themselves).
        for (const [k, v] of Object.entries(d)) {
          if (v.length < 6 || !/[;{}"'$`\n\\]/.test(v)) continue;
          for (const f of r.files) assert.ok(!f.content.includes(v), `${target}: ${k} value ${JSON.stringify(v)} in ${f.path}`);
        }
      }
    }),
    { seed: SEED, numRuns: RUNS },
  );
  assert.ok(accepted >= RUNS / 4, `only ${accepted} accepted compiles`);
});
