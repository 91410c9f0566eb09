import assert from 'node:assert/strict';
import { isIP as netIsIP } from 'node:net';
import { test } from 'node:test';
import fc from 'fast-check';
import { isIP } from '../../src/util/is-ip.js';

test('isIP answers as node:net isIP', () => {
  const cases = [
    '', '0.0.0.0', '10.96.0.10', '255.255.255.255', '256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.4 ', ' 1.2.3.4', '1.2.3.4\n',
    '::', '::1', '1::', 'fe80::1%eth0', 'fe80::1%', '2001:db8::8a2e:370:7334', '2001:0db8:0000:0000:0000:ff00:0042:8329', '::ffff:192.0.2.1',
    '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::', ':::', '1::2::3', '[::1]', 'g::1', '12345::', '::ffff:1.2.3.256', 'localhost', 'example.com',
  ];
  for (const s of cases) assert.equal(isIP(s), netIsIP(s), JSON.stringify(s));
  const ipish = fc.stringMatching(/^[0-9a-fA-F:.%]{0,24}$/);
  const v4 = fc.tuple(fc.nat(300), fc.nat(300), fc.nat(300), fc.nat(300)).map((p) => p.join('.'));
  const v6 = fc.array(fc.oneof(fc.stringMatching(/^[0-9a-f]{0,5}$/), v4), { maxLength: 9 }).map((p) => p.join(':'));
  fc.assert(fc.property(fc.oneof(ipish, v4, v6, fc.string()), (s) => isIP(s) === netIsIP(s)), { numRuns: 20_000 });
});
