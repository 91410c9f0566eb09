/**
 * Custom headers, live: the custom-headers annotation (a ConfigMap of response headers, each
 * allowed by the controller ConfigMap's global-allowed-response-headers), the controller
 * ConfigMap's add-headers (response headers of every route) and proxy-set-headers (request headers
 * to every upstream). ingress-nginx's more_set_headers replaces the upstream's header of that name,
 * and custom-headers (location level) wins over add-headers (http level).
 * Source: ingress-nginx test/e2e/annotations/customheaders.go, It(`should set "more_set_headers
 * 'My-Custom-Header' '42';" when custom-headers are set`): the value "$remote_addr" arrives literally.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KEY_SUPPORT } from '../../src/providers/ingress-nginx/configmap/support.js';
import { supportOf } from '../../src/providers/ingress-nginx/support.js';
import type { TargetName } from '../../src/index.js';
import { skipReason, type ProxyKind } from '../harness/index.js';
import { buildCase, LIVE, runProbes, type Case, type Probe } from './configmap-live.js';

export const headerMapYaml = (namespace: string, name: string, data: Record<string, string>): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}, namespace: ${namespace}}\ndata:\n${Object.entries(data).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}\n`).join('')}`;

const CUSTOM = { 'My-Custom-Header': '42', 'My-Custom-Header-Dollar': '$remote_addr', 'X-Punct': `a "b" 'c' ;d, e=f/g?h!i(j)[k]@<l>#m&n|o~p^q%r*s+t {u} \\{v}\\ }{ $w %[x] %%` };
/** proxy-set-headers values may not hold "$" (an nginx variable there). */
const SET_PUNCT = `a "b" 'c' ;d=e/f?g!h(i)[j]@<k>#l&m|n~o^p*q+r {u} \\{v}\\ }{ %[x] %%`;
export const EXTRA = [
  { path: 'custom.yaml', text: headerMapYaml('default', 'custom-headers', CUSTOM) },
  { path: 'add.yaml', text: headerMapYaml('ingress-nginx', 'add', { 'X-Global': 'g', 'My-Custom-Header': 'global' }) },
  { path: 'set.yaml', text: headerMapYaml('ingress-nginx', 'set', { 'X-Upstream-Env': 'prod', 'X-Two': SET_PUNCT }) },
];

export const CASE: Case = {
  data: { 'add-headers': 'ingress-nginx/add', 'proxy-set-headers': 'ingress-nginx/set', 'global-allowed-response-headers': 'My-Custom-Header, My-Custom-Header-Dollar,X-Punct' },
  ingresses: [
    { name: 'app', host: 'app.hdr.test', annotations: { 'custom-headers': 'default/custom-headers' } },
    { name: 'plain', host: 'plain.hdr.test' },
  ],
};

const PROBES: Probe[] = [
  {
    what: 'custom-headers over add-headers; proxy-set-headers to the upstream',
    host: 'app.hdr.test',
    headers: { 'X-Upstream-Env': 'evil' },
    expect: 200,
    responseHeaders: { 'My-Custom-Header': '42', 'My-Custom-Header-Dollar': '$remote_addr', 'X-Punct': CUSTOM['X-Punct'], 'X-Global': 'g' },
    upstreamHeaders: { 'x-upstream-env': 'prod', 'x-two': SET_PUNCT },
  },
  { what: "the upstream's header of that name is replaced", host: 'app.hdr.test', path: '/?header=My-Custom-Header:up&header=X-Global:up', expect: 200, responseHeaders: { 'My-Custom-Header': '42', 'X-Global': 'g' } },
  // A client naming the header in Connection (hop-by-hop) does not remove it; Envoy answers such a request 400.
  { what: 'proxy-set-headers named in Connection', host: 'plain.hdr.test', headers: { Connection: 'keep-alive, X-Upstream-Env' }, expect: 200, upstreamHeaders: { 'x-upstream-env': 'prod' }, only: ['nginx', 'haproxy', 'caddy'] },
  { what: 'add-headers alone', host: 'plain.hdr.test', expect: 200, responseHeaders: { 'X-Global': 'g', 'My-Custom-Header': 'global', 'My-Custom-Header-Dollar': undefined }, upstreamHeaders: { 'x-upstream-env': 'prod' } },
];

const CUSTOM_LIVE = LIVE.filter((t) => supportOf('custom-headers', t) && KEY_SUPPORT['add-headers']?.[t] && KEY_SUPPORT['proxy-set-headers']?.[t]);

for (const kind of CUSTOM_LIVE)
  test(`${kind}: custom-headers, add-headers and proxy-set-headers, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    assert.deepEqual(await runProbes(kind, (ports, echo) => buildCase(CASE, kind, ports, echo, EXTRA), PROBES), []);
  });

const codes = (target: TargetName, c: Case, extra = EXTRA): string[] => buildCase(c, target, { http: 8080, https: 8443 }, 9, extra).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.loc?.file}:${d.loc?.line}`);

test('customheaders.go: a missing ConfigMap, a header not allowed, or an invalid one is a located error (ingress-nginx answers 503)', () => {
  for (const target of CUSTOM_LIVE) {
    // It("should return status code 503 when custom-headers is configured with an invalid secret")
    assert.deepEqual(codes(target, CASE, EXTRA.slice(1)), ['IC3220 app.yaml:6'], target);
    assert.deepEqual(codes(target, { ...CASE, data: { ...CASE.data, 'global-allowed-response-headers': 'My-Custom-Header' } }), ['IC3222 custom.yaml:6', 'IC3222 custom.yaml:7'], target);
    assert.deepEqual(codes(target, { ...CASE, data: { ...CASE.data, 'add-headers': 'ingress-nginx/nope' } }), ['IC3220 cm.yaml:5'], target);
    for (const [k, v] of [['Bad Name', 'x'], ['X-Ctl', 'a\tb'], ['X-Empty', ''], ['X-Utf', 'é']] as const) {
      const bad = [{ path: 'custom.yaml', text: headerMapYaml('default', 'custom-headers', { [k]: v }) }, ...EXTRA.slice(1)];
      assert.deepEqual(codes(target, { ...CASE, data: { ...CASE.data, 'global-allowed-response-headers': 'Bad Name,X-Ctl,X-Empty,X-Utf' } }, bad).map((c) => c.split(' ')[0]).filter((c) => c !== 'IC2300'), ['IC3221'], `${target} ${k}`);
    }
    // add-headers and proxy-set-headers values are not escaped by ingress-nginx: "$" would be an nginx variable.
    const dollar = [EXTRA[0]!, { path: 'add.yaml', text: headerMapYaml('ingress-nginx', 'add', { 'X-Ip': '$remote_addr' }) }, EXTRA[2]!];
    assert.deepEqual(codes(target, CASE, dollar), ['IC3221 add.yaml:5'], target);
    const forwarded = [...EXTRA.slice(0, 2), { path: 'set.yaml', text: headerMapYaml('ingress-nginx', 'set', { 'X-Forwarded-For': '1.2.3.4' }) }];
    assert.deepEqual(codes(target, CASE, forwarded), ['IC3221 set.yaml:5'], target);
  }
});

test('the ConfigMaps custom-headers, add-headers and proxy-set-headers name are read, not reported ignored (IC1004); others are', () => {
  const other = { path: 'other.yaml', text: headerMapYaml('default', 'unrelated', { a: 'b' }) };
  const r = buildCase(CASE, 'nginx', { http: 8080, https: 8443 }, 9, [...EXTRA, other]);
  assert.ok(r.ok);
  assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC1004').map((d) => d.loc?.file), ['other.yaml']);
});
