/**
 * permanent-redirect to a path and relative-redirects, live. nginx.tmpl writes `return <code>
 * <path>;`: nginx makes the Location absolute (absolute_redirect on) from the connection's scheme
 * and the Host lowercased without its port (ingress-nginx writes port_in_redirect off), unless
 * `absolute_redirect off;` is written: in the location by the annotation, in the http block by the
 * ConfigMap's relative-redirects, which every location inherits (an Ingress's "false" writes
 * nothing, so cannot take it back). Only a path is concerned: a URL is answered verbatim, app-root
 * and the HTTPS redirect are written with a scheme and host.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TargetName } from '../../src/index.js';
import { TARGETS } from '../../src/options.js';
import { supportOf } from '../../src/providers/ingress-nginx/support.js';
import { skipReason, type ProxyKind } from '../harness/index.js';
import { buildCase, LIVE, runProbes, type Case, type Probe } from './configmap-live.js';

const ANNOTATIONS: Case = {
  data: {},
  tlsHosts: ['abs.rr.test'],
  ingresses: [
    { name: 'abs', host: 'abs.rr.test', path: '/old', tls: true, annotations: { 'permanent-redirect': '/new?a=1' } },
    { name: 'rel', host: 'rel.rr.test', path: '/old', annotations: { 'permanent-redirect': '/new', 'relative-redirects': 'true', 'permanent-redirect-code': '308' } },
    { name: 'url', host: 'url.rr.test', path: '/old', annotations: { 'permanent-redirect': 'https://elsewhere.test/x', 'relative-redirects': 'true' } },
    { name: 'root', host: 'root.rr.test', path: '/other', annotations: { 'app-root': '/app', 'relative-redirects': 'true' } },
  ],
};

const ANNOTATION_PROBES: Probe[] = [
  { what: 'a path: scheme and host, no port, the path\'s query only', host: 'abs.rr.test:8080', path: '/old/x?b=2', expect: 301, location: 'http://abs.rr.test/new?a=1' },
  // Caddy names {http.request.host} as sent (its support row is partial for that).
  { what: 'a path: the host lowercased', host: 'Abs.RR.test', path: '/old', expect: 301, location: 'http://abs.rr.test/new?a=1', only: ['nginx', 'haproxy', 'envoy'] },
  { what: 'a path over HTTPS: https', host: 'abs.rr.test', path: '/old', https: true, expect: 301, location: 'https://abs.rr.test/new?a=1' },
  { what: 'relative-redirects keeps the path', host: 'rel.rr.test:8080', path: '/old', expect: 308, location: '/new' },
  { what: 'a URL is verbatim either way', host: 'url.rr.test', path: '/old', expect: 301, location: 'https://elsewhere.test/x' },
  { what: 'app-root stays absolute (nginx.tmpl writes $scheme://$http_host)', host: 'root.rr.test', path: '/', expect: 302, location: 'http://root.rr.test/app' },
];

const CONFIGMAP: Case = {
  data: { 'relative-redirects': 'true' },
  ingresses: [
    { name: 'cm', host: 'cm.rr.test', path: '/old', annotations: { 'permanent-redirect': '/new' } },
    { name: 'keep', host: 'keep.rr.test', path: '/old', annotations: { 'permanent-redirect': '/new', 'relative-redirects': 'false' } },
  ],
};

const CONFIGMAP_PROBES: Probe[] = [
  { what: "the ConfigMap's relative-redirects", host: 'cm.rr.test', path: '/old', expect: 301, location: '/new' },
  { what: 'an Ingress\'s "false" writes nothing: the http block\'s setting still applies', host: 'keep.rr.test', path: '/old', expect: 301, location: '/new' },
];

const honours = (t: TargetName): boolean => supportOf('relative-redirects', t) !== undefined && supportOf('permanent-redirect', t) !== undefined;

for (const kind of LIVE.filter(honours)) {
  test(`${kind}: permanent-redirect to a path, relative-redirects annotation, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    assert.deepEqual(await runProbes(kind, (ports, echo) => buildCase(ANNOTATIONS, kind, ports, echo), ANNOTATION_PROBES), []);
  });
  test(`${kind}: ConfigMap relative-redirects, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    assert.deepEqual(await runProbes(kind, (ports, echo) => buildCase(CONFIGMAP, kind, ports, echo), CONFIGMAP_PROBES), []);
  });
}

test('the IR: the ConfigMap makes every path redirect relative; a URL, app-root and the HTTPS redirect are untouched', () => {
  const r = buildCase(CONFIGMAP, 'nginx', { http: 8080, https: 8443 }, 9);
  assert.ok(r.ok && r.ir, JSON.stringify(r.diagnostics, null, 2));
  for (const vh of r.ir.vhosts) assert.deepEqual(vh.prefix[0]?.filters, [{ type: 'RequestRedirect', location: '/new', statusCode: 301, relative: true }], vh.name);
  const a = buildCase(ANNOTATIONS, 'nginx', { http: 8080, https: 8443 }, 9);
  assert.ok(a.ok && a.ir);
  const filters = Object.fromEntries(a.ir.vhosts.map((v) => [v.name, [...v.exact, ...v.prefix].flatMap((x) => x.filters ?? [])]));
  assert.deepEqual(filters['url.rr.test'], [{ type: 'RequestRedirect', location: 'https://elsewhere.test/x', statusCode: 301 }]);
  assert.ok(filters['root.rr.test']!.every((f) => f.type !== 'RequestRedirect' || f.relative === undefined));
  assert.ok(filters['abs.rr.test']!.every((f) => f.type !== 'RequestRedirect' || f.relative === undefined));
});

test('a target without relative Locations refuses the ConfigMap key, located at it (IC3151); "false" is nothing to refuse', () => {
  const refusing = TARGETS.filter((t) => !supportOf('relative-redirects', t));
  assert.deepEqual(refusing, ['gateway-api']);
  for (const target of refusing) {
    const r = buildCase(CONFIGMAP, target, { http: 8080, https: 8443 }, 9);
    assert.equal(r.ok, false, target);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC3151').map((d) => d.loc?.line), [5], target);
    const off = buildCase({ data: { 'relative-redirects': 'false' }, ingresses: [{ name: 'p', host: 'p.rr.test', path: '/old', annotations: { 'permanent-redirect': '/new' } }] }, target, { http: 8080, https: 8443 }, 9);
    assert.ok(off.ok, JSON.stringify(off.diagnostics, null, 2));
    assert.deepEqual(off.diagnostics.filter((d) => d.severity === 'error'), []);
  }
});

test('the ConfigMap value must be a Go boolean (IC2300 at the key)', () => {
  const r = buildCase({ ...CONFIGMAP, data: { 'relative-redirects': 'sometimes' } }, 'nginx', { http: 8080, https: 8443 }, 9);
  assert.equal(r.ok, false);
  assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC2300').map((d) => d.loc?.line), [5]);
});
