import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeRegexMeta as goQuoteMeta } from '../../src/emit/regex.js';
import { goQuote, wildcardHostRegexp } from '../../src/emit/traefik/quote.js';
import { hostMatcher, pathMatcher } from '../../src/emit/traefik/rules.js';
import { goRegexp } from '../traefik/go-regexp.js';
import { matchersOf, parseRule } from '../traefik/rule-parser.js';

test('goQuote writes a Go interpreted string, escaping only backslash and double quote', () => {
  assert.equal(goQuote('/tea'), '"/tea"');
  assert.equal(goQuote('a"b'), '"a\\"b"');
  assert.equal(goQuote('a\\b'), '"a\\\\b"');
  assert.equal(goQuote('a`b'), '"a`b"'); // a backtick is an ordinary character inside "..."
  assert.equal(goQuote('café'), '"café"');
});

test('goQuote refuses control characters and unpaired surrogates', () => {
  for (const bad of ['a\nb', 'a\rb', '\u0000', 'tab\there', '\u007f', '\u0085', '\u009f', 'x\ud800', '\udc00y']) {
    assert.throws(() => goQuote(bad), /refusing/, JSON.stringify(bad));
  }
  assert.equal(goQuote('\ud83d\ude00'), '"\ud83d\ude00"'); // a valid pair is fine
});

test('a quoted value parses back to itself as one matcher, whatever it contains', () => {
  const nasty = ['/a`) || Host(`evil', '/a") || Host("evil', '/a\\") || Host(\\"evil', '\\', '"', '`', '`)`', '/x\\"', '/$(id)', "/it's"];
  for (const v of nasty) {
    const tree = parseRule(`Path(${goQuote(v)})`);
    assert.deepEqual(matchersOf(tree), [{ kind: 'matcher', name: 'Path', args: [v] }], JSON.stringify(v));
  }
});

test('goQuoteMeta escapes every RE2 metacharacter', () => {
  assert.equal(goQuoteMeta('a.b*c+d?e(f)g|h[i]j{k}l^m$n\\o'), 'a\\.b\\*c\\+d\\?e\\(f\\)g\\|h\\[i\\]j\\{k\\}l\\^m\\$n\\\\o');
  assert.equal(goQuoteMeta('foo-bar.example.com'), 'foo-bar\\.example\\.com');
});

test('wildcard HostRegexp is anchored and matches exactly one label', () => {
  const src = wildcardHostRegexp('foo.example.com');
  assert.equal(src, '^[^.]+\\.foo\\.example\\.com\\.?$');
  const re = goRegexp(src);
  for (const ok of ['a.foo.example.com', 'a-b.foo.example.com', 'a.foo.example.com.']) assert.ok(re.test(ok), ok);
  for (const no of ['foo.example.com', 'a.b.foo.example.com', '.foo.example.com', 'afoo.example.com', 'a.foo.example.com.evil', 'a.fooXexample.com']) assert.ok(!re.test(no), no);
  assert.throws(() => wildcardHostRegexp('foo.com") || Host("x'), /invalid wildcard/);
  assert.throws(() => wildcardHostRegexp('Foo.com'), /invalid wildcard/);
});

test('rule fragments: Exact is Path, Prefix is element-wise, root is PathPrefix("/")', () => {
  assert.equal(pathMatcher({ path: '/foo', match: 'Exact' }), 'Path("/foo")');
  assert.equal(pathMatcher({ path: '/foo', match: 'Prefix' }), '(Path("/foo") || PathPrefix("/foo/"))');
  assert.equal(pathMatcher({ path: '/', match: 'Prefix' }), 'PathPrefix("/")');
  const origin = { file: 'x', line: 1, col: 1 };
  const base = { exact: [], prefix: [], origin };
  assert.equal(hostMatcher({ ...base, name: 'a.test', kind: 'exact', wildcardSuffix: '' }), 'Host("a.test")');
  assert.equal(hostMatcher({ ...base, name: '*.a.test', kind: 'wildcard', wildcardSuffix: 'a.test' }), 'HostRegexp("^[^.]+\\\\.a\\\\.test\\\\.?$")');
  assert.equal(hostMatcher({ ...base, name: '*', kind: 'any', wildcardSuffix: '' }), undefined);
});

test('random printable values survive quoting and parsing unchanged', () => {
  let seed = 42;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const alphabet = ['"', '`', '\\', '(', ')', '|', '&', '!', ',', ' ', '/', 'a', 'Z', '0', '$', "'", 'é', '😀', '\u2028'];
  for (let i = 0; i < 500; i++) {
    const v = Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join('') || 'x';
    assert.deepEqual(matchersOf(parseRule(`Host(${goQuote(v)}) && PathPrefix(${goQuote(`/${v}`)})`)).map((n) => n.args[0]), [v, `/${v}`], JSON.stringify(v));
  }
});
