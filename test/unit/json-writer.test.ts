import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { toCompactJson } from '../../src/emit/json-writer.js';

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
