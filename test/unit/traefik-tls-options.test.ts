import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TraefikModel } from '../traefik/evaluate.js';
import { chooseTlsOptions, handshakeOptions, handshakeOptionsName, hostDomains, misdirected, optionError, tls12Suites, type OptionsRouter, type TlsOption } from '../traefik/tls-options.js';

const https = (rule: string, options?: string): OptionsRouter => ({ entryPoints: ['websecure'], rule, tls: options === undefined ? {} : { options } });
const STRICT: Record<string, TlsOption> = { strict: { minVersion: 'VersionTLS12', cipherSuites: ['TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'] }, other: { cipherSuites: ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'] } };

test('the domains of a rule are its Host() values, lowercased, also negated or or-ed; HostRegexp binds none', () => {
  assert.deepEqual(hostDomains('Host("A.test") && PathPrefix("/")'), ['a.test']);
  assert.deepEqual(hostDomains('(Host("a.test") || Host("b.test")) && !Host("c.test")'), ['a.test', 'b.test', 'c.test']);
  assert.deepEqual(hostDomains('HostRegexp("^[^.]+\\\\.test\\\\.?$")'), []);
  assert.deepEqual(hostDomains('PathPrefix("/")'), []);
});

test('a handshake gets the options bound to its SNI, else the default ones', () => {
  const c = chooseTlsOptions({ a: https('Host("a.test") && Path("/x")', 'strict'), a2: https('Host("a.test")', 'strict'), b: https('Host("b.test")'), any: https('PathPrefix("/")') }, STRICT);
  assert.equal(handshakeOptionsName(c, 'a.test'), 'strict@file');
  assert.equal(handshakeOptionsName(c, ' A.TEST '), 'strict@file'); // the SNI is trimmed and lowercased
  assert.equal(handshakeOptionsName(c, 'b.test'), 'default');
  assert.equal(handshakeOptionsName(c, 'x.a.test'), 'default'); // exact match only
  assert.equal(handshakeOptionsName(c, undefined), 'default');
  assert.deepEqual(c.log, []);
  const o = handshakeOptions(c, 'a.test');
  assert.ok(o !== 'closed');
  assert.deepEqual(tls12Suites(o.option, ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256']), []);
  assert.deepEqual(tls12Suites(o.option, ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384']), ['TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384']);
  // Traefik's own default options take the RSA key exchange suites too.
  const d = handshakeOptions(c, 'b.test');
  assert.ok(d !== 'closed');
  assert.deepEqual(tls12Suites(d.option, ['TLS_RSA_WITH_AES_128_GCM_SHA256']), ['TLS_RSA_WITH_AES_128_GCM_SHA256']);
});

test('tls.options.default replaces the default options; routers on another entry point or without tls bind nothing', () => {
  const c = chooseTlsOptions({ a: https('Host("a.test")', 'strict'), web: { entryPoints: ['web'], rule: 'Host("b.test")' }, other: { entryPoints: ['other'], rule: 'Host("c.test")', tls: { options: 'strict' } } }, { ...STRICT, default: { minVersion: 'VersionTLS12', cipherSuites: ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'] } });
  const d = handshakeOptions(c, 'c.test');
  assert.ok(d !== 'closed');
  assert.equal(d.name, 'default');
  assert.deepEqual(tls12Suites(d.option, ['TLS_RSA_WITH_AES_128_GCM_SHA256']), []);
  assert.deepEqual(tls12Suites(d.option, ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256']), ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256']);
});

test('two options on one domain: the default options (v3.6 per domain, v3.7 per router), logged', () => {
  const routers = { a1: https('Host("a.test") && Path("/1")', 'strict'), a2: https('Host("a.test") && Path("/2")', 'other'), ab: https('Host("b.test") || Host("a.test")', 'strict') };
  const v36 = chooseTlsOptions(routers, STRICT, 'websecure', '3.6');
  assert.equal(handshakeOptionsName(v36, 'a.test'), 'default');
  assert.equal(handshakeOptionsName(v36, 'b.test'), 'strict@file'); // b.test alone keeps its options in v3.6
  assert.equal(v36.log.length, 1);
  const v37 = chooseTlsOptions(routers, STRICT, 'websecure', '3.7');
  assert.equal(handshakeOptionsName(v37, 'a.test'), 'default');
  assert.equal(handshakeOptionsName(v37, 'b.test'), 'default'); // the whole router ab is reset
  assert.equal(v37.resolved.get('ab'), 'default');
});

test('options on a router without a Host domain cannot be applied (HostRegexp, host-less)', () => {
  for (const version of ['3.6', '3.7'] as const) {
    const c = chooseTlsOptions({ w: https('HostRegexp("^[^.]+\\\\.test\\\\.?$")', 'strict') }, STRICT, 'websecure', version);
    assert.equal(handshakeOptionsName(c, 'x.test'), 'default');
    assert.match(c.log[0]!, /no domain found/);
  }
});

test('options that do not exist or cannot be built close the connection', () => {
  const c = chooseTlsOptions({ a: https('Host("a.test")', 'missing'), b: https('Host("b.test")', 'bad') }, { bad: { cipherSuites: ['ECDHE-RSA-AES128-GCM-SHA256'] } });
  assert.equal(handshakeOptions(c, 'a.test'), 'closed');
  assert.equal(handshakeOptions(c, 'b.test'), 'closed');
  assert.notEqual(handshakeOptions(c, 'c.test'), 'closed');
  assert.match(optionError({ clientAuth: { clientAuthType: 'RequireAndVerifyClientCert' } })!, /CAFiles is required/);
  assert.equal(optionError({ clientAuth: { caFiles: ['ca.crt'], clientAuthType: 'RequireAndVerifyClientCert' } }), undefined);
});

test('421 when the Host header names a host of other options than the SNI (domain fronting), in v3.6 and v3.7', () => {
  const routers = { a: https('Host("a.test")', 'strict'), b: https('Host("b.test")'), c: https('Host("c.test")'), any: https('PathPrefix("/")') };
  for (const version of ['3.6', '3.7'] as const) {
    const ch = chooseTlsOptions(routers, STRICT, 'websecure', version);
    const m = (sni: string | undefined, host: string, router: string): boolean => misdirected(ch, { sni, host, router });
    assert.equal(m('a.test', 'a.test', 'a'), false);
    assert.equal(m('b.test', 'a.test', 'a'), true, version); // default handshake, strict host
    assert.equal(m(undefined, 'a.test', 'a'), true, version);
    assert.equal(m('a.test', 'b.test', 'b'), true, version); // strict handshake, default host
    assert.equal(m('a.test', 'x.test', 'any'), true, version);
    assert.equal(m('b.test', 'c.test', 'c'), false); // both default
    assert.equal(m('x.test', 'c.test', 'c'), false);
  }
});

test('the evaluator answers 421 to a request whose Host has other TLS options than its SNI', () => {
  const lb = { loadBalancer: { servers: [{ url: 'http://10.0.0.1:80' }], passHostHeader: true } };
  const m = new TraefikModel({
    http: { routers: { a: { ...https('Host("a.test")', 'strict'), service: 's' }, b: { ...https('Host("b.test")'), service: 's' } }, services: { s: lb } },
    tls: { options: STRICT },
  });
  assert.equal(m.route({ https: true, host: 'a.test', path: '/' }).status, 200);
  assert.equal(m.route({ https: true, host: 'a.test', sni: 'a.test', path: '/' }).status, 200);
  assert.deepEqual(m.route({ https: true, host: 'a.test:443', sni: 'b.test', path: '/' }), { kind: 'status', status: 421, reason: 'misdirected' });
  assert.equal(m.route({ https: true, host: 'b.test', sni: 'a.test', path: '/' }).status, 421);
  assert.equal(m.route({ https: true, host: 'b.test', sni: 'c.test', path: '/' }).status, 200);
});
