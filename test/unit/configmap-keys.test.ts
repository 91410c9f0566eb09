/**
 * The reader's grammars and settings of the ConfigMap keys honoured as controller-wide settings
 * or new annotation defaults (configmap/read.ts, block-list.ts), and what lowering makes of them
 * (controllerWide, hstsValue). The live behaviour is in test/e2e/configmap-*.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { controllerWide, hstsValue } from '../../src/lower/controller-config.js';
import { Diagnostics } from '../../src/diagnostics/collector.js';
import { parseSources } from '../../src/parse/parse-yaml.js';
import { parseConfigValue, readControllerConfig, type ControllerConfig } from '../../src/providers/ingress-nginx/configmap/read.js';
import { DEFAULT_SSL_CIPHERS } from '../../src/ir/ciphers.js';

const ok = (type: Parameters<typeof parseConfigValue>[0], v: string): unknown => {
  const r = parseConfigValue(type, v);
  assert.ok('value' in r, `${type} ${JSON.stringify(v)}: ${'expected' in r ? r.expected : ''}`);
  return r.value;
};
const bad = (type: Parameters<typeof parseConfigValue>[0], v: string): string => {
  const r = parseConfigValue(type, v);
  assert.ok('expected' in r, `${type} ${JSON.stringify(v)} accepted`);
  return r.expected;
};

describe('grammars', () => {
  test('redirect-code: 301, 302, 307, 308 only', () => {
    for (const c of ['301', '302', '307', '308']) assert.equal(ok('redirect-code', c), Number(c));
    for (const c of ['303', '300', ' 308', '308.0', '']) bad('redirect-code', c);
  });
  test('digits (hsts-max-age): plain decimal digits', () => {
    assert.equal(ok('digits', '0'), '0');
    assert.equal(ok('digits', '31536000'), '31536000');
    for (const v of ['-1', '+5', '0x10', '1e3', '5s', '', '1234567890123']) bad('digits', v);
  });
  test("status-codes (custom-http-errors): the annotation's grammar, sorted and unique", () => {
    assert.deepEqual(ok('status-codes', '503,404,503'), [404, 503]);
    assert.deepEqual(ok('status-codes', ''), []);
    for (const v of ['404, 503', '404,', '302', '600', 'x']) bad('status-codes', v);
  });
  test('block-list: strings lowercased, ~* and ~ regexes, refused what nginx misreads', () => {
    assert.deepEqual(ok('block-list', ' Curl/7.1 , ~*bot,~^Evil[0-9]+'), [{ exact: 'curl/7.1' }, { regex: 'bot', caseInsensitive: true }, { regex: '^Evil[0-9]+', caseInsensitive: false }]);
    assert.deepEqual(ok('block-list', ''), []);
    assert.match(bad('block-list', 'a,,b'), /empty entry 2/);
    assert.match(bad('block-list', 'Default'), /map directives/);
    assert.match(bad('block-list', 'a b'), /without spaces/);
    assert.match(bad('block-list', 'a$b'), /without spaces/);
    assert.match(bad('block-list', '~*x?'), /does not match an empty value/);
    assert.match(bad('block-list', '~*(?=x)'), /portable subset/);
  });
});

const read = (data: Record<string, string>): ControllerConfig => {
  const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: n}\ndata:\n${Object.entries(data).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}\n`).join('')}`;
  const diags = new Diagnostics();
  const cfg = readControllerConfig(parseSources([{ path: 'cm.yaml', text }], diags)[0]!, diags, { allowSnippets: false });
  assert.ok(cfg, 'the ConfigMap was refused');
  return cfg;
};

describe('settings and what lowering takes', () => {
  test('hstsValue: ingress-nginx defaults, each key, and hsts "false"', () => {
    assert.equal(hstsValue({ timeouts: {} }), 'max-age=31536000; includeSubDomains');
    assert.equal(hstsValue(read({ 'hsts-max-age': '60', 'hsts-include-subdomains': 'false', 'hsts-preload': 'true' }).settings), 'max-age=60; preload');
    assert.equal(hstsValue(read({ hsts: 'false', 'hsts-max-age': '60' }).settings), undefined);
  });
  test('controllerWide: only what the target honours; defaults of hsts and no-tls-redirect-locations with a ConfigMap', () => {
    const cfg = read({ 'http-redirect-code': '302', 'block-user-agents': 'x', 'block-referers': '~*y' });
    assert.deepEqual(controllerWide(cfg, 'nginx'), {
      httpsRedirectCode: 302,
      hsts: 'max-age=31536000; includeSubDomains',
      headerBlocks: [{ header: 'user-agent', exact: 'x' }, { header: 'referer', regex: 'y', caseInsensitive: true }],
      noTlsRedirect: ['/.well-known/acme-challenge'],
      tlsVersions: ['TLSv1.2', 'TLSv1.3'],
      // ingress-nginx's default list, the server's order preferred (nginx.tmpl's http level).
      tlsCiphers: { ciphers: DEFAULT_SSL_CIPHERS, preferServer: true },
      serverTokens: false,
    });
    // Traefik: ingress-nginx's default ssl-ciphers only (tls.options.default).
    assert.deepEqual(controllerWide(cfg, 'traefik'), { tlsCiphers: { ciphers: DEFAULT_SSL_CIPHERS, preferServer: true } });
    assert.deepEqual(controllerWide(undefined, 'nginx'), {});
    assert.deepEqual(controllerWide(read({ 'http-redirect-code': '308' }), 'haproxy').httpsRedirectCode, undefined);
    assert.deepEqual(controllerWide(read({ 'no-tls-redirect-locations': ' /a, ,/b ' }), 'envoy').noTlsRedirect, ['/a', '/b']);
    assert.deepEqual(controllerWide(read({ 'ssl-protocols': 'TLSv1.3' }), 'caddy').tlsVersions, ['TLSv1.3']);
    assert.deepEqual(controllerWide(read({ 'ssl-protocols': 'SSLv3 TLSv1.3' }), 'caddy').tlsVersions, ['TLSv1.2', 'TLSv1.3']);
    assert.deepEqual(controllerWide(read({ 'ssl-ciphers': 'HIGH:!aNULL' }), 'haproxy').tlsCiphers, { ciphers: 'HIGH:!aNULL', preferServer: true });
    assert.equal(controllerWide(read({ 'ssl-ciphers': '' }), 'nginx').tlsCiphers, undefined);
  });
  test('block-cidrs and custom-http-errors are read into the settings', () => {
    const s = read({ 'block-cidrs': '10.0.0.1, 10.1.0.0/16', 'custom-http-errors': '503,404' }).settings;
    assert.deepEqual(s.blockCidrs, ['10.0.0.1/32', '10.1.0.0/16']);
    assert.deepEqual(s.customHttpErrors, [404, 503]);
    assert.equal(read({ 'block-cidrs': '' }).settings.blockCidrs, undefined);
  });
});
