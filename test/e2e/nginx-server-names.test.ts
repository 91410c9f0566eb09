import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { renderNginx } from '../../src/emit/nginx/emit-nginx.js';
import type { RouteTable } from '../../src/ir/types.js';
import { findProxy, send, skipReason, startEcho, startProxy } from '../harness/index.js';
import { hostsIr, label } from '../helpers/hosts-ir.js';

/**
 * Wildcard names go into nginx's wildcard hashes, sized by the same server_names_hash_* directives
 * as exact names: nginx must load them without an [emerg] (refusing to start) or a [warn] (a
 * "could not build optimal" hash), however many and however long.
 */
const skip = skipReason('nginx');

function nginxT(ir: RouteTable): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingressc-names-'));
  try {
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'nginx.conf'), renderNginx(ir, '127.0.0.1'));
    const r = spawnSync(findProxy('nginx')!, ['-t', '-p', `${dir}/`, '-c', 'nginx.conf', '-e', join(dir, 'error.log'), '-g', 'daemon off;'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    let log = '';
    try {
      log = readFileSync(join(dir, 'error.log'), 'utf8');
    } catch {
      /* nothing logged */
    }
    const out = `${r.stderr}${log}`;
    assert.equal(r.status, 0, out);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const problems = (out: string): string[] => out.split('\n').filter((l) => /\[(warn|emerg|alert|crit)\]/.test(l));

test('nginx loads 10k exact and 500 hash wildcard server names without a hash warning', { skip, timeout: 180_000 }, () => {
  const exact = Array.from({ length: 10000 }, (_, i) => `svc-${String(i).padStart(5, '0')}.team-${i % 97}.apps.example-cluster.internal`);
  const wildcards = Array.from({ length: 500 }, (_, i) => `wild-${i * 20 + 19}.example-cluster.internal`);
  assert.deepEqual(problems(nginxT(hostsIr({ exact, wildcards }))), []);
});

// Labels of 63 characters (the DNS maximum) make every wildcard-hash entry 80 bytes: more than a
// bucket sized for the short exact names holds.
const longWildcards = Array.from({ length: 200 }, (_, i) => `${label(i)}.${label(1000 + i)}.${label(2000)}.${label(3000, 59)}`);

test('nginx loads wildcard names near the 253-character limit beside short exact names', { skip, timeout: 120_000 }, () => {
  assert.equal(`*.${longWildcards[0]}`.length, 253);
  assert.deepEqual(problems(nginxT(hostsIr({ exact: ['a.test', 'b.test'], wildcards: longWildcards }))), []);
});

test('a 253-character wildcard routes its one label and refuses deeper names, live', { skip, timeout: 60_000 }, async () => {
  const echo = await startEcho('long-svc');
  try {
    const suffix = longWildcards[7]!;
    const proxy = await startProxy({
      kind: 'nginx',
      build: (ports, dir) => writeFileSync(join(dir, 'nginx.conf'), renderNginx(hostsIr({ exact: ['a.test'], wildcards: longWildcards, port: echo.port, listen: ports }), '127.0.0.1')),
    });
    try {
      const one = await send({ port: proxy.ports.http, host: `x.${suffix}`, path: '/p' });
      assert.equal(one.status, 200, proxy.logs());
      assert.equal(one.json?.service, 'long-svc');
      assert.equal((await send({ port: proxy.ports.http, host: `y.x.${suffix}`, path: '/p' })).status, 404);
      assert.equal((await send({ port: proxy.ports.http, host: suffix, path: '/p' })).status, 404);
      assert.deepEqual(problems(proxy.logs()), []);
    } finally {
      await proxy.stop();
    }
  } finally {
    await echo.close();
  }
});
