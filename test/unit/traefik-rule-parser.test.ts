import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../traefik/rule-lexer.js';
import { matchersOf, parseRule, printRule, type RuleNode } from '../traefik/rule-parser.js';

const m = (name: string, ...args: string[]): RuleNode => ({ kind: 'matcher', name: name as never, args });

test('precedence: ! over && over ||, left-associative, parentheses group', () => {
  assert.deepEqual(parseRule('Host("a") || Path("/b") && Method("GET")'), { kind: 'or', left: m('Host', 'a'), right: { kind: 'and', left: m('Path', '/b'), right: m('Method', 'GET') } });
  assert.deepEqual(parseRule('!Host("a") && Path("/b")'), { kind: 'and', left: { kind: 'not', operand: m('Host', 'a') }, right: m('Path', '/b') });
  assert.deepEqual(parseRule('(Host("a") || Host("b")) && Path("/c")'), { kind: 'and', left: { kind: 'or', left: m('Host', 'a'), right: m('Host', 'b') }, right: m('Path', '/c') });
  assert.deepEqual(parseRule('Path("/a") && Path("/b") && Path("/c")'), { kind: 'and', left: { kind: 'and', left: m('Path', '/a'), right: m('Path', '/b') }, right: m('Path', '/c') });
  assert.deepEqual(parseRule('!!(Host("a"))'), { kind: 'not', operand: { kind: 'not', operand: m('Host', 'a') } });
});

test('Go string literals: interpreted escapes and raw backtick strings', () => {
  const arg = (rule: string): string => matchersOf(parseRule(rule))[0]!.args[0]!;
  assert.equal(arg('Path("/a\\"b")'), '/a"b');
  assert.equal(arg('Path("/a\\\\b")'), '/a\\b');
  assert.equal(arg('Path("/\\x41\\u00e9\\U0001F600\\101\\t")'), '/Aé😀A\t');
  assert.equal(arg('Path(`/a\\"b`)'), '/a\\"b'); // no escapes in raw strings
  assert.equal(arg('HostRegexp(`^[^.]+\\.foo$`)'), '^[^.]+\\.foo$');
  assert.equal(arg('Path(`/a\r\nb`)'), '/a\nb'); // Go drops \r from raw strings
  assert.deepEqual(matchersOf(parseRule('Header(`X-A`, "b")'))[0]!.args, ['X-A', 'b']);
});

test('malformed rules are rejected', () => {
  const bad = [
    "Path('/a')", // single quotes are Go runes
    'Path("/a)', // unterminated
    'Path(`/a)',
    'Path("/a\\q")', // unknown escape
    'Path("/a\nb")', // newline in an interpreted string
    'Path("\\xff")', // a non-ASCII byte escape
    'Path("\\ud800")', // a surrogate
    'Path("/a") &&',
    'Path("/a") & Host("b")',
    'Path("/a") Host("b")',
    'Path(/a)',
    'Path()',
    'Path("")', // empty value (rules.CheckRule)
    'Header("X-A")', // two values needed
    'Host("a", "b")', // v3: one value per matcher
    'Query("a", "b", "c")',
    'Nope("a")',
    'PathPREFIX("/a")', // only Name, name, NAME, Title-case are registered
    '(Path("/a")',
    '',
  ];
  for (const rule of bad) assert.throws(() => parseRule(rule), Error, JSON.stringify(rule));
});

test('matcher names in Traefik\'s registered case variants', () => {
  for (const name of ['PathPrefix', 'pathprefix', 'PATHPREFIX', 'Pathprefix']) assert.equal(matchersOf(parseRule(`${name}("/a")`))[0]!.name, 'PathPrefix');
  assert.equal(matchersOf(parseRule('Query("a")'))[0]!.args.length, 1);
  assert.equal(matchersOf(parseRule('Query("a", "b")'))[0]!.args.length, 2);
});

test('a backtick in a backtick-quoted value injects a matcher; a double-quoted value cannot', () => {
  const path = '/a`) || Host(`evil.example';
  // What a provider writing raw strings would produce: the path breaks out of its string.
  const naive = parseRule(`Host(\`shop.test\`) && PathPrefix(\`${path}\`)`);
  assert.deepEqual(matchersOf(naive).map((x) => x.name), ['Host', 'PathPrefix', 'Host']);
  // Double-quoted with escaping: still one PathPrefix whose value is the whole path.
  const quoted = parseRule(`Host("shop.test") && PathPrefix(${JSON.stringify(path)})`);
  assert.deepEqual(matchersOf(quoted), [m('Host', 'shop.test'), m('PathPrefix', path)] as never);
  // A double quote inside a double-quoted value, escaped, does not end it either.
  const dq = '/a") || Host("evil';
  assert.deepEqual(matchersOf(parseRule(`Path("${dq.replace(/"/g, '\\"')}")`)), [m('Path', dq)] as never);
});

test('printRule round-trips', () => {
  for (const rule of ['Host("a") && (Path("/x") || PathPrefix("/x/"))', '!(Host("a") || Host("b")) && Path("/c")', 'Path("/a") || Path("/b") && !Method("GET")', 'HostRegexp("^[^.]+\\\\.a$")']) {
    const tree = parseRule(rule);
    assert.deepEqual(parseRule(printRule(tree)), tree, rule);
  }
  assert.equal(printRule(parseRule('(Host(`a`) && (Path(`/x`)))')), 'Host("a") && Path("/x")');
});

test('tokens carry offsets for error messages', () => {
  assert.deepEqual(tokenize('!Host("a")').map((t) => t.pos), [0, 1, 5, 6, 9, 10]);
  assert.throws(() => tokenize('Host("a") ; x'), /offset 10/);
});
