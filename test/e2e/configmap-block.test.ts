/**
 * The controller ConfigMap's block-cidrs, live: the listed addresses are refused (403) on every
 * route, with an Ingress's own deny list and also where an Ingress has an allow list (stricter
 * than ingress-nginx, whose http-level deny those locations do not inherit: the support cell says
 * so); other clients are served as before. Where the IR cannot carry the restriction (a default
 * backend) or the target has no deny list, compile fails at the key (IC3150).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TargetName } from '../../src/index.js';
import { TARGETS } from '../../src/options.js';
import { KEY_SUPPORT } from '../../src/providers/ingress-nginx/configmap/support.js';
import { skipReason, type ProxyKind } from '../harness/index.js';
import { buildCase, LIVE, runProbes, type Case, type Probe } from './configmap-live.js';

const CASE: Case = {
  data: { 'block-cidrs': '127.0.0.2, 127.0.0.3/32', 'denylist-source-range': '127.0.0.5' },
  ingresses: [
    { name: 'app', host: 'app.cm.test' },
    { name: 'allow', host: 'allow.cm.test', annotations: { 'whitelist-source-range': '127.0.0.0/24' } },
    { name: 'deny', host: 'deny.cm.test', annotations: { 'denylist-source-range': '127.0.0.4' } },
  ],
};

const PROBES: Probe[] = [
  { what: 'a client not listed is served', host: 'app.cm.test', from: '127.0.0.1', expect: 200 },
  { what: 'a listed address is refused', host: 'app.cm.test', from: '127.0.0.2', expect: 403 },
  { what: 'a listed /32 is refused', host: 'app.cm.test', from: '127.0.0.3', expect: 403 },
  { what: "the ConfigMap's denylist-source-range applies as well", host: 'app.cm.test', from: '127.0.0.5', expect: 403 },
  { what: 'an Ingress with an allow list: a listed address is still refused', host: 'allow.cm.test', from: '127.0.0.2', expect: 403 },
  { what: 'an Ingress with an allow list: its clients are served', host: 'allow.cm.test', from: '127.0.0.4', expect: 200 },
  { what: "an Ingress with its own deny list: that list applies (the ConfigMap's denylist is replaced)", host: 'deny.cm.test', from: '127.0.0.4', expect: 403 },
  { what: "an Ingress with its own deny list: the ConfigMap's denylist no longer applies", host: 'deny.cm.test', from: '127.0.0.5', expect: 200 },
  { what: 'an Ingress with its own deny list: block-cidrs still applies', host: 'deny.cm.test', from: '127.0.0.2', expect: 403 },
];

const honours = (t: TargetName): boolean => KEY_SUPPORT['block-cidrs']?.[t] !== undefined;

for (const kind of LIVE.filter(honours))
  test(`${kind}: ConfigMap block-cidrs, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    assert.deepEqual(await runProbes(kind, (ports, echo) => buildCase(CASE, kind, ports, echo), PROBES), []);
  });

test('the IR evaluator sees the deny lists (sourceDeny of each route)', () => {
  const r = buildCase(CASE, 'nginx', { http: 8080, https: 8443 }, 9);
  assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
  const deny = Object.fromEntries(r.ir!.vhosts.map((v) => [v.name, v.prefix[0]?.policies?.sourceDeny]));
  assert.deepEqual(deny, { 'allow.cm.test': ['127.0.0.2/32', '127.0.0.3/32', '127.0.0.5/32'], 'app.cm.test': ['127.0.0.2/32', '127.0.0.3/32', '127.0.0.5/32'], 'deny.cm.test': ['127.0.0.2/32', '127.0.0.3/32', '127.0.0.4/32'] });
});

test('fail closed: targets without a deny list, and a default backend, are IC3150 at the key', () => {
  for (const target of TARGETS.filter((t) => !honours(t))) {
    const r = buildCase({ ...CASE, data: { 'block-cidrs': '127.0.0.2' } }, target, { http: 8080, https: 8443 }, 9);
    assert.equal(r.ok, false, target);
    assert.deepEqual(r.diagnostics.filter((d) => d.loc?.file === 'cm.yaml' && d.severity === 'error').map((d) => `${d.code} ${d.loc?.line}`), ['IC3150 5'], target);
  }
  for (const target of TARGETS.filter(honours)) {
    const r = buildCase({ ...CASE, data: { 'block-cidrs': '127.0.0.2' } }, target, { http: 8080, https: 8443 }, 9, [], { defaultBackend: 'default/echo:80' });
    assert.equal(r.ok, false, target);
    assert.deepEqual(r.diagnostics.filter((d) => d.loc?.file === 'cm.yaml' && d.severity === 'error').map((d) => `${d.code} ${d.loc?.line}`), ['IC3150 5'], target);
  }
});

test('block-cidrs values: addresses and CIDRs, else IC2300 at the key', () => {
  for (const v of ['10.0.0.0/33', 'example.com', '10.0.0.1;', '1.2.3.4 5.6.7.8']) {
    const r = buildCase({ ...CASE, data: { 'block-cidrs': v } }, 'nginx', { http: 8080, https: 8443 }, 9);
    assert.equal(r.ok, false, v);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC2300').map((d) => d.loc?.line), [5], v);
  }
});
