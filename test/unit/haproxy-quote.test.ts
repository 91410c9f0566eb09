import assert from 'node:assert/strict';
import { test } from 'node:test';
import { address, cfgName, cfgWord, haproxyHeaderName, HaproxyQuoteError, mapKey, mapValue, quotedArg } from '../../src/emit/haproxy/quote.js';

type Fn = (s: string) => string;

/** [function, input, accepted?] — accepted inputs come back unchanged (nothing is ever escaped). */
const TABLE: [string, Fn, string, boolean][] = [
  // map keys: hosts, wildcards, the host-less "*", paths as validation lets them through
  ['mapKey', mapKey, 'cafe.example.com/tea/', true],
  ['mapKey', mapKey, '*.foo.com/', true],
  ['mapKey', mapKey, '*/healthz', true],
  ['mapKey', mapKey, 'a.test/A-Z_a.z~0-9/', true],
  ['mapKey', mapKey, 'a.test', true],
  ['mapKey', mapKey, '', false],
  ['mapKey', mapKey, '#comment', false],
  ['mapKey', mapKey, 'a.test/x#y', false],
  ['mapKey', mapKey, 'a.test/x y', false],
  ['mapKey', mapKey, 'a.test/x\ty', false],
  ['mapKey', mapKey, 'a.test/x\ny', false],
  ['mapKey', mapKey, 'a.test/x\u0000', false],
  ['mapKey', mapKey, 'a.test/x\u007f', false],
  ['mapKey', mapKey, 'a.test/%2F', false],
  ['mapKey', mapKey, 'a.test/"x"', false],
  ['mapKey', mapKey, "a.test/'x'", false],
  ['mapKey', mapKey, 'a.test/x\\y', false],
  ['mapKey', mapKey, 'a.test/$x', false],
  ['mapKey', mapKey, 'a.test/é', false],
  ['mapKey', mapKey, 'a.test/x\u00a0y', false],
  ['mapKey', mapKey, 'x'.repeat(4097), false],
  // names (backends, servers, resolvers) and map values (always backend names)
  ['cfgName', cfgName, 'be_default_tea-svc_80', true],
  ['cfgName', cfgName, 'not_found', true],
  ['cfgName', cfgName, 'be x', false],
  ['cfgName', cfgName, 'be/x', false],
  ['cfgName', cfgName, 'be#x', false],
  ['cfgName', cfgName, '', false],
  ['mapValue', mapValue, 'be_ns_svc_http', true],
  ['mapValue', mapValue, 'be_ns_svc_80 extra', false],
  ['mapValue', mapValue, '%[src]', false],
  // config and crt-list arguments
  ['cfgWord', cfgWord, 'certs/default-cafe-secret.crt', true],
  ['cfgWord', cfgWord, '*.foo.com', true],
  ['cfgWord', cfgWord, '[::1]:8443', true],
  ['cfgWord', cfgWord, 'tea-svc.default.svc.cluster.local:80', true],
  ['cfgWord', cfgWord, 'a b', false],
  ['cfgWord', cfgWord, 'a#b', false],
  ['cfgWord', cfgWord, '"a"', false],
  ['cfgWord', cfgWord, "'a'", false],
  ['cfgWord', cfgWord, 'a\\ b', false],
  ['cfgWord', cfgWord, '"${HOME}"', false],
  ['cfgWord', cfgWord, '$HOME', false],
  ['cfgWord', cfgWord, '%[req.hdr(host)]', false],
  ['cfgWord', cfgWord, '{ always_true }', false],
  ['cfgWord', cfgWord, 'x,lower', false],
  ['cfgWord', cfgWord, 'a\nbind :1', false],
  ['cfgWord', cfgWord, 'a\rb', false],
  ['cfgWord', cfgWord, '', false],
];

for (const [name, fn, input, ok] of TABLE) {
  test(`${name}(${JSON.stringify(input.length > 40 ? `${input.slice(0, 20)}…` : input)}) ${ok ? 'is accepted unchanged' : 'is refused'}`, () => {
    if (ok) assert.equal(fn(input), input);
    else assert.throws(() => fn(input), HaproxyQuoteError);
  });
}

test('refusals name the offending character', () => {
  assert.throws(() => mapKey('a.test/x y'), /character " "/);
  assert.throws(() => mapKey('a.test/\u0001'), /control character U\+0001/);
  assert.throws(() => cfgWord('%[src]'), /character "%"/);
});

test('address brackets IPv6 literals and checks the port', () => {
  assert.equal(address('10.0.0.1', 8080), '10.0.0.1:8080');
  assert.equal(address('::1', 80), '[::1]:80');
  assert.equal(address('[::1]', 80), '[::1]:80');
  assert.equal(address('svc.ns.svc.cluster.local', 443), 'svc.ns.svc.cluster.local:443');
  for (const port of [0, 65536, 1.5, NaN]) assert.throws(() => address('10.0.0.1', port), HaproxyQuoteError);
  assert.throws(() => address('a b', 80), HaproxyQuoteError);
});

test('quotedArg single-quotes regexes and formats, and refuses quotes, "%", spaces and control characters', () => {
  assert.equal(quotedArg('^/a(/|\\z)([^\\n]*)'), "'^/a(/|\\z)([^\\n]*)'");
  assert.equal(quotedArg('/new/\\1'), "'/new/\\1'");
  for (const bad of ["a'b", 'a%[src]', 'a b', 'a\nb', 'é', '']) assert.throws(() => quotedArg(bad), HaproxyQuoteError, JSON.stringify(bad));
});

test('haproxyHeaderName lower-cases a token name; "_" only for headers ConfigMaps; anything else is refused', () => {
  assert.equal(haproxyHeaderName('My-Custom-Header'), 'my-custom-header');
  assert.equal(haproxyHeaderName('x_b', { underscore: true }), 'x_b');
  for (const bad of ['x_b', 'a b', 'x:y', '"', '', 'é', 'a\nb']) assert.throws(() => haproxyHeaderName(bad), HaproxyQuoteError, JSON.stringify(bad));
});
