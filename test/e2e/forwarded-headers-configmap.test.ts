/**
 * The controller ConfigMap's forwarded-header keys, live, as ingress-nginx v1.15.1's nginx.tmpl
 * applies them: use-forwarded-headers (realip from X-Forwarded-For of proxy-real-ip-cidr peers,
 * and the client's X-Forwarded-Proto/-Host/-Port), compute-full-forwarded-for, enable-real-ip,
 * forwarded-for-header, proxy-real-ip-cidr, generate-request-id. Where a target cannot do a mode,
 * compile fails at the key (IC3151), never an output that silently differs.
 * Source: ingress-nginx test/e2e/annotations/ipdenylist.go, It("only deny explicitly denied IPs,
 * allow all others") and It("only allow explicitly allowed IPs, deny all others"): with
 * use-forwarded-headers the deny and allow lists judge the X-Forwarded-For address.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TargetName } from '../../src/index.js';
import { skipReason, type ProxyKind } from '../harness/index.js';
import { ingressYaml, LIVE } from './configmap-live.js';
import { compileFwd, runFwd, type FwdProbe } from './forwarded-live.js';

const REAL_IP: readonly TargetName[] = ['nginx', 'haproxy', 'envoy', 'caddy'];
const PROXY_PROTOCOL: readonly TargetName[] = ['nginx', 'haproxy', 'envoy', 'caddy'];
/** compute-full-forwarded-for. */
const FULL_XFF: readonly TargetName[] = ['nginx', 'haproxy', 'envoy', 'caddy'];
/** The client address from X-Forwarded-For only (another forwarded-for-header: IC3153). */
const XFF_ONLY: readonly TargetName[] = ['envoy'];

const trusted: FwdProbe[] = [
  {
    what: 'use-forwarded-headers: the client address and X-Forwarded-* come from the headers',
    from: '127.0.0.3',
    headers: { 'X-Forwarded-For': '198.51.100.7, 203.0.113.9', 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'front.test', 'X-Forwarded-Port': '443' },
    want: {
      'x-forwarded-for': '198.51.100.7',
      'x-real-ip': '198.51.100.7',
      'x-forwarded-proto': 'https',
      'x-forwarded-scheme': 'https',
      'x-scheme': 'https',
      'x-forwarded-host': 'front.test',
      'x-forwarded-port': '443',
      'x-original-forwarded-for': '198.51.100.7, 203.0.113.9',
    },
  },
  {
    what: 'use-forwarded-headers without headers: the peer and the listener',
    from: '127.0.0.3',
    headers: {},
    want: { 'x-forwarded-for': '127.0.0.3', 'x-real-ip': '127.0.0.3', 'x-forwarded-proto': 'http', 'x-forwarded-port': '{port}', 'x-forwarded-host': 'fwd.test' },
  },
];

