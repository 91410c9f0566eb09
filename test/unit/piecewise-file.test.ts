import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentPieces, piecewiseFile } from '../../src/emit/emitter.js';

test('piecewiseFile: content is the pieces joined, and the file compares, spreads and serialises like one with a string', () => {
  const pieces = ['{\n', '  "a": 1\n', '}\n'];
  const f = piecewiseFile('x.json', pieces, { mode: 0o600, sensitive: true });
  assert.equal(f.content, '{\n  "a": 1\n}\n');
  assert.deepEqual(f, { path: 'x.json', content: '{\n  "a": 1\n}\n', mode: 0o600, sensitive: true });
  assert.deepEqual({ ...f }, { path: 'x.json', content: '{\n  "a": 1\n}\n', mode: 0o600, sensitive: true });
  assert.equal(JSON.stringify(f), JSON.stringify({ path: 'x.json', content: '{\n  "a": 1\n}\n', mode: 0o600, sensitive: true }));
  assert.equal(contentPieces(f), pieces);
});

test('contentPieces: a file with a string content is one piece', () => {
  assert.deepEqual(contentPieces({ path: 'a', content: 'text' }), ['text']);
});
