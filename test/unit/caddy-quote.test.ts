import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caddyHeaderName, caddyJson, caddyLiteral, exactPathRegexp, prefixPathRegexp, wildcardHost } from '../../src/emit/caddy/quote.js';
import { prefixMatches } from '../../src/ir/match.js';

test('caddyJson: every string round-trips exactly, nothing escapes its value', () => {
  const hostile = ['"', '\\', '","admin":{"listen":"0.0.0.0:1"}', 'a\nb', '\u0000', '\u2028\u2029', '</script>', '{http.request.header.X}', 'ü€😀', '\t\r'];
  const doc = { strings: hostile, [hostile[2]!]: hostile[0] };
  const text = caddyJson(doc);
  assert.deepEqual(JSON.parse(text), doc);
  assert.ok(text.endsWith('}\n'));
  // No raw control character anywhere: Go's decoder refuses them inside strings.
  for (const line of text.split('\n')) assert.doesNotMatch(line, /[\u0000-\u001f]/);
  assert.equal(Object.keys(JSON.parse(text)).length, 2, 'a key cannot inject a sibling key');
});

test('caddyLiteral: passes what validation lets through, refuses placeholders, escapes and control characters', () => {
  for (const ok of ['cafe.example.com', '/tea/green-1_~.x', '10.0.0.1:8080', '[::1]:80', 'default-tls']) assert.equal(caddyLiteral(ok), ok);
  for (const bad of ['{env.HOME}', '/a{b', '/a}b', 'a\\b', 'a\nb', '\u0000', 'ü', '\u2028', '\ud800', 'tab\t'])
    assert.throws(() => caddyLiteral(bad), /caddy: refusing/, JSON.stringify(bad));
});

test('path regexps: Exact is exact and case-sensitive, Prefix is element-wise (as the IR), metacharacters are literal', () => {
  const exact = new RegExp(exactPathRegexp('/a.b'));
  assert.equal(exactPathRegexp('/a.b'), '^/a\\.b$');
  assert.ok(exact.test('/a.b'));
  for (const no of ['/a.b/', '/A.B', '/axb', '/a.bc', 'x/a.b']) assert.ok(!exact.test(no), no);
  for (const p of ['/foo', '/a.b', '/x-y_z~1/v1']) {
    const re = new RegExp(prefixPathRegexp(p));
    for (const path of [p, `${p}/`, `${p}/x`, `${p}/x/y.z`, `${p}x`, `${p}.`, p.toUpperCase(), p.slice(0, -1), `/pre${p}`, `${p}/%0A`, `${p}/a\nb`, '/'])
      assert.equal(re.test(path), prefixMatches(p, path), `${p} vs ${JSON.stringify(path)}`);
  }
  assert.throws(() => prefixPathRegexp('/a{b}'), /refusing/);
});

test('wildcard hosts: one label in Caddy`s matcher; the suffix must be a DNS name', () => {
  assert.equal(wildcardHost('foo.example.com'), '*.foo.example.com');
  for (const bad of ['', 'Foo.com', 'foo..com', '*.foo.com', 'foo.com}', 'foo .com']) assert.throws(() => wildcardHost(bad), /invalid wildcard suffix|refusing/, bad);
});

test('caddyHeaderName passes an HTTP token, "_" only where a headers ConfigMap may hold it, and refuses placeholders and the rest', () => {
  assert.equal(caddyHeaderName('X-Canary'), 'X-Canary');
  assert.throws(() => caddyHeaderName('X_Team'));
  assert.equal(caddyHeaderName('X_Team', { underscore: true }), 'X_Team');
  for (const bad of ['', 'X Y', 'X}', '{X', 'X.Y', 'X:', 'X\n'])
    for (const underscore of [false, true]) assert.throws(() => caddyHeaderName(bad, { underscore }), JSON.stringify(bad));
});
