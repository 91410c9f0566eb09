import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { locationRegex, parsePortable, RegexError, renderPortable, searchPortable, wholePathSearch } from '../../src/ir/regex.js';
import { rng } from '../helpers/rng.js';
import { goRegexp } from '../traefik/go-regexp.js';
import { genPattern, genSubject } from '../helpers/regex-gen.js';

/** Regex paths found in real Ingresses and in ingress-nginx's docs and e2e tests. */
const REAL = [
  '/something(/|$)(.*)',
  '/api(/|$)(.*)',
  '/foo/bar/[a-z]{3}',
  '/id/[0-9]+$',
  '/id/[0-9]+/post/[a-zA-Z]+$',
  '/(.*)',
  '/.*',
  '/lbe/(.*)',
  '/v1/?(.*)',
  '/api/v[0-9]+/.*',
  '/foo.+',
  '/static/(.+\\.(?:js|css))$',
  '/user/\\d+/profile',
  '/app(/|$)(.*?)',
  '/[^/]+/health',
];

describe('portable regex subset', () => {
  test('real-world regex paths parse, with their capture groups counted', () => {
    for (const p of REAL) assert.doesNotThrow(() => locationRegex(p), p);
    assert.equal(parsePortable('/something(/|$)(.*)').groups, 2);
    assert.equal(parsePortable('/static/(.+\\.(?:js|css))$').groups, 1);
  });

  test('constructs the engines read differently are located errors', () => {
    const cases: [string, RegExp, number][] = [
      ['/a(b)\\1', /backreferences/, 5],
      ['/a(?=b)', /look-ahead/, 2],
      ['/a(?<!b)c', /look-behind/, 2],
      ['/(?>ab)', /atomic group/, 1],
      ['/a*+', /possessive/, 3],
      ['/a++', /possessive/, 3],
      ['/\\Qa.b\\E', /\\Q/, 1],
      ['/(?i)abc', /inline flag/, 1],
      ['/(?<name>x)', /named group/, 1],
      ['/(?P<name>x)', /named group/, 1],
      ['/[[:alpha:]]', /POSIX/, 2],
      ['/\\p{L}', /Unicode properties/, 1],
      ['/a{', /"\{" must start a repeat count/, 2],
      ['/a{2,1}', /n <= m/, 2],
      ['/a{1001}', /above 255/, 2],
      ['/x}', /bare "\}"/, 2],
      ['/x]', /bare "\]"/, 2],
      ['/é', /outside the portable regex subset/, 1],
      ['/a b', /outside the portable regex subset/, 2],
      ['/a;b', /outside the portable regex subset/, 2],
      ['/a"b', /outside the portable regex subset/, 2],
      ["/a'b", /outside the portable regex subset/, 2],
      ['/a#b', /outside the portable regex subset/, 2],
      ['/a%b', /outside the portable regex subset/, 2],
      ['/$*', /quantifier after an anchor/, 1],
      ['/a|*', /nothing to repeat/, 3],
      ['/(a', /missing "\)"/, 1],
      ['/a)', /unbalanced/, 2],
      ['/[a', /missing "\]"/, 1],
      ['/[z-a]', /range/, 3],
      ['/[a-Z]', /range/, 3],
      ['/\\bword', /assertion \\b/, 1],
      ['/\\x41', /escape \\x/, 1],
      ['/a**', /after a quantifier/, 3],
    ];
    for (const [src, why, at] of cases) {
      assert.throws(
        () => parsePortable(src),
        (e: unknown) => e instanceof RegexError && why.test(e.detail) && e.offset === at,
        `${src}: expected ${why} at ${at}, got ${(() => {
          try {
            parsePortable(src);
            return 'no error';
          } catch (e) {
            return `${(e as RegexError).detail} at ${(e as RegexError).offset}`;
          }
        })()}`,
      );
    }
  });

  test('renderings spell out what engines disagree on', () => {
    const re = parsePortable('/a.\\d\\s$');
    assert.equal(renderPortable(re, 'pcre'), '/a[^\\n][0-9][\\t\\n\\f\\r\\x20]\\z');
    assert.equal(renderPortable(re, 're2'), '/a[^\\n][0-9][\\t\\n\\f\\r\\x20]\\z');
    assert.equal(renderPortable(re, 'js'), '/a[^\\n][0-9][\\t\\n\\f\\r\\x20]$');
    // A literal "$" never reaches a config as "$" (nginx expands variables in some directives).
    for (const f of ['pcre', 're2', 'js'] as const) assert.equal(renderPortable(parsePortable('/a\\$b[$]'), f), '/a\\x24b[\\x24]');
    // "." does not match "\r" in JavaScript, but does in PCRE, RE2 and Go: the rendering matches it.
    assert.ok(searchPortable(parsePortable('^/a.b'), '/a\rb'));
    assert.equal(/^\/a.b/.test('/a\rb'), false);
    // PCRE's "$" also matches before a final newline; the portable "$" is the end only.
    assert.equal(searchPortable(locationRegex('/a$'), '/a\n'), null);
  });

  test('matching is case-insensitive and anchored at the start only', () => {
    const re = locationRegex('/foo');
    assert.ok(searchPortable(re, '/FOO/bar'));
    assert.ok(searchPortable(re, '/foobar'));
    assert.equal(searchPortable(re, '/x/foo'), null);
    // ingress-nginx's "^" binds to the first alternative only, as in nginx.
    assert.ok(searchPortable(locationRegex('/a|/b'), '/x/b'));
  });
});

// ------------------------------------------------------------------ property tests

describe('portable regex: property tests', () => {
  test('the JavaScript rendering means what JavaScript reads in the source, where JavaScript agrees with PCRE and RE2', () => {
    const r = rng(1301);
    let compared = 0;
    for (let i = 0; i < 1500; i++) {
      const src = genPattern(r);
      const re = parsePortable(src);
      const ours = new RegExp(renderPortable(re, 'js'), 'i');
      const raw = new RegExp(src, 'i');
      for (let j = 0; j < 12; j++) {
        // Without \r, \v, \n and non-ASCII, JavaScript's ".", "\s" and "$" agree with PCRE and RE2.
        const subject = genSubject(r).replace(/[\r\v\né]/g, 'a');
        assert.equal(ours.exec(subject)?.slice().join('\u0001'), raw.exec(subject)?.slice().join('\u0001'), `/${src}/i on ${JSON.stringify(subject)}`);
        compared++;
      }
    }
    assert.ok(compared >= 18000);
  });

  test("the RE2/Go rendering, read by the Traefik evaluator's independent Go-regexp translator, agrees with the JavaScript rendering on every subject", () => {
    const r = rng(2027);
    for (let i = 0; i < 1000; i++) {
      const src = genPattern(r);
      const re = parsePortable(src);
      const js = new RegExp(renderPortable(re, 'js'), 'i');
      const go = goRegexp(`(?i)${renderPortable(re, 're2')}`);
      const whole = goRegexp(`(?i)${wholePathSearch(re, 're2')}`);
      for (let j = 0; j < 12; j++) {
        const subject = genSubject(r);
        const m = js.exec(subject);
        assert.equal(go.test(subject), m !== null, `${src} on ${JSON.stringify(subject)}`);
        // The whole-path form matches exactly when the search does, with the search's captures.
        const w = whole.exec(subject);
        assert.equal(w !== null, m !== null, `whole-path ${src} on ${JSON.stringify(subject)}`);
        if (m && w) assert.deepEqual(w.slice(1, re.groups + 1), m.slice(1), `captures of ${src} on ${JSON.stringify(subject)}`);
      }
    }
  });
});