for (const kind of REAL_IP) {
  test(`${kind}: use-forwarded-headers trusts the client's forwarded headers, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    assert.deepEqual(await runFwd(kind, trusted, { 'use-forwarded-headers': 'true' }), []);
  });

  test(`${kind}: compute-full-forwarded-for appends the peer; proxy-real-ip-cidr limits whom the header is taken from, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    const full: FwdProbe[] = [
      { what: 'appended', from: '127.0.0.3', headers: { 'X-Forwarded-For': '203.0.113.9' }, want: { 'x-forwarded-for': '203.0.113.9, 127.0.0.3', 'x-real-ip': '203.0.113.9' } },
      { what: 'none received', from: '127.0.0.3', headers: {}, want: { 'x-forwarded-for': '127.0.0.3', 'x-real-ip': '127.0.0.3' } },
    ];
    if (FULL_XFF.includes(kind)) assert.deepEqual(await runFwd(kind, full, { 'use-forwarded-headers': 'true', 'compute-full-forwarded-for': 'true' }), []);
    const untrustedPeer: FwdProbe[] = [
      { what: 'peer not in proxy-real-ip-cidr', from: '127.0.0.3', headers: { 'X-Forwarded-For': '203.0.113.9', 'X-Forwarded-Proto': 'https' }, want: { 'x-forwarded-for': '127.0.0.3', 'x-real-ip': '127.0.0.3', 'x-forwarded-proto': 'https' } },
      // Recursive: from the right, the first address that is not trusted.
      { what: 'peer trusted: rightmost untrusted entry', from: '127.0.0.5', headers: { 'X-Forwarded-For': '203.0.113.9, 198.51.100.7, 127.0.0.9' }, want: { 'x-forwarded-for': '198.51.100.7', 'x-real-ip': '198.51.100.7' } },
    ];
    assert.deepEqual(await runFwd(kind, untrustedPeer, { 'use-forwarded-headers': 'true', 'proxy-real-ip-cidr': '127.0.0.4/30, 127.0.0.9' }), []);
  });

  test(`${kind}: enable-real-ip takes the address from forwarded-for-header, not the scheme, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    const probes: FwdProbe[] = [
      {
        what: 'enable-real-ip with X-Client-IP',
        from: '127.0.0.3',
        headers: { 'X-Client-IP': '203.0.113.9', 'X-Forwarded-For': '198.51.100.7', 'X-Forwarded-Proto': 'https' },
        want: { 'x-forwarded-for': '203.0.113.9', 'x-real-ip': '203.0.113.9', 'x-forwarded-proto': 'http', 'x-original-forwarded-for': '203.0.113.9' },
      },
    ];
    if (!XFF_ONLY.includes(kind)) assert.deepEqual(await runFwd(kind, probes, { 'enable-real-ip': 'true', 'forwarded-for-header': 'X-Client-IP' }), []);
    else {
      const xff: FwdProbe[] = [{ what: 'enable-real-ip', from: '127.0.0.3', headers: { 'X-Forwarded-For': '203.0.113.9', 'X-Forwarded-Proto': 'https' }, want: { 'x-forwarded-for': '203.0.113.9', 'x-real-ip': '203.0.113.9', 'x-forwarded-proto': 'http' } }];
      assert.deepEqual(await runFwd(kind, xff, { 'enable-real-ip': 'true' }), []);
      const r = compileFwd(kind, { http: 8080, https: 8443 }, 9, { 'enable-real-ip': 'true', 'forwarded-for-header': 'X-Client-IP' });
      const d = r.diagnostics.find((x) => x.code === 'IC3153');
      assert.ok(!r.ok && d?.field === 'data.forwarded-for-header', JSON.stringify(r.diagnostics));
    }
  });

  test(`${kind}: with use-forwarded-headers, source ranges judge the X-Forwarded-For address (ipdenylist.go), live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    // It("only deny explicitly denied IPs, allow all others")
    const deny: FwdProbe[] = [
      { what: 'explicitly denied range', from: '127.0.0.3', headers: { 'X-Forwarded-For': '18.0.0.1' }, want: {}, status: 403 },
      { what: 'explicitly denied address', from: '127.0.0.3', headers: { 'X-Forwarded-For': '56.0.0.1' }, want: {}, status: 403 },
      { what: 'implicitly allowed', from: '127.0.0.3', headers: { 'X-Forwarded-For': '56.0.0.2' }, want: { 'x-real-ip': '56.0.0.2' } },
    ];
    assert.deepEqual(await runFwd(kind, deny, { 'use-forwarded-headers': 'true' }, { 'denylist-source-range': '18.0.0.0/8, 56.0.0.1' }), []);
    // It("only allow explicitly allowed IPs, deny all others")
    const allow: FwdProbe[] = [
      { what: 'explicitly denied', from: '127.0.0.3', headers: { 'X-Forwarded-For': '18.1.0.1' }, want: {}, status: 403 },
      { what: 'implicitly denied', from: '127.0.0.3', headers: { 'X-Forwarded-For': '10.10.10.10' }, want: {}, status: 403 },
      { what: 'explicitly allowed range', from: '127.0.0.3', headers: { 'X-Forwarded-For': '18.4.0.1' }, want: {} },
      { what: 'explicitly allowed address', from: '127.0.0.3', headers: { 'X-Forwarded-For': '55.55.55.55' }, want: {} },
      { what: 'the peer alone is not allowed', from: '127.0.0.3', headers: {}, want: {}, status: 403 },
    ];
    assert.deepEqual(await runFwd(kind, allow, { 'use-forwarded-headers': 'true' }, { 'denylist-source-range': '18.1.0.0/16, 56.0.0.0/8', 'whitelist-source-range': '18.0.0.0/8, 55.0.0.0/8' }), []);
  });

  test(`${kind}: source ranges judge the forwarded address only from a peer in proxy-real-ip-cidr, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    const lists = { 'denylist-source-range': '56.0.0.0/8', 'whitelist-source-range': '55.0.0.0/8, 127.0.0.3' };
    const probes: FwdProbe[] = [
      { what: 'trusted peer, allowed forwarded address', from: '127.0.0.2', headers: { 'X-Forwarded-For': '55.1.1.1' }, want: { 'x-real-ip': '55.1.1.1', 'x-forwarded-for': '55.1.1.1' } },
      { what: 'trusted peer, denied forwarded address', from: '127.0.0.2', headers: { 'X-Forwarded-For': '56.1.1.1' }, want: {}, status: 403 },
      { what: 'trusted peer, forwarded address not allowed', from: '127.0.0.2', headers: { 'X-Forwarded-For': '10.1.1.1' }, want: {}, status: 403 },
      { what: 'trusted peer, no header: the peer is judged', from: '127.0.0.2', headers: {}, want: {}, status: 403 },
      { what: 'untrusted peer claiming an allowed address', from: '127.0.0.4', headers: { 'X-Forwarded-For': '55.1.1.1' }, want: {}, status: 403 },
      { what: 'untrusted allowed peer claiming a denied address', from: '127.0.0.3', headers: { 'X-Forwarded-For': '56.1.1.1' }, want: { 'x-real-ip': '127.0.0.3', 'x-forwarded-for': '127.0.0.3', 'x-original-forwarded-for': '56.1.1.1' } },
      // Recursive: trusted entries are skipped from the right; the first untrusted one is the client.
      { what: 'trusted chain ending in an allowed address', from: '127.0.0.2', headers: { 'X-Forwarded-For': '56.1.1.1, 55.1.1.1, 127.0.0.2, 127.0.0.2' }, want: { 'x-real-ip': '55.1.1.1' } },
      { what: 'an entry that is no address ends the walk', from: '127.0.0.2', headers: { 'X-Forwarded-For': '55.1.1.1, unknown, 127.0.0.2' }, want: {}, status: 403, statusOn: { caddy: 400 } },
      // HAProxy walks at most 9 trusted entries (REALIP_DEPTH): a longer chain is refused, never judged on a proxy's address.
      { what: 'ten trusted entries, then the client', from: '127.0.0.2', headers: { 'X-Forwarded-For': ['55.1.1.1', ...Array(10).fill('127.0.0.2')].join(', ') }, want: { 'x-real-ip': '55.1.1.1' }, statusOn: { haproxy: 400 } },
      // The forwarded address belongs to its request: the next one on the connection is judged anew.
      { what: 'keep-alive: first request forwarded', from: '127.0.0.2', connection: 'a', headers: { 'X-Forwarded-For': '55.1.1.1' }, want: { 'x-real-ip': '55.1.1.1' } },
      { what: 'keep-alive: second request without the header', from: '127.0.0.2', connection: 'a', headers: {}, want: {}, status: 403 },
    ];
    assert.deepEqual(await runFwd(kind, probes, { 'use-forwarded-headers': 'true', 'proxy-real-ip-cidr': '127.0.0.2' }, lists), []);
    // proxy-real-ip-cidr "": nobody is trusted (nginx.tmpl writes no set_real_ip_from).
    const nobody: FwdProbe[] = [{ what: 'no trusted peer', from: '127.0.0.2', headers: { 'X-Forwarded-For': '55.1.1.1' }, want: {}, status: 403 }];
    assert.deepEqual(await runFwd(kind, nobody, { 'use-forwarded-headers': 'true', 'proxy-real-ip-cidr': '' }, lists), []);
    // Trusting nobody still trusts the client's X-Forwarded-Proto/-Port/-Host, and compute-full-forwarded-for appends.
    const nobodyHeaders: FwdProbe[] = [
      { what: 'no trusted peer, headers', from: '127.0.0.3', headers: { 'X-Forwarded-For': '55.1.1.1', 'X-Forwarded-Proto': 'https', 'X-Forwarded-Port': '443', 'X-Forwarded-Host': 'front.test' }, want: { 'x-real-ip': '127.0.0.3', 'x-forwarded-for': '55.1.1.1, 127.0.0.3', 'x-forwarded-proto': 'https', 'x-forwarded-port': '443', 'x-forwarded-host': 'front.test' } },
      { what: 'no trusted peer, none', from: '127.0.0.3', headers: {}, want: { 'x-forwarded-for': '127.0.0.3', 'x-forwarded-proto': 'http', 'x-forwarded-port': '{port}', 'x-forwarded-host': 'fwd.test' } },
    ];
    assert.deepEqual(await runFwd(kind, nobodyHeaders, { 'use-forwarded-headers': 'true', 'compute-full-forwarded-for': 'true', 'proxy-real-ip-cidr': '' }, lists), []);
    // enable-real-ip with another header: the same judgement, X-Forwarded-Proto stays the listener's.
    const other: FwdProbe[] = [
      { what: 'trusted peer, X-Client-IP allowed', from: '127.0.0.2', headers: { 'X-Client-IP': '55.1.1.1', 'X-Forwarded-For': '56.1.1.1' }, want: { 'x-real-ip': '55.1.1.1' } },
      { what: 'untrusted peer, X-Client-IP allowed', from: '127.0.0.4', headers: { 'X-Client-IP': '55.1.1.1' }, want: {}, status: 403 },
    ];
    if (!XFF_ONLY.includes(kind)) assert.deepEqual(await runFwd(kind, other, { 'enable-real-ip': 'true', 'forwarded-for-header': 'X-Client-IP', 'proxy-real-ip-cidr': '127.0.0.2/32' }, lists), []);
  });
}

// Caddy's standard build has no rate limits: limit-* fail closed there (IC3150).
for (const kind of REAL_IP.filter((k) => k !== 'caddy'))
  test(`${kind}: per-client limits count and exempt the forwarded address, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    // limit-rpm 1 with multiplier 1 admits two requests a minute per client (access-fail-closed.test.ts).
    const probes: FwdProbe[] = [
      ...[200, 200, 503].map((status, i): FwdProbe => ({ what: `client A, request ${i + 1}`, from: '127.0.0.2', headers: { 'X-Forwarded-For': '203.0.113.9' }, want: {}, status })),
      { what: 'client B from the same proxy: its own count', from: '127.0.0.2', headers: { 'X-Forwarded-For': '198.51.100.7' }, want: { 'x-real-ip': '198.51.100.7' } },
      ...[1, 2, 3].map((i): FwdProbe => ({ what: `exempt client, request ${i}`, from: '127.0.0.2', headers: { 'X-Forwarded-For': '55.1.1.1' }, want: { 'x-real-ip': '55.1.1.1' } })),
    ];
    assert.deepEqual(await runFwd(kind, probes, { 'use-forwarded-headers': 'true', 'proxy-real-ip-cidr': '127.0.0.2' }, { 'limit-rpm': '1', 'limit-burst-multiplier': '1', 'limit-whitelist': '55.0.0.0/8' }), []);
  });

