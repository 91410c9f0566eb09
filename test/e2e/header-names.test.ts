/**
 * Request header names, live (RouteTable.dropRequestHeaders): ingress-nginx's defaults
 * (ignore-invalid-headers "true", enable-underscores-in-headers "false") drop every request header
 * whose name has "_" or another character than a letter, digit or "-", before anything reads it.
 * So a backend that reads X_Real_IP as X-Real-IP (WSGI, CGI) never gets a client's spoof of it,
 * and a canary-by-header named X_Canary (read as X-Canary) is not decided by an "X_Canary" line.
 * Every live target drops them; with enable-underscores-in-headers "true" nginx, HAProxy and Envoy
 * pass the underscore names and still drop the others (Caddy 2.11 drops "_" and "." names itself:
 * the key is refused there); the IR evaluator agrees.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { test } from 'node:test';
import { matchRequest } from '../../src/ir/match.js';
import { upstreamHeaders } from '../../src/ir/forwarded.js';
import { keptHeaders } from '../../src/ir/header-names.js';
import { skipReason, startEcho, startProxy, type ProxyKind } from '../harness/index.js';
import { writeFiles } from './run-table.js';
import { buildCase, LIVE, runProbes, type Case, type Probe } from './configmap-live.js';

const HOST = 'names.test';
const canaryYaml = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: canary
  namespace: default
  annotations: {nginx.ingress.kubernetes.io/canary: "true", nginx.ingress.kubernetes.io/canary-by-header: X_Canary}
spec:
  ingressClassName: nginx
  rules:
  - host: ${HOST}
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: canary, port: {number: 80}}}}
`;

const SENT = { X_Real_IP: '203.0.113.7', X_Custom_Header: 'spoof', 'X-Normal': 'kept', 'X.Dotted': 'dot', 'X~Tilde': 'tilde' };

const probes = (underscores: boolean): Probe[] => [
  {
    what: underscores ? 'names with "_" reach the backend, "." and "~" still not' : 'names with "_", "." or "~" never reach the backend',
    host: HOST,
    headers: SENT,
    expect: 200,
    upstreamHeaders: { x_real_ip: underscores ? '203.0.113.7' : undefined, x_custom_header: underscores ? 'spoof' : undefined, 'x-normal': 'kept', 'x.dotted': undefined, 'x~tilde': undefined, 'x-real-ip': '127.0.0.1' },
  },
  { what: 'canary-by-header X_Canary reads X-Canary', host: HOST, headers: { 'X-Canary': 'always' }, expect: 200, by: 'canary' },
  ...(underscores
    ? [
        // nginx's $http_x_canary compares "-" in a name as "_", so it reads an "X_Canary" line too (the support matrix's partial cells).
        { what: 'nginx reads an "X_Canary" line as X-Canary', host: HOST, headers: { X_Canary: 'always' }, expect: 200, by: 'canary', only: ['nginx'] as const },
        { what: 'the others read names as written', host: HOST, headers: { X_Canary: 'always' }, expect: 200, by: 'echo', only: ['haproxy', 'envoy'] as const },
      ]
    : [{ what: 'an "X_Canary" line is dropped: no canary', host: HOST, headers: { X_Canary: 'always' }, expect: 200, by: 'echo' }]),
];

const caseOf = (data: Record<string, string>): Case => ({ data, ingresses: [{ name: 'main', host: HOST }] });

const build = (data: Record<string, string>, kind: (typeof LIVE)[number]) => (ports: { http: number; https: number }, echo: number, echos: Record<string, number>) =>
  buildCase(caseOf(data), kind, ports, echo, [{ path: 'canary.yaml', text: canaryYaml }], { backends: [`default/canary:80=127.0.0.1:${echos.canary}`] });

for (const kind of LIVE) {
  test(`${kind}: request headers with "_" or other characters nginx refuses in their names are dropped by default, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    assert.deepEqual(await runProbes(kind, build({}, kind), probes(false), ['echo', 'canary']), []);
  });
  if (kind === 'caddy') continue;
  test(`${kind}: enable-underscores-in-headers "true" passes names with "_", live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    assert.deepEqual(await runProbes(kind, build({ 'enable-underscores-in-headers': 'true' }, kind), probes(true), ['echo', 'canary']), []);
  });
}

test('nginx: ignore-invalid-headers "false" passes every name, live', { skip: skipReason('nginx') }, async () => {
  const p: Probe[] = [{ what: 'every name reaches the backend', host: HOST, headers: SENT, expect: 200, upstreamHeaders: { x_real_ip: '203.0.113.7', x_custom_header: 'spoof', 'x-normal': 'kept', 'x.dotted': 'dot', 'x~tilde': 'tilde' } }];
  assert.deepEqual(await runProbes('nginx', build({ 'ignore-invalid-headers': 'false' }, 'nginx'), p, ['echo', 'canary']), []);
});

test('the IR evaluator agrees: the canary decision and what the upstream receives', () => {
  for (const underscores of [false, true]) {
    const r = build(underscores ? { 'enable-underscores-in-headers': 'true' } : {}, 'nginx')({ http: 8080, https: 8443 }, 9, { canary: 10 });
    assert.ok(r.ok && r.ir, JSON.stringify(r.diagnostics));
    assert.deepEqual(r.ir.dropRequestHeaders, { underscore: !underscores });
    const canary = r.ir.upstreams.find((u) => u.id.includes('canary'))!.id;
    // The IR reads names as written (the non-nginx cells).
    for (const p of probes(underscores).filter((x) => x.by !== undefined && !(x.only ?? []).includes('nginx'))) {
      const m = matchRequest(r.ir, p.host, '/', { headers: p.headers! });
      assert.equal(m.upstream === canary ? 'canary' : 'echo', p.by, p.what);
    }
    // The client's own headers go on as kept; the forwarded ones are the proxy's whatever was dropped.
    const kept = Object.fromEntries(Object.entries(keptHeaders(r.ir, SENT)!).map(([k, v]) => [k.toLowerCase(), v]));
    const want = probes(underscores)[0]!.upstreamHeaders!;
    for (const name of Object.keys(SENT).map((k) => k.toLowerCase())) assert.equal(kept[name], want[name], name);
    const up = upstreamHeaders(r.ir, { peer: '127.0.0.1', https: false, port: 8080, host: HOST, headers: SENT }, () => false);
    assert.equal(up['x-real-ip'], want['x-real-ip']);
  }
});

/** One raw request with a header line Node's client would refuse to write: the status line and the echoed header names. */
const rawRequest = (port: number, name: string): Promise<{ status: number; names: string[] }> =>
  new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1', () => s.write(Buffer.from(`GET / HTTP/1.1\r\nHost: ${HOST}\r\n${name}: v\r\nConnection: close\r\n\r\n`, 'latin1')));
    let got = '';
    s.setEncoding('latin1');
    s.on('data', (d: string) => (got += d));
    s.on('error', reject);
    s.on('end', () => {
      const body = got.slice(got.indexOf('\r\n\r\n') + 4);
      const headers = /^\{/.test(body.trim()) ? ((JSON.parse(body) as { headers?: Record<string, string> }).headers ?? {}) : {};
      resolve({ status: Number(got.split(' ')[1]), names: Object.keys(headers) });
    });
  });

// The support matrix's note: a name outside HTTP's token characters is a 400 on the other proxies,
// where nginx drops the header and serves the request; a token character nginx refuses ("*") is dropped by all.
for (const kind of LIVE) {
  test(`${kind}: a header name nginx refuses, sent raw`, { skip: skipReason(kind as ProxyKind) }, async () => {
    const echo = await startEcho('echo');
    const proxy = await startProxy({
      kind: kind as ProxyKind,
      build: (ports, dir) => {
        const r = buildCase(caseOf({}), kind, ports, echo.port);
        assert.ok(r.ok, JSON.stringify(r.diagnostics));
        writeFiles(dir, r.files);
      },
    });
    try {
      for (const name of ['X(Y', 'X@Y', 'X\u00e9Y']) assert.equal((await rawRequest(proxy.ports.http, name)).status, kind === 'nginx' ? 200 : 400, name);
      const star = await rawRequest(proxy.ports.http, 'X*Y');
      assert.deepEqual([star.status, star.names.includes('x*y')], [200, false]);
    } finally {
      await proxy.stop();
      await echo.close();
    }
  });
}
