import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { generate, rng } from '../bench/generate.js';
import { compile } from '../src/index.js';
import { repoRoot } from './harness/proxies.js';

/**
 * "Nothing lost": kill -9 the CLI at random points while it writes a large output; the output
 * directory must then hold exactly the previous output or exactly the new one, never a mix.
 */
const BIN = join(repoRoot(), 'bin', 'ingressc.js');
const work = mkdtempSync(join(tmpdir(), 'ingressc-atomic-'));
after(() => rmSync(work, { recursive: true, force: true }));

function readTree(dir: string, base = dir, out = new Map<string, string>()): Map<string, string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (statSync(p).isDirectory()) readTree(p, base, out);
    else out.set(p.slice(base.length + 1), readFileSync(p, 'utf8'));
  }
  return out;
}

const cert = {
  crt: Buffer.from(readFileSync(join(repoRoot(), 'fixtures/cafe/cafe-secret.yaml'), 'utf8').match(/tls\.crt: (\S+)/)![1]!, 'base64').toString('base64'),
  key: Buffer.from(readFileSync(join(repoRoot(), 'fixtures/cafe/cafe-secret.yaml'), 'utf8').match(/tls\.key: (\S+)/)![1]!, 'base64').toString('base64'),
};

test('kill -9 while writing --out leaves exactly the old or exactly the new output', { timeout: 300_000 }, async () => {
  // Two inputs with ~300 certificate files each, so writing takes a while.
  const inputs = [1, 2].map((seed) => {
    const g = generate({ ingresses: 1500, pathsPerIngress: 2, tls: cert, seed });
    const file = join(work, `in-${seed}.yaml`);
    writeFileSync(file, g.yaml);
    const r = compile([{ path: file, text: g.yaml }], { target: 'nginx' });
    assert.ok(r.ok);
    return { file, expected: new Map(r.files.map((f) => [f.path, f.content])) };
  });
  const out = join(work, 'out');
  const run = (file: string, killAfterWriteStartMs?: number) =>
    new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'compile', file, '--target', 'nginx', '--out', out, '--no-color'], { stdio: 'ignore' });
      if (killAfterWriteStartMs !== undefined) {
        // Kill once a new version directory exists (writing has started), plus a random delay.
        const poll = setInterval(() => {
          if (readdirSync(work).some((n) => n.startsWith('.out.ingressc-v-') && !isCurrent(n))) {
            clearInterval(poll);
            setTimeout(() => child.kill('SIGKILL'), killAfterWriteStartMs);
          }
        }, 2);
        child.on('exit', () => clearInterval(poll));
      }
      child.on('exit', (code) => resolve(code));
    });
  const isCurrent = (n: string) => {
    try {
      return readlinkSync(out) === n;
    } catch {
      return false;
    }
  };
  assert.equal(await run(inputs[0]!.file), 0);
  const rand = rng(7);
  let killedDuringWrite = 0;
  for (let i = 0; i < 6; i++) {
    const before = readTree(out);
    const next = inputs[(i + 1) % 2]!;
    const code = await run(next.file, Math.floor(rand() * 40));
    const after = readTree(out);
    const isOld = JSON.stringify([...after]) === JSON.stringify([...before]);
    const isNew = JSON.stringify([...after].sort()) === JSON.stringify([...next.expected].sort());
    assert.ok(isOld || isNew, `iteration ${i}: the output is neither the previous nor the new one (exit ${code})`);
    if (code === null) killedDuringWrite++; // killed after its new version directory appeared
    if (isOld) assert.equal(await run(next.file), 0); // finish the switch for the next round
  }
  // The loop must actually have interrupted some writes, or it proved nothing.
  assert.ok(killedDuringWrite >= 2, `only ${killedDuringWrite} runs were killed while writing`);
  // Nothing is left behind but the current version and the link.
  assert.deepEqual(readdirSync(work).filter((n) => n.startsWith('.out.')).length, 1);
  assert.ok(existsSync(join(out, 'nginx.conf')));
});
