/**
 * HAProxy's realip (emit/haproxy/forwarded-headers.ts): the unrolled walk from the right, which
 * every src rule follows; hdr_ip's deepest occurrence is -10, so the walk is 9 deep plus a refusal.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_FORWARDED } from '../../src/ir/forwarded.js';
import { forwardedLines, proxyProtocolLines, realIpLines, REALIP_DEPTH } from '../../src/emit/haproxy/forwarded-headers.js';

const f = { ...DEFAULT_FORWARDED, realIp: { header: 'X-Client-IP', trusted: ['10.0.0.0/8', '2001:db8::/32'] } };

test('the walk: one step per entry while src is trusted, then 400 past the deepest', () => {
  const lines = realIpLines(f);
  assert.equal(lines[0], 'http-request set-var(txn.ingressc_peer) src');
  assert.equal(lines.filter((l) => l.startsWith('http-request set-src hdr_ip(x-client-ip,-')).length, REALIP_DEPTH);
  assert.ok(lines.every((l) => !/hdr_ip\([^,]+,-(1[1-9]|[2-9][0-9])\)/.test(l)), 'no occurrence below -10');
  assert.match(lines.at(-1)!, /^http-request deny deny_status 400 if .*\{ src 10\.0\.0\.0\/8 2001:db8::\/32 \} \{ hdr_ip\(x-client-ip,-10\) -m found \}$/);
  // Each step requires the previous one and a trusted src.
  for (let k = 1; k <= REALIP_DEPTH; k++) assert.ok(lines.includes(`http-request set-var(txn.ingressc_rip) int(${k}) if { var(txn.ingressc_rip) -m int eq ${k - 1} } { src 10.0.0.0/8 2001:db8::/32 } { hdr_ip(x-client-ip,-${k}) -m found }`), String(k));
});

test('the walk comes before the forwarded headers; none without realip; PROXY only from trusted peers', () => {
  const lines = forwardedLines({ forwarded: f }, false);
  assert.ok(lines.indexOf('http-request set-header X-Real-IP %[src]') > lines.findIndex((l) => l.startsWith('http-request set-src')));
  assert.deepEqual(realIpLines(DEFAULT_FORWARDED), []);
  assert.deepEqual(proxyProtocolLines({ forwarded: f }), []);
  assert.deepEqual(proxyProtocolLines({ forwarded: { ...f, proxyProtocol: true } }), ['tcp-request connection expect-proxy layer4 if { src 10.0.0.0/8 2001:db8::/32 }']);
  assert.throws(() => realIpLines({ ...f, realIp: { header: 'X Client', trusted: ['10.0.0.0/8'] } }));
});
