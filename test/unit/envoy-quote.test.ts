import assert from 'node:assert/strict';
import { test } from 'node:test';
import { envoyHeaderName, re2Escape, wildcardAuthorityRegex } from '../../src/emit/envoy/quote.js';

/** RE2 and JS agree on this subset; JS (Node 20) has no inline `(?i)`, so move it to a flag. */
const asJs = (re2: string): RegExp => {
  assert.ok(re2.startsWith('(?i)'));
  return new RegExp(re2.slice(4), 'i');
};

test('re2Escape escapes every RE2 metacharacter and nothing else', () => {
  assert.equal(re2Escape('foo.example.com'), 'foo\\.example\\.com');
  assert.equal(re2Escape('a-b_c~0'), 'a-b_c~0');
  assert.equal(re2Escape('\\.+*?()|[]{}^$'), '\\\\\\.\\+\\*\\?\\(\\)\\|\\[\\]\\{\\}\\^\\$');
  const nasty = 'a.b*c+(d)|[e]{2}^$\\';
  assert.ok(new RegExp(`^${re2Escape(nasty)}$`).test(nasty), 'escaped text matches itself literally');
  assert.ok(!new RegExp(`^${re2Escape('a.b')}$`).test('axb'));
});

test('re2Escape refuses control and non-ASCII characters', () => {
  for (const bad of ['a\nb', 'a\u0000', '\u007f', 'tab\t', 'ü.example', 'a\u2028b']) assert.throws(() => re2Escape(bad), /refusing/, JSON.stringify(bad));
});

test('wildcard :authority regex: exactly one label, any case, optional trailing dot and port', () => {
  const rx = wildcardAuthorityRegex('foo.example.com');
  assert.equal(rx, '(?i)^[^.:]+\\.foo\\.example\\.com\\.?(:[0-9]+)?$');
  const re = asJs(rx);
  for (const ok of ['a.foo.example.com', 'A.FOO.Example.COM', 'a.foo.example.com:8080', 'xn--bcher-kva.foo.example.com', 'a-b.foo.example.com', 'a.foo.example.com.', 'a.foo.example.com.:8080'])
    assert.ok(re.test(ok), ok);
  for (const no of ['a.b.foo.example.com', 'foo.example.com', '.foo.example.com', 'afoo.example.com', 'a.fooxexample.com', 'a.foo.example.com.evil', 'a.foo.example.com..', 'a.foo.example.com:', 'a.foo.example.com:80x', 'a:1.foo.example.com'])
    assert.ok(!re.test(no), no);
});

test('wildcard regex refuses a suffix that is not a DNS name', () => {
  for (const bad of ['', 'Foo.com', 'foo.com)|(.*', 'foo..com', '-foo.com', 'foo.com.', '*.foo.com', 'foo .com'])
    assert.throws(() => wildcardAuthorityRegex(bad), /invalid wildcard suffix/, JSON.stringify(bad));
});

test('envoyHeaderName lowercases an HTTP token, "_" only where a headers ConfigMap may hold it, and refuses formatter text', () => {
  assert.equal(envoyHeaderName('X-Forwarded-For'), 'x-forwarded-for');
  assert.throws(() => envoyHeaderName('X_Team'));
  assert.equal(envoyHeaderName('X_Team', { underscore: true }), 'x_team');
  for (const bad of ['', 'X Y', 'X)%', '%REQ(X', 'X:', 'X\n'])
    for (const underscore of [false, true]) assert.throws(() => envoyHeaderName(bad, { underscore }), JSON.stringify(bad));
});
