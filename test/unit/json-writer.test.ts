import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { toCompactJson, toCompactJsonChunks, toIndentedJsonChunks } from '../../src/emit/json-writer.js';

test('toCompactJson: JSON.parse gives back exactly the value, for any JSON value', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 120 }), (v, width) => {
      // -0 is written as 0 by JSON itself.
      assert.deepEqual(JSON.parse(toCompactJson(v, width)), JSON.parse(JSON.stringify(v)));
    }),
    { seed: 4401, numRuns: 500 },
  );
});

test('toCompactJson: small values on one line, larger ones expanded with two-space indentation', () => {
  const v = { a: [1, 2], b: { c: 'x' }, long: ['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc'], empty: {}, none: [] };
  assert.equal(
    toCompactJson(v, 30),
    '{\n  "a": [1, 2],\n  "b": {"c": "x"},\n  "long": [\n    "aaaaaaaaaa",\n    "bbbbbbbbbb",\n    "cccccccccc"\n  ],\n  "empty": {},\n  "none": []\n}\n',
  );
  assert.equal(toCompactJson(v, 1000), `${JSON.stringify(v).replace(/,/g, ', ').replace(/":/g, '": ')}\n`);
});

test('toCompactJson: hostile strings and keys stay inside their values', () => {
  const hostile = ['"', '\\', '"},"admin":{"listen":"0.0.0.0:1"},"x":{"', 'a\nb', '\u0000', '\u2028'];
  const v = Object.fromEntries(hostile.map((s, i) => [s, [s, i]]));
  const text = toCompactJson(v, 20);
  assert.deepEqual(JSON.parse(text), v);
  for (const line of text.split('\n')) assert.doesNotMatch(line, /[\u0000-\u001f]/);
  assert.throws(() => toCompactJson({ x: Number.NaN }), /finite/);
  assert.throws(() => toCompactJson({ x: () => 1 }), /cannot write/);
});

/**
 * The writer's rule stated plainly, as it was first written (each level's text built from its
 * children's): the one-line form when it fits `width`, else one entry per line. The writer builds
 * its text front to back and tries one-line forms only up to `width`; this checks it gives the same text.
 */
function reference(v: unknown, indent: string, width: number): { flat?: string; text: string } {
  if (v === null || typeof v !== 'object') return { flat: JSON.stringify(v), text: JSON.stringify(v) };
  const isArray = Array.isArray(v);
  const entries = isArray ? (v as unknown[]).map((x) => ['', x] as const) : Object.entries(v).filter(([, x]) => x !== undefined);
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return { flat: open + close, text: open + close };
  const inner = `${indent}  `;
  const parts = entries.map(([k, x]) => ({ key: isArray ? '' : `${JSON.stringify(k)}: `, r: reference(x, inner, width) }));
  const one = parts.every((p) => p.r.flat !== undefined) ? `${open}${parts.map((p) => p.key + p.r.flat).join(', ')}${close}` : undefined;
  const flat = one !== undefined && one.length <= width ? one : undefined;
  return { flat, text: flat ?? `${open}\n${parts.map((p) => inner + p.key + p.r.text).join(',\n')}\n${indent}${close}` };
}

test('toCompactJson: the same text as the rule stated plainly, for any JSON value and width (also past 64 KB)', () => {
  const withUndefined = fc.letrec((tie) => ({
    v: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.array(tie('v'), { maxLength: 6 }), fc.dictionary(fc.string({ maxLength: 6 }), fc.option(tie('v'), { nil: undefined }), { maxKeys: 6 })),
  })).v;
  fc.assert(
    fc.property(fc.oneof(fc.jsonValue(), withUndefined), fc.integer({ min: 0, max: 120 }), (v, width) => {
      assert.equal(toCompactJson(v, width), `${reference(v, '', width).text}\n`);
    }),
    { seed: 4402, numRuns: 1000 },
  );
  // Large enough for many chunks: a 2,000-route-like array of small and large objects.
  const big = Array.from({ length: 2000 }, (_, i) => ({ match: [{ host: [`h${i}.test`] }], handle: [{ handler: 'subroute', routes: [{ handle: [{ handler: 'invoke', name: `u${i}` }], terminal: true }] }], long: 'x'.repeat(i % 150) }));
  assert.equal(toCompactJson(big, 110), `${reference(big, '', 110).text}\n`);
});

