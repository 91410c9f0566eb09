/**
 * The controller ConfigMap's hsts, hsts-max-age, hsts-include-subdomains and hsts-preload, live:
 * as ingress-nginx's lua_ingress.lua header() (semantics.md §3.6), every response to an HTTPS
 * request of a host with a certificate carries Strict-Transport-Security — by default
 * "max-age=31536000; includeSubDomains" — replacing the upstream's; plain HTTP responses and hosts
 * without a certificate are left as the upstream sent them. The IR evaluator agrees.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TargetName } from '../../src/index.js';
import { matchRequest } from '../../src/ir/match.js';
import { skipReason, type ProxyKind } from '../harness/index.js';
import { buildCase, LIVE, runProbes, type Case, type Probe } from './configmap-live.js';

const STS = 'Strict-Transport-Security';
const UPSTREAM_STS = `/?header=${STS}:max-age=5`;

const ingresses: Case['ingresses'] = [
  { name: 'tls', host: 'tls.cm.test', tls: true, annotations: { 'ssl-redirect': 'false' } },
  { name: 'plain', host: 'plain.cm.test' },
  { name: 'deny', host: 'deny.cm.test', tls: true, annotations: { 'whitelist-source-range': '10.0.0.0/8' } },
  // CORS response headers: on nginx a location with add_header lines of its own.
  { name: 'cors', host: 'cors.cm.test', tls: true, annotations: { 'enable-cors': 'true', 'ssl-redirect': 'false' } },
];
const tlsHosts = ['tls.cm.test', 'deny.cm.test', 'cors.cm.test'];

interface HstsCase {
  name: string;
  data: Record<string, string>;
  /** The header of HTTPS responses of the TLS hosts; undefined: none added. */
  sts: string | undefined;
}

const CASES: HstsCase[] = [
  { name: 'default (no hsts key)', data: { 'proxy-body-size': '1m' }, sts: 'max-age=31536000; includeSubDomains' },
  { name: 'hsts-max-age 600, no includeSubDomains, preload', data: { 'hsts-max-age': '600', 'hsts-include-subdomains': 'false', 'hsts-preload': 'true' }, sts: 'max-age=600; preload' },
  { name: 'hsts "false"', data: { hsts: 'false', 'hsts-max-age': '600' }, sts: undefined },
];

const probes = (c: HstsCase): Probe[] => [
  { what: 'HTTPS response of a TLS host', host: 'tls.cm.test', https: true, expect: 200, responseHeaders: { [STS]: c.sts } },
  { what: "the upstream's own header is replaced over HTTPS", host: 'tls.cm.test', path: UPSTREAM_STS, https: true, expect: 200, responseHeaders: { [STS]: c.sts ?? 'max-age=5' } },
  { what: 'plain HTTP response of the TLS host: none added', host: 'tls.cm.test', expect: 200, responseHeaders: { [STS]: undefined } },
  { what: "plain HTTP: the upstream's own header passes", host: 'tls.cm.test', path: UPSTREAM_STS, expect: 200, responseHeaders: { [STS]: 'max-age=5' } },
  { what: 'a host without a certificate: none added', host: 'plain.cm.test', expect: 200, responseHeaders: { [STS]: undefined } },
  { what: 'a location with response headers of its own (CORS) carries it too', host: 'cors.cm.test', path: UPSTREAM_STS, https: true, headers: { Origin: 'https://o.test' }, expect: 200, responseHeaders: { [STS]: c.sts ?? 'max-age=5', 'Access-Control-Allow-Origin': '*' } },
  { what: 'the CORS host over plain HTTP: none added', host: 'cors.cm.test', headers: { Origin: 'https://o.test' }, expect: 200, responseHeaders: { [STS]: undefined, 'Access-Control-Allow-Origin': '*' } },
  { what: "a 403 the proxy answers itself over HTTPS carries it", host: 'deny.cm.test', https: true, expect: 403, responseHeaders: { [STS]: c.sts } },
];

const build = (c: HstsCase, target: TargetName, ports: { http: number; https: number }, echo: number) => buildCase({ data: c.data, ingresses, tlsHosts }, target, ports, echo);

for (const kind of LIVE)
  for (const c of CASES)
    test(`${kind}: ConfigMap HSTS, ${c.name}, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
      assert.deepEqual(await runProbes(kind, (ports, echo) => build(c, kind, ports, echo), probes(c)), []);
    });

test('the IR evaluator agrees (match.ts: hsts of HTTPS answers)', () => {
  for (const c of CASES) {
    const r = build(c, 'nginx', { http: 8080, https: 8443 }, 9);
    assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
    for (const p of probes(c)) {
      const m = matchRequest(r.ir!, p.host, p.path ?? '/', { https: p.https === true });
      assert.equal(m.hsts, p.https ? c.sts : undefined, `${c.name}: ${p.what}`);
    }
  }
});

test('Traefik and Gateway API do not add it: an info at the ConfigMap when hsts is unset (IC3154), a warning when set (IC3152), nothing for "false"', () => {
  for (const target of ['traefik', 'gateway-api'] as TargetName[]) {
    const codes = (data: Record<string, string>) => {
      const r = buildCase({ data, ingresses: ingresses.filter((i) => i.name === 'tls' || i.name === 'plain'), tlsHosts }, target, { http: 8080, https: 8443 }, 9);
      assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
      return r.diagnostics.filter((d) => /IC315[2-4]/.test(d.code) && /hsts/.test(d.message)).map((d) => `${d.code} ${d.loc?.line}`);
    };
    assert.deepEqual(codes({ 'proxy-body-size': '1m' }), ['IC3154 3'], target);
    assert.deepEqual(codes({ hsts: 'true' }), ['IC3152 5'], target);
    assert.deepEqual(codes({ hsts: 'false' }), [], target);
  }
});

test('hsts-max-age must be a plain number of seconds (ingress-nginx copies it into the header)', () => {
  for (const v of ['1e3', '-1', '0x10', '60; includeSubDomains', ' 60', '']) {
    const r = buildCase({ data: { 'hsts-max-age': v }, ingresses, tlsHosts }, 'nginx', { http: 8080, https: 8443 }, 9);
    assert.equal(r.ok, false, v);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC2300').map((d) => d.loc?.line), [5], v);
  }
});
