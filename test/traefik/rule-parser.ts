import { RuleSyntaxError, tokenize, type Token } from './rule-lexer.js';

/**
 * Recursive-descent parser for Traefik v3 rules, with Go's precedence: `!` binds tightest, then
 * `&&`, then `||` (both left-associative); parentheses group.
 *
 *   expr    := and ('||' and)*
 *   and     := unary ('&&' unary)*
 *   unary   := '!' unary | '(' expr ')' | matcher
 *   matcher := Name '(' [string (',' string)*] ')'
 */
export type RuleNode =
  | { kind: 'and' | 'or'; left: RuleNode; right: RuleNode }
  | { kind: 'not'; operand: RuleNode }
  | { kind: 'matcher'; name: MatcherName; args: string[] };

/** Traefik v3 HTTP matchers and how many values each takes (pkg/muxer/http/matcher.go). */
export const MATCHERS = {
  ClientIP: [1],
  Method: [1],
  Host: [1],
  HostRegexp: [1],
  Path: [1],
  PathRegexp: [1],
  PathPrefix: [1],
  Header: [2],
  HeaderRegexp: [2],
  Query: [1, 2],
  QueryRegexp: [1, 2],
} as const satisfies Record<string, readonly number[]>;

export type MatcherName = keyof typeof MATCHERS;

/** Traefik registers each matcher as written, lowercased, uppercased and Title-cased (rules/parser.go). */
const NAME_VARIANTS = new Map<string, MatcherName>();
for (const n of Object.keys(MATCHERS) as MatcherName[]) {
  const lower = n.toLowerCase();
  for (const v of [n, lower, n.toUpperCase(), lower[0]!.toUpperCase() + lower.slice(1)]) NAME_VARIANTS.set(v, n);
}

export function parseRule(src: string): RuleNode {
  const tokens = tokenize(src);
  let k = 0;
  const peek = (): Token => tokens[k]!;
  const isOp = (v: string): boolean => {
    const t = peek();
    return t.type === 'op' && t.value === v;
  };
  const expect = (v: string): void => {
    if (!isOp(v)) throw new RuleSyntaxError(`expected ${JSON.stringify(v)}`, peek().pos);
    k++;
  };

  const expr = (): RuleNode => {
    let left = and();
    while (isOp('||')) {
      k++;
      left = { kind: 'or', left, right: and() };
    }
    return left;
  };
  const and = (): RuleNode => {
    let left = unary();
    while (isOp('&&')) {
      k++;
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  };
  const unary = (): RuleNode => {
    if (isOp('!')) {
      k++;
      return { kind: 'not', operand: unary() };
    }
    if (isOp('(')) {
      k++;
      const inner = expr();
      expect(')');
      return inner;
    }
    return matcher();
  };
  const matcher = (): RuleNode => {
    const t = peek();
    if (t.type !== 'ident') throw new RuleSyntaxError('expected a matcher', t.pos);
    const name = NAME_VARIANTS.get(t.value);
    if (!name) throw new RuleSyntaxError(`unknown matcher ${t.value}`, t.pos);
    k++;
    expect('(');
    const args: string[] = [];
    if (!isOp(')')) {
      for (;;) {
        const a = peek();
        if (a.type !== 'string') throw new RuleSyntaxError('expected a string value', a.pos);
        args.push(a.value);
        k++;
        if (!isOp(',')) break;
        k++;
      }
    }
    expect(')');
    if (!(MATCHERS[name] as readonly number[]).includes(args.length)) throw new RuleSyntaxError(`${name} takes ${MATCHERS[name].join(' or ')} value(s), got ${args.length}`, t.pos);
    // rules.CheckRule: no empty values.
    if (args.some((a) => a === '')) throw new RuleSyntaxError(`empty value for ${name}`, t.pos);
    return { kind: 'matcher', name, args };
  };

  const tree = expr();
  if (peek().type !== 'eof') throw new RuleSyntaxError('unexpected token after the rule', peek().pos);
  return tree;
}

/** Matchers in the tree, left to right (e.g. to count them in injection tests). */
export function matchersOf(n: RuleNode): Extract<RuleNode, { kind: 'matcher' }>[] {
  if (n.kind === 'matcher') return [n];
  if (n.kind === 'not') return matchersOf(n.operand);
  return [...matchersOf(n.left), ...matchersOf(n.right)];
}

/** Canonical text of a tree (Go-quoted values, minimal parentheses): stable for round trips. */
export function printRule(n: RuleNode): string {
  const prec = (x: RuleNode): number => (x.kind === 'or' ? 1 : x.kind === 'and' ? 2 : 3);
  const wrap = (x: RuleNode, min: number): string => (prec(x) < min ? `(${printRule(x)})` : printRule(x));
  switch (n.kind) {
    case 'matcher':
      return `${n.name}(${n.args.map(quoteForPrint).join(', ')})`;
    case 'not':
      return `!${wrap(n.operand, 3)}`;
    case 'and':
      return `${wrap(n.left, 2)} && ${wrap(n.right, 3)}`;
    case 'or':
      return `${wrap(n.left, 1)} || ${wrap(n.right, 2)}`;
  }
}

// Independent of the emitter's goQuote on purpose: JSON escaping is a valid Go literal for these.
const quoteForPrint = (s: string): string => JSON.stringify(s);