test('toCompactJson: objects held more than once (`repeated`) are written as the value says, wherever and however often they occur', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 120 }), (inner, depths, declared, width) => {
      // The same object at several depths (so at several indentations), some places twice.
      const shared = { v: inner, list: [inner, 'x'] };
      const wrap = (d: number): unknown => (d === 0 ? shared : { d, next: wrap(d - 1) });
      const v = depths.map(wrap);
      assert.equal(toCompactJson(v, width, new Map([[shared, declared]])), toCompactJson(v, width));
    }),
    { seed: 4402, numRuns: 300 },
  );
});

test('toCompactJsonChunks: chunks of at most ~64 KB each, joined the text of toCompactJson', () => {
  const big = Array.from({ length: 3000 }, (_, i) => ({ host: `h${i}.test`, routes: [{ path: `/p${i}`, long: 'x'.repeat(i % 200) }] }));
  const chunks = toCompactJsonChunks(big, 110);
  assert.ok(chunks.length > 3);
  assert.ok(chunks.every((c) => c.length > 0 && c.length < 65536 + 1000));
  assert.equal(chunks.join(''), toCompactJson(big, 110));
});

test('toIndentedJsonChunks: exactly JSON.stringify(v, null, 2) with a newline, for any JSON value, undefined entries included (also past 64 KB)', () => {
  const withUndefined = fc.letrec((tie) => ({
    v: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.array(fc.option(tie('v'), { nil: undefined }), { maxLength: 6 }), fc.dictionary(fc.string({ maxLength: 6 }), fc.option(tie('v'), { nil: undefined }), { maxKeys: 6 })),
  })).v;
  fc.assert(
    fc.property(fc.oneof(fc.jsonValue(), withUndefined, fc.double()), (v) => {
      assert.equal(toIndentedJsonChunks(v).join(''), `${JSON.stringify(v, null, 2)}\n`);
    }),
    { seed: 4403, numRuns: 1000 },
  );
  const big = { clusters: Array.from({ length: 3000 }, (_, i) => ({ name: `c${i}`, empty: {}, none: [], skip: undefined, eps: [{ address: `10.0.${i % 256}.1`, port: 8080 + (i % 3), ok: i % 2 === 0, nested: [[i], { deep: [] }] }] })), scalars: Array.from({ length: 100 }, (_, i) => (i % 3 ? `s${i}` : i)), holes: Array.from({ length: 70 }, (_, i) => (i % 7 ? { i } : undefined)) };
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined)), { minLength: 64, maxLength: 90 }), fc.integer({ min: 0, max: 3 }), (items, depth) => {
      let v: unknown = items;
      for (let d = 0; d < depth; d++) v = { d: [v] };
      assert.equal(toIndentedJsonChunks(v).join(''), `${JSON.stringify(v, null, 2)}\n`);
    }),
    { seed: 4404, numRuns: 100 },
  );
  const chunks = toIndentedJsonChunks(big);
  assert.ok(chunks.length > 3);
  assert.equal(chunks.join(''), `${JSON.stringify(big, null, 2)}\n`);
});

test('toIndentedJsonChunks: with refuseNull, any null, non-finite number or undefined array entry throws that error', () => {
  const err = new Error('no null');
  // Long arrays too (their items are written natively), a "null" string among them being no null.
  const long = (bad: unknown) => ({ items: Array.from({ length: 100 }, (_, i) => ({ i, v: i === 77 ? bad : 'null' })) });
  for (const bad of [null, Number.NaN]) assert.throws(() => toIndentedJsonChunks(long(bad), err), /no null/, String(bad));
  assert.equal(toIndentedJsonChunks(long('x'), err).join(''), `${JSON.stringify(long('x'), null, 2)}\n`);
  for (const bad of [null, Number.NaN, Number.NEGATIVE_INFINITY, undefined]) assert.throws(() => toIndentedJsonChunks({ a: [1, { b: bad === undefined ? [bad] : bad }] }, err), /no null/, String(bad));
  // An undefined object entry is left out, as JSON.stringify does: not a null.
  assert.equal(toIndentedJsonChunks({ a: undefined, b: 'null' }, err).join(''), '{\n  "b": "null"\n}\n');
});
