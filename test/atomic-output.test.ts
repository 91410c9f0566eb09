import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { generate, rng } from '../bench/generate.js';
import { compile } from '../src/index.js';
import { repoRoot } from './harness/proxies.js';
import { readOutput, snapshot } from './helpers/tree.js';

/**
 * "Nothing lost": kill -9 the CLI at random points while it writes a large output; the output
 * directory must then hold exactly the previous output or exactly the new one, never a mix, and
 * whatever else is in it or beside it (a running proxy's pid and logs, a user's certificates) is
 * untouched. The output is read as a proxy reads it: through DIR's paths (readOutput).
 */
const BIN = join(repoRoot(), 'bin', 'ingressc.js');
const work = mkdtempSync(join(tmpdir(), 'ingressc-atomic-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Files a user or a running proxy put into the output directory, and one beside it. */
const USER_FILES = ['nginx.pid', 'logs/error.log', 'certs/other-secret.crt'];
function addUserFiles(out: string): void {
  for (const f of USER_FILES) {
    mkdirSync(join(out, f, '..'), { recursive: true });
    writeFileSync(join(out, f), `${f} of the user\n`);
  }
  writeFileSync(join(out, '..', 'neighbour.txt'), 'beside the output\n');
}
const withoutUserFiles = (m: Map<string, string>) => new Map([...m].filter(([k]) => !USER_FILES.includes(k)));
const userBytes = (out: string) => [...USER_FILES.map((f) => readFileSync(join(out, f), 'utf8')), readFileSync(join(out, '..', 'neighbour.txt'), 'utf8')];

/** Two inputs with ~300 certificate files each, so writing takes a while. */
function bigInputs(dir: string) {
  return [1, 2].map((seed) => {
    const g = generate({ ingresses: 1500, pathsPerIngress: 2, tls: cert, seed });
    const file = join(dir, `in-${seed}.yaml`);
    writeFileSync(file, g.yaml);
    const r = compile([{ path: file, text: g.yaml }], { target: 'nginx' });
    assert.ok(r.ok);
    return { file, expected: new Map(r.files.map((f) => [f.path, f.content])) };
  });
}

/** Runs the CLI; with `killWhen`, SIGKILLs it `delayMs` after killWhen() first holds (polled). */
function run(file: string, out: string, extra: string[] = [], kill?: { when: () => boolean; delayMs: number }) {
  return new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [BIN, 'compile', file, '--target', 'nginx', '--out', out, '--no-color', ...extra], { stdio: 'ignore' });
    if (kill) {
      const poll = setInterval(() => {
        if (kill.when()) {
          clearInterval(poll);
          setTimeout(() => child.kill('SIGKILL'), kill.delayMs);
        }
      }, 2);
      child.on('exit', () => clearInterval(poll));
    }
    child.on('exit', (code) => resolve(code));
  });
}

const cert = {
  crt: Buffer.from(readFileSync(join(repoRoot(), 'fixtures/cafe/cafe-secret.yaml'), 'utf8').match(/tls\.crt: (\S+)/)![1]!, 'base64').toString('base64'),
  key: Buffer.from(readFileSync(join(repoRoot(), 'fixtures/cafe/cafe-secret.yaml'), 'utf8').match(/tls\.key: (\S+)/)![1]!, 'base64').toString('base64'),
};

