import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeSecretData, decodeSecretText } from '../../src/validate/secret-data.js';

// The API server decodes Secret data as JSON []byte (Go's base64.StdEncoding): line breaks are
// skipped, anything else that is not base64 makes kubectl refuse the object.
test('Secret data decodes as the API server does', () => {
  assert.equal(decodeSecretText('aGVsbG8='), 'hello');
  assert.equal(decodeSecretText('aGVs\nbG8=\n'), 'hello', 'a block scalar\'s line breaks are skipped');
  assert.equal(decodeSecretText('aGVs\r\nbG8='), 'hello');
  assert.equal(decodeSecretData('aGVs bG8='), undefined, 'a space is not base64');
  assert.equal(decodeSecretData('aGVs\tbG8='), undefined, 'nor a tab');
  assert.equal(decodeSecretData('aGVsbG8'), undefined, 'unpadded');
  assert.equal(decodeSecretData('aGV=bG8='), undefined, 'padding inside');
  assert.equal(decodeSecretData('aGVsbG8-'), undefined, 'URL alphabet');
  assert.deepEqual(decodeSecretData(''), Buffer.alloc(0));
  assert.equal(decodeSecretText('/w=='), undefined, 'not UTF-8');
});
