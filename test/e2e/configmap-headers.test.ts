/**
 * The controller ConfigMap's hide-headers, live: the listed upstream response headers never reach
 * the client (ingress-nginx's http-level proxy_hide_header), on plain routes, on routes with
 * response headers of their own (CORS) and over HTTPS on a host with HSTS; other headers pass.
 * server-tokens (nginx): "false", the default, sends "Server: nginx" without the version; "true" the
 * version. The other proxies send no version: "false" is what they do, "true" warns (IC3152).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TargetName } from '../../src/index.js';
import { skipReason, type ProxyKind } from '../harness/index.js';
import { buildCase, LIVE, runProbes, type Case, type Probe } from './configmap-live.js';

const CASE: Case = {
  data: { 'hide-headers': 'X-Powered-By, x-secret' },
  tlsHosts: ['tls.cm.test'],
  ingresses: [
    { name: 'app', host: 'app.cm.test' },
    { name: 'cors', host: 'cors.cm.test', annotations: { 'enable-cors': 'true' } },
    { name: 'tls', host: 'tls.cm.test', tls: true, annotations: { 'ssl-redirect': 'false' } },
  ],
};

const UPSTREAM = '/?header=X-Powered-By:php&header=X-Secret:1&header=X-Other:ok';
const hidden = { 'X-Powered-By': undefined, 'X-Secret': undefined, 'X-Other': 'ok' };

const PROBES: Probe[] = [
  { what: 'listed headers are hidden, others pass', host: 'app.cm.test', path: UPSTREAM, expect: 200, responseHeaders: hidden },
  { what: 'on a CORS route too', host: 'cors.cm.test', path: UPSTREAM, headers: { Origin: 'https://o.test' }, expect: 200, responseHeaders: { ...hidden, 'Access-Control-Allow-Origin': '*' } },
  { what: 'over HTTPS on a host with HSTS', host: 'tls.cm.test', path: UPSTREAM, https: true, expect: 200, responseHeaders: { ...hidden, 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } },
];

for (const kind of LIVE)
  test(`${kind}: ConfigMap hide-headers, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    assert.deepEqual(await runProbes(kind, (ports, echo) => buildCase(CASE, kind, ports, echo), PROBES), []);
  });

test('hide-headers: header names only (IC2300); Traefik and Gateway API refuse the key (IC3151)', () => {
  for (const v of ['X-A B', 'X;y', 'X-$a', 'a,,b']) {
    const r = buildCase({ ...CASE, data: { 'hide-headers': v } }, 'nginx', { http: 8080, https: 8443 }, 9);
    assert.equal(r.ok, false, v);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC2300').map((d) => d.loc?.line), [5], v);
  }
  for (const target of ['traefik', 'gateway-api'] as TargetName[]) {
    const r = buildCase({ ...CASE, ingresses: CASE.ingresses.filter((i) => i.name === 'app') }, target, { http: 8080, https: 8443 }, 9);
    assert.equal(r.ok, false, target);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC3151').map((d) => d.loc?.line), [5], target);
  }
});

for (const [value, re] of [[undefined, /^nginx$/], ['true', /^nginx\/[0-9.]+$/]] as const)
  test(`nginx: ConfigMap server-tokens ${value ?? '(default)'}, live`, { skip: skipReason('nginx') }, async () => {
    const c: Case = { data: value ? { 'server-tokens': value } : { 'proxy-body-size': '1m' }, ingresses: [{ name: 'app', host: 'app.cm.test' }] };
    const probes: Probe[] = [
      { what: 'a proxied answer', host: 'app.cm.test', expect: 200, responseHeaderMatch: { Server: re } },
      { what: "nginx's own 404", host: 'nowhere.cm.test', expect: 404, responseHeaderMatch: { Server: re } },
    ];
    assert.deepEqual(await runProbes('nginx', (ports, echo) => buildCase(c, 'nginx', ports, echo), probes), []);
  });

test('server-tokens on the other targets: "false" is accepted silently, "true" warns (IC3152)', () => {
  for (const target of ['haproxy', 'envoy', 'caddy', 'traefik', 'gateway-api'] as TargetName[]) {
    const codes = (v: string) =>
      buildCase({ data: { 'server-tokens': v }, ingresses: [{ name: 'app', host: 'app.cm.test' }] }, target, { http: 8080, https: 8443 }, 9)
        .diagnostics.filter((d) => d.loc?.file === 'cm.yaml').map((d) => `${d.code} ${d.loc?.line}`);
    assert.deepEqual(codes('false').filter((c) => !c.startsWith('IC3154')), [], target);
    assert.deepEqual(codes('true').filter((c) => !c.startsWith('IC3154')), ['IC3152 5'], target);
  }
});
