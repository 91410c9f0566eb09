import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nginxHeaderName, nginxQuote, nginxRewriteTarget, wildcardServerName } from '../../src/emit/nginx/quote.js';
import { serverNamesHashSizes } from '../../src/emit/nginx/hash-sizes.js';

test('nginxQuote wraps in double quotes and escapes backslash and quote', () => {
  assert.equal(nginxQuote('/tea'), '"/tea"');
  assert.equal(nginxQuote('a"b'), '"a\\"b"');
  assert.equal(nginxQuote('a\\b'), '"a\\\\b"');
  assert.equal(nginxQuote('x; return 200 "pwned"; #'), '"x; return 200 \\"pwned\\"; #"');
  assert.equal(nginxQuote('{ } ;'), '"{ } ;"');
});

test('nginxQuote refuses what would escape the string or expand a variable', () => {
  for (const bad of ['a\nb', 'a\rb', 'a\u0000b', 'tab\there', '\u007f', '$host', 'a${b}']) assert.throws(() => nginxQuote(bad), /refusing/, JSON.stringify(bad));
  assert.equal(nginxQuote('~^a$', { allowDollar: true }), '"~^a$"');
});

test('wildcard server_name matches exactly one label', () => {
  const q = wildcardServerName('foo.example.com');
  assert.equal(q, '"~^[^.]+\\\\.foo\\\\.example\\\\.com$"');
  const re = new RegExp(q.slice(2, -1).replace(/\\\\/g, '\\'));
  assert.ok(re.test('a.foo.example.com'));
  assert.ok(!re.test('a.b.foo.example.com'));
  assert.ok(!re.test('foo.example.com'));
  assert.ok(!re.test('afoo.example.com'));
  assert.throws(() => wildcardServerName('foo.com"; evil'), /invalid wildcard/);
});

test('server_names hash sizes grow with name length and count', () => {
  assert.deepEqual(serverNamesHashSizes(['a.test']), { bucketSize: 64, maxSize: 1024 });
  assert.equal(serverNamesHashSizes(['x'.repeat(47)]).bucketSize, 128);
  assert.equal(serverNamesHashSizes(['x'.repeat(253)]).bucketSize, 1024);
  const many = Array.from({ length: 10000 }, (_, i) => `svc-${String(i).padStart(5, '0')}.team-42.apps.example-cluster.internal`);
  assert.ok(serverNamesHashSizes(many).maxSize >= 16384);
});

test('nginxRewriteTarget turns {N} into $N and refuses anything but path characters', () => {
  assert.equal(nginxRewriteTarget('/new/{2}/x{1}'), '"/new/$2/x$1"');
  assert.equal(nginxRewriteTarget('/'), '"/"');
  for (const bad of ['/$host', '/a"b', '/a;b', 'http://x/', '/a b', '/{0}', '/a\nb']) assert.throws(() => nginxRewriteTarget(bad), Error, bad);
});

test('nginxHeaderName passes an HTTP token, "_" only where a headers ConfigMap may hold it, and refuses the rest', () => {
  assert.equal(nginxHeaderName('X-Forwarded-For'), 'X-Forwarded-For');
  assert.throws(() => nginxHeaderName('X_Team'));
  assert.equal(nginxHeaderName('X_Team', { underscore: true }), 'X_Team');
  for (const bad of ['', 'X Y', 'X;', 'X$y', 'X"', 'X\n', 'X:'])
    for (const underscore of [false, true]) assert.throws(() => nginxHeaderName(bad, { underscore }), JSON.stringify(bad));
});