for (const kind of PROXY_PROTOCOL) {
  test(`${kind}: use-proxy-protocol: source ranges judge the address of a PROXY v1 header, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    const lists = { 'denylist-source-range': '56.0.0.0/8', 'whitelist-source-range': '55.0.0.0/8, 127.0.0.3' };
    const all: FwdProbe[] = [
      { what: 'PROXY claims an allowed address', from: '127.0.0.4', proxySource: '55.1.1.1', headers: {}, want: { 'x-real-ip': '55.1.1.1', 'x-forwarded-for': '55.1.1.1' } },
      { what: 'PROXY claims a denied address', from: '127.0.0.4', proxySource: '56.1.1.1', headers: {}, want: {}, status: 403 },
      { what: 'X-Forwarded-For is not read', from: '127.0.0.4', proxySource: '55.1.1.1', headers: { 'X-Forwarded-For': '56.1.1.1' }, want: { 'x-real-ip': '55.1.1.1', 'x-forwarded-for': '55.1.1.1', 'x-original-forwarded-for': '56.1.1.1' } },
      { what: 'over TLS', https: true, from: '127.0.0.4', proxySource: '55.1.1.1', headers: {}, want: { 'x-real-ip': '55.1.1.1', 'x-forwarded-proto': 'https' } },
    ];
    assert.deepEqual(await runFwd(kind, all, { 'use-proxy-protocol': 'true' }, lists), []);
    // With use-forwarded-headers too: the address is still the PROXY header's, which compute-full-forwarded-for appends.
    const full: FwdProbe[] = [
      { what: 'PROXY with compute-full-forwarded-for', from: '127.0.0.4', proxySource: '55.1.1.1', headers: { 'X-Forwarded-For': '203.0.113.9', 'X-Forwarded-Proto': 'https' }, want: { 'x-real-ip': '55.1.1.1', 'x-forwarded-for': '203.0.113.9, 55.1.1.1', 'x-forwarded-proto': 'https' } },
    ];
    assert.deepEqual(await runFwd(kind, full, { 'use-proxy-protocol': 'true', 'use-forwarded-headers': 'true', 'compute-full-forwarded-for': 'true' }, lists), []);
    if (kind === 'envoy') {
      // Envoy reads the header from every peer: a narrower proxy-real-ip-cidr is refused, located.
      const r = compileFwd(kind, { http: 8080, https: 8443 }, 9, { 'use-proxy-protocol': 'true', 'proxy-real-ip-cidr': '127.0.0.2' });
      assert.ok(!r.ok && r.diagnostics.some((d) => d.code === 'IC3153' && d.field === 'data.use-proxy-protocol'), JSON.stringify(r.diagnostics));
      return;
    }
    // Only a peer in proxy-real-ip-cidr is believed. HAProxy cannot read another peer's header and ignore it: 400.
    const some: FwdProbe[] = [
      { what: 'trusted peer', from: '127.0.0.2', proxySource: '55.1.1.1', headers: {}, want: { 'x-real-ip': '55.1.1.1' } },
      { what: 'untrusted peer claiming an allowed address', from: '127.0.0.4', proxySource: '55.1.1.1', headers: {}, want: {}, status: 403, statusOn: { haproxy: 400 } },
      { what: 'untrusted allowed peer claiming a denied address', from: '127.0.0.3', proxySource: '56.1.1.1', headers: {}, want: { 'x-real-ip': '127.0.0.3' }, statusOn: { haproxy: 400 } },
    ];
    assert.deepEqual(await runFwd(kind, some, { 'use-proxy-protocol': 'true', 'proxy-real-ip-cidr': '127.0.0.2' }, lists), []);
  });
}

for (const kind of LIVE)
  test(`${kind}: forwarded-for-header names the header copied to X-Original-Forwarded-For; generate-request-id false, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    const probes: FwdProbe[] = [
      { what: 'X-Client-IP as the forwarded-for header', from: '127.0.0.3', headers: { 'X-Client-IP': '203.0.113.9', 'X-Forwarded-For': '198.51.100.7' }, want: { 'x-forwarded-for': '127.0.0.3', 'x-original-forwarded-for': '203.0.113.9', 'x-request-id': undefined } },
      { what: "the client's X-Request-ID", from: '127.0.0.3', headers: { 'X-Request-ID': 'abc' }, want: { 'x-request-id': 'abc' } },
    ];
    assert.deepEqual(await runFwd(kind, probes, { 'forwarded-for-header': 'X-Client-IP', 'generate-request-id': 'false' }), []);
  });

