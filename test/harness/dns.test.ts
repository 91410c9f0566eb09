// The loopback DNS responders (dns.ts) answer as a real resolver client expects: Node's c-ares
// Resolver pointed at them gets the A records given, NXDOMAIN for other names, nothing for AAAA.
import assert from 'node:assert/strict';
import { Resolver } from 'node:dns/promises';
import { test } from 'node:test';
import { startDns, startDnsResponder } from './dns.js';

const resolverAt = (port: number): Resolver => {
  const r = new Resolver({ timeout: 2000, tries: 1 });
  r.setServers([`127.0.0.1:${port}`]);
  return r;
};

test('startDnsResponder: A records for its names (any case, trailing dot), NXDOMAIN otherwise', async () => {
  const dns = await startDnsResponder({ 'echo.default.svc.cluster.local': '127.0.0.1', '127.0.0.1.nip.io.': '127.0.0.2' });
  try {
    const r = resolverAt(dns.port);
    assert.deepEqual(await r.resolve4('echo.default.svc.cluster.local'), ['127.0.0.1']);
    assert.deepEqual(await r.resolve4('127.0.0.1.NIP.io'), ['127.0.0.2']);
    await assert.rejects(r.resolve4('invalid.hostname'), (e: NodeJS.ErrnoException) => e.code === 'ENOTFOUND');
    await assert.rejects(r.resolve6('127.0.0.1.nip.io'), (e: NodeJS.ErrnoException) => e.code === 'ENODATA');
    assert.deepEqual(dns.queries, ['echo.default.svc.cluster.local', '127.0.0.1.nip.io', 'invalid.hostname', '127.0.0.1.nip.io']);
  } finally {
    await dns.close();
  }
  assert.throws(() => startDnsResponder({ a: '10.0.0.1' }), /not a 127.x address/);
});

test('startDns: every name is 127.0.0.1', async () => {
  const dns = await startDns();
  try {
    assert.deepEqual(await resolverAt(dns.port).resolve4('anything.example'), ['127.0.0.1']);
  } finally {
    await dns.close();
  }
});
