import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { locationRegex, parsePortable, RegexError, renderPortable, searchPortable, wholePathSearch } from '../../src/ir/regex.js';
import { rng } from '../helpers/rng.js';
import { goRegexp } from '../traefik/go-regexp.js';

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

const ALPHABET = ['a', 'b', 'A', 'B', '0', '7', '/', '-', '_', '.', '~', ':', ' ', '\n', '\r', '\t', '\v', 'é'];
const LIT = ['a', 'b', 'Z', '0', '9', '/', '-', '_', '~', ':', '@', '!', ',', '=', '&', '\\.', '\\/', '\\(', '\\)', '\\[', '\\]', '\\{', '\\}', '\\*', '\\+', '\\?', '\\|', '\\^', '\\$', '\\\\'];

/** A random pattern in the subset, written as a user would. */
function genPattern(r: () => number, depth = 0): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const atom = (): string => {
    const k = r();
    if (k < 0.45) return pick(LIT);
    if (k < 0.55) return '.';
    if (k < 0.65) return pick(['\\d', '\\w', '\\s', '\\D', '\\W', '\\S']);
    if (k < 0.8) {
      const items = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(['a-f', 'A-F', '0-9', 'x', '/', '_', '\\-', '\\]', '.', '\\d', '\\w', '\\s']));
      return `[${r() < 0.3 ? '^' : ''}${items.join('')}]`;
    }
    if (depth < 3) return `(${r() < 0.3 ? '?:' : ''}${genPattern(r, depth + 1)})`;
    return pick(LIT);
  };
  const quant = (): string => {
    const k = r();
    const q = k < 0.6 ? '' : k < 0.7 ? '*' : k < 0.8 ? '+' : k < 0.88 ? '?' : k < 0.94 ? `{${Math.floor(r() * 3)}}` : `{${Math.floor(r() * 2)},${2 + Math.floor(r() * 2)}}`;
    return q && r() < 0.3 ? `${q}?` : q;
  };
  const seq = (): string => {
    let s = r() < 0.1 ? '^' : '';
    const n = Math.floor(r() * 4);
    for (let i = 0; i < n; i++) s += atom() + quant();
    return r() < 0.1 ? `${s}$` : s;
  };
  const alts = Array.from({ length: r() < 0.2 ? 2 : 1 }, seq);
  return alts.join('|');
}

function genSubject(r: () => number): string {
  const n = Math.floor(r() * 10);
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(r() * ALPHABET.length)]!;
  return s;
}

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