test('a target without the realip modes fails at the key (IC3151), located; defaults and inert keys pass', () => {
  for (const target of ['nginx', 'haproxy', 'envoy', 'caddy', 'traefik', 'gateway-api'] as const) {
    const modes = [{ 'use-forwarded-headers': 'true' }, { 'enable-real-ip': 'true' }].filter(() => !REAL_IP.includes(target));
    for (const data of [...modes, ...(PROXY_PROTOCOL.includes(target) ? [] : [{ 'use-proxy-protocol': 'true' }])] as Record<string, string>[]) {
      const r = compileFwd(target, { http: 8080, https: 8443 }, 9, data);
      const d = r.diagnostics.find((x) => x.code === 'IC3151');
      assert.ok(!r.ok && d, `${target} ${JSON.stringify(data)}: ${JSON.stringify(r.diagnostics.map((x) => x.code))}`);
      assert.equal(d.field, `data.${Object.keys(data)[0]}`);
      assert.match(`${d.loc?.file}:${d.loc?.line}`, /^cm\.yaml:[0-9]+$/);
    }
    if (REAL_IP.includes(target) && !FULL_XFF.includes(target)) {
      const r = compileFwd(target, { http: 8080, https: 8443 }, 9, { 'use-forwarded-headers': 'true', 'compute-full-forwarded-for': 'true' });
      assert.ok(!r.ok && r.diagnostics.some((x) => x.code === 'IC3151' && x.field === 'data.compute-full-forwarded-for'), `${target}: ${JSON.stringify(r.diagnostics.map((x) => x.code))}`);
    }
    // compute-full-forwarded-for and proxy-real-ip-cidr change nothing without the realip modes (nginx.tmpl).
    const inert = compileFwd(target, { http: 8080, https: 8443 }, 9, { 'compute-full-forwarded-for': 'true', 'proxy-real-ip-cidr': '10.0.0.0/8', 'use-forwarded-headers': 'false' });
    assert.ok(!inert.diagnostics.some((x) => x.code === 'IC3151'), `${target}: ${JSON.stringify(inert.diagnostics)}`);
  }
  for (const bad of ['X Client', 'X_Client', '$x', 'a"b', '']) {
    const r = compileFwd('nginx', { http: 8080, https: 8443 }, 9, { 'forwarded-for-header': bad });
    assert.ok(!r.ok && r.diagnostics.some((x) => x.code === 'IC2300' && /header name/.test(x.message)), `${JSON.stringify(bad)}: ${JSON.stringify(r.diagnostics)}`);
  }
});

test('nginx: the realip modes beside ssl-passthrough are refused at the passthrough host (IC4220)', () => {
  const pt = [{ path: 'pt.yaml', text: ingressYaml('pt', 'pt.test', { 'ssl-passthrough': 'true' }) }];
  for (const data of [{ 'use-forwarded-headers': 'true' }, { 'enable-real-ip': 'true' }] as Record<string, string>[]) {
    const r = compileFwd('nginx', { http: 8080, https: 8443 }, 9, data, {}, pt);
    const d = r.diagnostics.find((x) => x.code === 'IC4220');
    assert.ok(!r.ok && d?.loc?.file === 'pt.yaml', JSON.stringify(r.diagnostics.map((x) => x.code)));
  }
  assert.ok(compileFwd('nginx', { http: 8080, https: 8443 }, 9, { 'forwarded-for-header': 'X-Client-IP' }, {}, pt).ok);
});
