/**
 * The controller ConfigMap's proxy-cookie-domain, proxy-cookie-path and proxy-redirect-from, live:
 * the global defaults of the annotations of the same name (proxy.go falls back to the ConfigMap
 * when an Ingress does not set the annotation), so an Ingress's own value replaces each, and the
 * ConfigMap's proxy-redirect-from pairs with an Ingress's proxy-redirect-to (nginx.tmpl writes
 * proxy_redirect only when "to" is not "off"). retry-non-idempotent joins every route's retry rule.
 * On every target whose support row lists the annotation (the others refuse the key: IC3151).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TargetName } from '../../src/index.js';
import { TARGETS } from '../../src/options.js';
import { supportOf } from '../../src/providers/ingress-nginx/support.js';
import { KEY_SUPPORT } from '../../src/providers/ingress-nginx/configmap/support.js';
import { skipReason, type ProxyKind } from '../harness/index.js';
import { buildCase, LIVE, runProbes, type Case, type Probe } from './configmap-live.js';

const CASE: Case = {
  data: { 'proxy-cookie-domain': 'localhost example.org', 'proxy-cookie-path': '/one/ /', 'proxy-redirect-from': 'hello.com' },
  ingresses: [
    { name: 'app', host: 'app.cm.test' },
    { name: 'to', host: 'to.cm.test', annotations: { 'proxy-redirect-to': 'goodbye.com' } },
    { name: 'own', host: 'own.cm.test', annotations: { 'proxy-cookie-domain': 'off', 'proxy-redirect-from': 'off', 'proxy-redirect-to': 'goodbye.com' } },
  ],
};

const cookie = (c: string): string => `header=${encodeURIComponent(`Set-Cookie:${c}`)}`;
const location = (l: string): string => `header=${encodeURIComponent(`Location:${l}`)}`;

const PROBES: Probe[] = [
  { what: "the ConfigMap's cookie domain and path", host: 'app.cm.test', path: `/?${cookie('a=1; Domain=localhost; Path=/one/two')}`, expect: 200, responseHeaderMatch: { 'set-cookie': /^a=1; Domain=example\.org; Path=\/two$/ } },
  { what: "the ConfigMap's proxy-redirect-from alone changes no Location", host: 'app.cm.test', path: `/?${location('hello.com/a')}`, expect: 200, responseHeaders: { location: 'hello.com/a' } },
  { what: "the ConfigMap's proxy-redirect-from with the Ingress's proxy-redirect-to", host: 'to.cm.test', path: `/?${location('hello.com/a')}`, expect: 200, responseHeaders: { location: 'goodbye.com/a' } },
  { what: "an Ingress's own proxy-cookie-domain (off) replaces the ConfigMap's; the path still comes from it", host: 'own.cm.test', path: `/?${cookie('a=1; Domain=localhost; Path=/one/two')}`, expect: 200, responseHeaderMatch: { 'set-cookie': /^a=1; Domain=localhost; Path=\/two$/ } },
  { what: "an Ingress's own proxy-redirect-from (off) replaces the ConfigMap's", host: 'own.cm.test', path: `/?${location('hello.com/a')}`, expect: 200, responseHeaders: { location: 'hello.com/a' } },
];

const build = (target: TargetName, ports: { http: number; https: number }, echo: number, c: Case = CASE) => buildCase(c, target, ports, echo);

const honours = (t: TargetName): boolean => ['proxy-cookie-domain', 'proxy-cookie-path', 'proxy-redirect-from', 'proxy-redirect-to'].every((a) => supportOf(a, t) !== undefined);

for (const kind of LIVE.filter(honours))
  test(`${kind}: ConfigMap proxy-cookie-domain, proxy-cookie-path, proxy-redirect-from, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    assert.deepEqual(await runProbes(kind, (ports, echo) => build(kind, ports, echo), PROBES), []);
  });

test('the IR: each Ingress gets the ConfigMap value of what it does not set itself', () => {
  const r = build('nginx', { http: 8080, https: 8443 }, 9);
  assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
  const rw = Object.fromEntries(r.ir!.vhosts.map((v) => [v.name, v.prefix[0]?.responseRewrites]));
  assert.deepEqual(rw['app.cm.test'], { cookieDomain: { from: 'localhost', to: 'example.org' }, cookiePath: { from: '/one/', to: '/' } });
  assert.deepEqual(rw['to.cm.test'], { location: { from: 'hello.com', to: 'goodbye.com' }, cookieDomain: { from: 'localhost', to: 'example.org' }, cookiePath: { from: '/one/', to: '/' } });
  assert.deepEqual(rw['own.cm.test'], { cookiePath: { from: '/one/', to: '/' } });
});

test('targets without the response rewrites refuse the keys, located at each (IC3151)', () => {
  const refusing = TARGETS.filter((t) => !honours(t));
  assert.ok(refusing.length > 0);
  for (const target of refusing) {
    const r = build(target, { http: 8080, https: 8443 }, 9);
    assert.equal(r.ok, false, target);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC3151' && d.loc?.file === 'cm.yaml').map((d) => d.loc!.line).sort(), [5, 6, 7], target);
  }
});

test('values: the annotations\' grammar, else IC2300 at the key', () => {
  for (const [k, v] of [['proxy-cookie-domain', 'localhost'], ['proxy-cookie-path', '~/a /b'], ['proxy-redirect-from', 'a b'], ['proxy-redirect-from', '~hello']] as const) {
    const r = build('nginx', { http: 8080, https: 8443 }, 9, { ...CASE, data: { [k]: v } });
    assert.equal(r.ok, false, `${k}: ${v}`);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC2300').map((d) => d.loc?.line), [5], `${k}: ${v}`);
  }
});

test('retry-non-idempotent: every route of a target that honours it retries a sent POST, whatever its annotations list; "off" stays off', () => {
  const c: Case = {
    data: { 'retry-non-idempotent': 'true' },
    ingresses: [
      { name: 'plain', host: 'plain.cm.test' },
      { name: 'listed', host: 'listed.cm.test', annotations: { 'proxy-next-upstream': 'error http_502' } },
      { name: 'never', host: 'off.cm.test', annotations: { 'proxy-next-upstream': 'off' } },
    ],
  };
  for (const target of Object.keys(KEY_SUPPORT['retry-non-idempotent']!) as TargetName[]) {
    const r = build(target, { http: 8080, https: 8443 }, 9, c);
    assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
    const retry = Object.fromEntries(r.ir!.vhosts.map((v) => [v.name, v.prefix[0]?.policies?.upstreamTuning?.retry]));
    assert.deepEqual(retry['plain.cm.test'], { on: ['error', 'timeout'], nonIdempotent: true, tries: 3, timeoutSeconds: 0 }, target);
    assert.deepEqual(retry['listed.cm.test'], { on: ['error', 'http_502'], nonIdempotent: true, tries: 3, timeoutSeconds: 0 }, target);
    assert.deepEqual(retry['off.cm.test'], { on: [], nonIdempotent: false, tries: 3, timeoutSeconds: 0 }, target);
  }
  // The emitted words: nginx lists non_idempotent; HAProxy no longer stops a sent POST from being retried.
  const nginx = build('nginx', { http: 8080, https: 8443 }, 9, c);
  assert.match(nginx.files.find((f) => f.path === 'nginx.conf')!.content, /proxy_next_upstream error timeout non_idempotent;/);
  // (The routes use the upstream's variants, ".vN"; the base backend keeps the default rule.)
  const variants = (cfg: Case): string[] => build('haproxy', { http: 8080, https: 8443 }, 9, cfg).files.find((f) => f.path === 'haproxy.cfg')!.content.split('\nbackend ').filter((b) => /^\S+\.v\d+\n/.test(b));
  assert.equal(variants(c).length, 3);
  for (const b of variants(c)) assert.doesNotMatch(b, /disable-l7-retry/);
  // Without the key, the default rule keeps a sent POST where it went.
  assert.match(build('haproxy', { http: 8080, https: 8443 }, 9, { ...c, data: {} }).files.find((f) => f.path === 'haproxy.cfg')!.content, /disable-l7-retry/);
});

test('retry-non-idempotent where it is not honoured: one warning (IC3152) at the key, and the compile succeeds', () => {
  for (const target of TARGETS.filter((t) => !KEY_SUPPORT['retry-non-idempotent']![t])) {
    const r = build(target, { http: 8080, https: 8443 }, 9, { data: { 'retry-non-idempotent': 'true' }, ingresses: [{ name: 'plain', host: 'plain.cm.test' }] });
    assert.ok(r.ok, target);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC3152').map((d) => d.loc?.line), [5], target);
  }
});
