import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { utf8Pieces, writeNewFile } from '../../src/cli/utf8-pieces.js';

const PIECE = 1 << 20;
const bytesOf = (pieces: Iterable<string>): Buffer => Buffer.concat([...pieces].map((p) => Buffer.from(p, 'utf8')));

test('utf8Pieces: the pieces encode to the whole text, a surrogate pair at a boundary kept together', () => {
  const pad = 'a'.repeat(PIECE - 1);
  const texts = [
    '',
    'short',
    `${pad}😀tail`, // a pair across the first boundary
    `${pad}\ud800x`, // a lone high surrogate at the boundary
    `${pad}a\udc00x`, // a lone low surrogate right after it
    `${pad}é${'ü'.repeat(PIECE)}😀`,
  ];
  for (const t of texts) {
    const pieces = [...utf8Pieces(t)];
    assert.equal(pieces.join(''), t);
    assert.ok(pieces.every((p) => p.length > 0 && p.length <= PIECE + 1));
    assert.deepEqual(bytesOf(pieces), Buffer.from(t, 'utf8'));
  }
});

test('writeNewFile: the text as UTF-8, with the mode given; never over an existing file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingressc-pieces-'));
  try {
    const text = `${'x'.repeat(PIECE - 1)}😀${'y'.repeat(PIECE)}`;
    const p = join(dir, 'f.json');
    writeNewFile(p, text, 0o600);
    assert.deepEqual(readFileSync(p), Buffer.from(text, 'utf8'));
    assert.equal(statSync(p).mode & 0o777, 0o600 & ~process.umask());
    assert.throws(() => writeNewFile(p, 'again', 0o644), /EEXIST/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('utf8Pieces of pieces: a surrogate pair split between two given pieces is encoded whole', () => {
  const parts = ['ab\ud83d', '\ude00cd', '\ud800', 'x', '', 'é\ud83d'];
  const pieces = [...utf8Pieces(parts)];
  assert.equal(pieces.join(''), parts.join(''));
  assert.deepEqual(bytesOf(pieces), Buffer.from(parts.join(''), 'utf8'));
  const big = ['a'.repeat(PIECE + 5) + '\ud83d', '\ude00' + 'b'.repeat(PIECE)];
  assert.deepEqual(bytesOf(utf8Pieces(big)), Buffer.from(big.join(''), 'utf8'));
});
