/**
 * The headers family's grammars and each target's quoting of header values (src/emit/<target>/custom-headers.ts),
 * and the IR's client-address model (src/ir/forwarded.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caddyText } from '../../src/emit/caddy/custom-headers.js';
import { logFormatLiteral } from '../../src/emit/haproxy/quote.js';
import { responseHeaderLines } from '../../src/emit/nginx/custom-headers.js';
import { clientAddress, DEFAULT_FORWARDED, upstreamHeaders } from '../../src/ir/forwarded.js';
import { HEADER_NAME_RE, HEADER_VALUE_RE, parseConfigMapRef } from '../../src/providers/ingress-nginx/families/headers.js';
import { ipInRanges } from '../traefik/ip.js';

const inRange = (cidrs: readonly string[], ip: string): boolean => ipInRanges(ip, cidrs);

test('custom-headers: "<namespace>/<name>" of a ConfigMap, nothing else', () => {
  assert.deepEqual(parseConfigMapRef('default/custom-headers'), { namespace: 'default', name: 'custom-headers' });
  for (const bad of ['custom-headers', 'a/b/c', '/x', 'x/', 'NS/x', 'default/x y', 'default/x"', ' default/x', 'default/x\n']) assert.ok('expected' in parseConfigMapRef(bad), bad);
});

test("customheaders.go's grammars: names [A-Za-z0-9_-], values printable ASCII without control characters", () => {
  for (const ok of ['X-A', 'x_b', '42']) assert.ok(HEADER_NAME_RE.test(ok), ok);
  for (const bad of ['X A', 'X:A', 'é', '', 'X\nA']) assert.ok(!HEADER_NAME_RE.test(bad), bad);
  for (const ok of ['42', '$remote_addr', `a "b" 'c' {d} \\e %f`]) assert.ok(HEADER_VALUE_RE.test(ok), ok);
  for (const bad of ['', 'a\tb', 'a\nb', 'é', 'a\u0000']) assert.ok(!HEADER_VALUE_RE.test(bad), JSON.stringify(bad));
});

test('quoting: each target reads the value back literally', () => {
  // nginx: "$" through the geo variable, quotes and backslashes escaped.
  assert.deepEqual(responseHeaderLines([{ name: 'X-A', value: 'a"$b\\' }]), ['proxy_hide_header X-A;', 'add_header X-A "a\\"${ingressc_dollar}b\\\\" always;']);
  // HAProxy: "%" doubled (log-format), a quote closes, is escaped and reopens.
  assert.equal(logFormatLiteral("it's 100%"), "'it'\\''s 100%%'");
  assert.throws(() => logFormatLiteral('a\nb'));
  // Caddy: braces escaped (placeholders), other characters as they are.
  assert.equal(caddyText('{x} \\y }'), '\\{x\\} \\y \\}');
});

test('client address: the peer; with realip and a trusted peer the rightmost untrusted entry (all trusted: the leftmost)', () => {
  const f = { ...DEFAULT_FORWARDED, realIp: { header: 'X-Forwarded-For', trusted: ['10.0.0.0/8'] } };
  const xff = (v: string) => ({ 'X-Forwarded-For': v });
  assert.equal(clientAddress(DEFAULT_FORWARDED, { peer: '10.0.0.1', headers: xff('1.2.3.4') }, inRange), '10.0.0.1');
  assert.equal(clientAddress(f, { peer: '192.0.2.1', headers: xff('1.2.3.4') }, inRange), '192.0.2.1');
  assert.equal(clientAddress(f, { peer: '10.0.0.1', headers: xff('1.2.3.4, 5.6.7.8, 10.1.1.1') }, inRange), '5.6.7.8');
  assert.equal(clientAddress(f, { peer: '10.0.0.1', headers: xff('10.2.2.2, 10.1.1.1') }, inRange), '10.2.2.2');
  assert.equal(clientAddress(f, { peer: '10.0.0.1', headers: xff('1.2.3.4, junk') }, inRange), '10.0.0.1');
  const h = upstreamHeaders({ forwarded: { ...f, trustClient: true, appendForwardedFor: true } }, { peer: '10.0.0.1', https: false, port: 80, host: 'a.test', headers: { ...xff('1.2.3.4'), 'X-Forwarded-Proto': 'https' } }, inRange);
  assert.equal(h['x-forwarded-for'], '1.2.3.4, 10.0.0.1');
  assert.equal(h['x-real-ip'], '1.2.3.4');
  assert.equal(h['x-forwarded-proto'], 'https');
  assert.equal(h['x-request-id'], '<generated>');
});

test('client address with use-proxy-protocol: the PROXY source of a trusted peer, appended by compute-full-forwarded-for', () => {
  const f = { ...DEFAULT_FORWARDED, proxyProtocol: true as const, realIp: { header: 'X-Forwarded-For', trusted: ['10.0.0.0/8'], proxyProtocol: true as const } };
  const xff = { 'X-Forwarded-For': '1.2.3.4' };
  assert.equal(clientAddress(f, { peer: '10.0.0.1', headers: xff, proxySource: '5.6.7.8' }, inRange), '5.6.7.8');
  // An untrusted peer's PROXY address is ignored; the header is never read.
  assert.equal(clientAddress(f, { peer: '192.0.2.1', headers: xff, proxySource: '5.6.7.8' }, inRange), '192.0.2.1');
  assert.equal(clientAddress(f, { peer: '10.0.0.1', headers: xff }, inRange), '10.0.0.1');
  const h = upstreamHeaders({ forwarded: { ...f, trustClient: true, appendForwardedFor: true } }, { peer: '10.0.0.1', https: false, port: 80, host: 'a.test', headers: xff, proxySource: '5.6.7.8' }, inRange);
  assert.equal(h['x-forwarded-for'], '1.2.3.4, 5.6.7.8');
  assert.equal(h['x-real-ip'], '5.6.7.8');
});
