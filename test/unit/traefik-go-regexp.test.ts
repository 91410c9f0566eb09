import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goRegexp } from '../traefik/go-regexp.js';

const yes = (re: string, ...ss: string[]) => ss.forEach((s) => assert.ok(goRegexp(re).test(s), `${re} should match ${JSON.stringify(s)}`));
const no = (re: string, ...ss: string[]) => ss.forEach((s) => assert.ok(!goRegexp(re).test(s), `${re} should not match ${JSON.stringify(s)}`));

test('unanchored like regexp.MatchString; anchors as written', () => {
  yes('foo', 'xfoox');
  yes('^foo$', 'foo');
  no('^foo$', 'foox', 'xfoo', 'foo\n');
  yes('\\Afoo\\z', 'foo');
  no('\\Afoo\\z', 'foo\n');
});

test('dot, \\s and escapes follow Go, not JavaScript', () => {
  yes('^a.b$', 'a\rb', 'a\u2028b', 'aéb', 'a😀b');
  no('^a.b$', 'a\nb');
  yes('(?s)^a.b$', 'a\nb');
  yes('^\\s$', ' ', '\t', '\n', '\f', '\r');
  no('^\\s$', '\u00a0', '\v');
  no('^\\S$', ' ');
  yes('^\\S$', '\u00a0');
  yes('^\\.\\-\\#\\!\\@$', '.-#!@');
  yes('^\\x41\\x{1F600}\\101\\0$', 'A😀A\u0000');
  yes('^\\Qa.b*\\E$', 'a.b*');
  no('^\\Qa.b*\\E$', 'axbb');
});

test('literal braces and brackets where Go allows them', () => {
  yes('^a{$', 'a{');
  yes('^a{x}$', 'a{x}');
  yes('^a}]$', 'a}]');
  yes('^a{2}$', 'aa');
  yes('^a{1,}$', 'aaaa');
  yes('^a{1,2}?$', 'a');
  assert.throws(() => goRegexp('a{1001}'), /1000/);
});

test('character classes, POSIX classes, negation', () => {
  yes('^[^.]+\\.foo$', 'bar.foo');
  no('^[^.]+\\.foo$', 'a.bar.foo', '.foo');
  yes('^[]a]+$', ']a]');
  yes('^[a-c-]+$', 'ab-c');
  yes('^[[:alpha:][:digit:]]+$', 'ab12');
  no('^[[:alpha:]]+$', 'a1');
  yes('^[\\s]+$', ' \t');
  yes('^[\\d.]+$', '1.2');
});

test('flags and groups', () => {
  yes('(?i)^foo$', 'FoO');
  no('^foo$', 'FOO');
  yes('^(?P<x>a)(?:b|c)(d)$', 'acd');
  yes('^(?<x>a)$', 'a');
  for (const bad of ['(?m)^a', '(?U)a', 'a(?i)b', '(?=a)', '(?!a)', '\\1', '\\pL', '\\p{Greek}', '[[:^alpha:]]', 'a**', '(a', '[a', '\\', '\\q']) {
    assert.throws(() => goRegexp(bad), Error, bad);
  }
});
