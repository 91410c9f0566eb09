import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { toBlockYaml } from '../../src/emit/yaml-writer.js';

const TRICKY = ['y', 'N', 'on', 'Off', 'yes', 'null', '~', 'true', '1e3', '0x1f', '.5', '-1', '+2', '.inf', '@type', '-x', '? q', 'a: b', 'a #c', 'a:', '#x', '', ' lead', 'trail ', 'é', 'a\nb', '\u0000', '"q"', "'q'", '*alias', '&anchor', '!tag', '%x', '`b`', '[1]', '{a}', '0.0.0.0:80', 'Host("a") && (Path("/p") || PathPrefix("/p/"))'];

test('every tricky string round-trips, plain or quoted', () => {
  for (const plainStrings of [false, true]) {
    for (const s of TRICKY) {
      const doc = { [s || 'k']: s, list: [s, { [s || 'k']: [s] }] };
      assert.deepEqual(parse(toBlockYaml(doc, { plainStrings }), { version: '1.1' }), doc, `${JSON.stringify(s)} plain=${plainStrings}`);
      assert.deepEqual(parse(toBlockYaml(doc, { plainStrings })), doc, `${JSON.stringify(s)} plain=${plainStrings} (YAML 1.2)`);
    }
  }
});

test('without plainStrings every string value is double-quoted (Envoy reads plain y/on as booleans)', () => {
  assert.equal(toBlockYaml({ host: 'y', port: 80, ok: true, tags: ['a'], empty: {}, none: [] }), 'host: "y"\nport: 80\nok: true\ntags:\n  - "a"\nempty: {}\nnone: []\n');
});

test('arbitrary JSON-like values round-trip (property)', () => {
  const key = fc.oneof(fc.string(), fc.constantFrom(...TRICKY.filter(Boolean)));
  const leaf = fc.oneof(fc.string(), fc.constantFrom(...TRICKY), fc.integer(), fc.boolean(), fc.constant(null));
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4, noNullPrototype: true })),
  })).node;
  fc.assert(
    fc.property(fc.dictionary(key, value, { maxKeys: 5, noNullPrototype: true }), fc.boolean(), (doc, plainStrings) => {
      assert.deepEqual(parse(toBlockYaml(doc, { plainStrings }), { uniqueKeys: false }), doc);
    }),
    { seed: 20261126, numRuns: 500 },
  );
});