test('kill -9 while writing --out leaves exactly the old or exactly the new output, and the files around it', { timeout: 300_000 }, async () => {
  const inputs = bigInputs(work);
  const out = join(work, 'out');
  const state = join(out, '.ingressc');
  // Writing has started once a version directory other than the published one exists.
  const writing = () => {
    try {
      const current = readlinkSync(join(state, 'current'));
      return readdirSync(state).some((n) => n.startsWith('v-') && n !== current);
    } catch {
      return false;
    }
  };
  assert.equal(await run(inputs[0]!.file, out), 0);
  addUserFiles(out);
  const user = userBytes(out);
  const rand = rng(7);
  let killedDuringWrite = 0;
  for (let i = 0; i < 6; i++) {
    const before = withoutUserFiles(readOutput(out));
    const next = inputs[(i + 1) % 2]!;
    const code = await run(next.file, out, [], { when: writing, delayMs: Math.floor(rand() * 40) });
    const after = withoutUserFiles(readOutput(out));
    const isOld = JSON.stringify([...after]) === JSON.stringify([...before]);
    const isNew = JSON.stringify([...after].sort()) === JSON.stringify([...next.expected].sort());
    assert.ok(isOld || isNew, `iteration ${i}: the output is neither the previous nor the new one (exit ${code})`);
    assert.deepEqual(userBytes(out), user, `iteration ${i}: files beside the generated ones changed`);
    if (code === null) killedDuringWrite++; // killed after its new version directory appeared
    if (isOld) assert.equal(await run(next.file, out), 0); // finish the switch for the next round
  }
  // The loop must actually have interrupted some writes, or it proved nothing.
  assert.ok(killedDuringWrite >= 2, `only ${killedDuringWrite} runs were killed while writing`);
  // After one more complete run, nothing is left behind but the published version, and nothing
  // was put beside the output.
  assert.equal(await run(inputs[0]!.file, out), 0);
  assert.deepEqual(readdirSync(state).filter((n) => n.startsWith('v-')).length, 1);
  assert.deepEqual(readdirSync(work).filter((n) => n.startsWith('out')), ['out']);
  const dangling = [...snapshot(out)].filter(([p, what]) => what.startsWith('link ') && !p.startsWith('.ingressc/') && !existsSync(join(out, p)));
  assert.deepEqual(dangling, [], 'links a killed run made for files it never published are gone');
  assert.ok(existsSync(join(out, 'nginx.conf')));
});

test('kill -9 while --move-aside takes over a foreign directory: its bytes are always whole, in place or kept', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(work, 'foreign-'));
  const [input] = bigInputs(dir);
  const site = join(dir, 'site');
  const kept = join(dir, 'site.ingressc-kept-1');
  const rand = rng(11);
  let killed = 0;
  for (let i = 0; i < 4; i++) {
    rmSync(site, { recursive: true, force: true });
    rmSync(kept, { recursive: true, force: true });
    mkdirSync(join(site, 'conf.d'), { recursive: true });
    writeFileSync(join(site, 'mime.types'), 'types { text/html html; }\n');
    writeFileSync(join(site, 'conf.d', 'a.conf'), `# ${i}\n`);
    const foreign = snapshot(site);
    const code = await run(input!.file, site, ['--move-aside'], { when: () => existsSync(kept), delayMs: Math.floor(rand() * 40) });
    if (code === null) killed++;
    // The foreign files are whole, in exactly one place: still at site, or moved to the kept directory.
    const keptNow = existsSync(kept);
    assert.deepEqual(snapshot(keptNow ? kept : site), foreign, `iteration ${i} (exit ${code})`);
    if (keptNow) {
      const now = readOutput(site);
      const isNew = JSON.stringify([...now].sort()) === JSON.stringify([...input!.expected].sort());
      assert.ok(now.size === 0 || isNew, `iteration ${i}: site is neither empty nor the new output (exit ${code})`);
    }
  }
  assert.ok(killed >= 1, 'no run was killed after taking the directory over');
});

// A run killed while it removed a stale version may leave that version's empty directories without
// its manifest; the next run must still clear it (found by a loaded CI run of the kill -9 test above).
test('a leftover version holding only empty directories is removed by the next run', async () => {
  const out = join(work, 'out-empty-dirs');
  const [input] = bigInputs(join(work));
  assert.equal(await run(input!.file, out), 0);
  const state = join(out, '.ingressc');
  const leftover = join(state, 'v-1-leftover', 'files', 'certs', 'deeper');
  mkdirSync(leftover, { recursive: true });
  assert.equal(await run(input!.file, out), 0);
  assert.deepEqual(readdirSync(state).filter((n) => n.startsWith('v-')).length, 1);
});
