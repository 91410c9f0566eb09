import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { watch, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync, appendFileSync, readdirSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { repoRoot } from './harness/proxies.js';
import { GOOD_INGRESS, runCli } from './helpers/cli.js';
import { readOutput, snapshot } from './helpers/tree.js';

/** `--out` never destroys what ingressc did not write (issue 11 §1). Each case checks the disk byte for byte. */
const work = mkdtempSync(join(tmpdir(), 'ingressc-out-'));
after(() => rmSync(work, { recursive: true, force: true }));
const CAFE = join(repoRoot(), 'fixtures/cafe/');
let n = 0;
/** A fresh directory per case, with a file beside the output so "its surroundings" are checked too. */
function room(): string {
  const d = join(work, `case-${++n}`);
  mkdirSync(d);
  writeFileSync(join(d, 'neighbour.txt'), 'beside the output\n');
  return d;
}
const good = (d: string, text = GOOD_INGRESS) => {
  writeFileSync(join(d, 'good.yaml'), text);
  return join(d, 'good.yaml');
};

describe('compile --out: only what ingressc wrote is replaced', () => {
  test('a directory with files ingressc did not write: exit 2, the path and what to do, nothing changed', () => {
    const d = room();
    mkdirSync(join(d, 'site', 'conf.d'), { recursive: true });
    writeFileSync(join(d, 'site', 'mime.types'), 'types { text/html html; }\n');
    writeFileSync(join(d, 'site', 'conf.d', 'a.conf'), 'server {}\n');
    const before = snapshot(d);
    const r = runCli(['compile', CAFE, '--out', join(d, 'site')]);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /error IC5004 --out: \S+\/site is a directory with files ingressc did not write .*nothing was changed.*--move-aside/);
    assert.deepEqual(snapshot(d), before);
  });

  test('a file: exit 2, nothing changed', () => {
    const d = room();
    writeFileSync(join(d, 'out'), 'a file\n');
    const before = snapshot(d);
    const r = runCli(['compile', CAFE, '--out', join(d, 'out')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /IC5004 --out: \S+\/out is a file, not a directory/);
    assert.deepEqual(snapshot(d), before);
  });

  test('--move-aside keeps the foreign directory whole beside the output and says where', () => {
    const d = room();
    mkdirSync(join(d, 'site', 'conf.d'), { recursive: true });
    writeFileSync(join(d, 'site', 'mime.types'), 'types { text/html html; }\n');
    writeFileSync(join(d, 'site', 'conf.d', 'a.conf'), 'server {}\n');
    const foreign = snapshot(join(d, 'site'));
    const r = runCli(['compile', CAFE, '--out', join(d, 'site'), '--move-aside']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /warning IC5005 --move-aside: moved \S+\/site to \S+\/site\.ingressc-kept-1 \(kept, not deleted\)/);
    assert.deepEqual(snapshot(join(d, 'site.ingressc-kept-1')), foreign);
    assert.ok(readOutput(join(d, 'site')).get('nginx.conf')?.includes('cafe.example.com'));
  });

  test('an empty directory is used as it is', () => {
    const d = room();
    mkdirSync(join(d, 'out'));
    assert.equal(runCli(['compile', CAFE, '--out', join(d, 'out')]).code, 0);
    assert.ok(existsSync(join(d, 'out', 'nginx.conf')));
    assert.deepEqual(readdirSync(d).sort(), ['neighbour.txt', 'out'], 'nothing moved aside or added beside it');
  });

  test('out/, ./out, /abs/out and a path through a symlinked parent are one directory, recompiled in place', () => {
    const d = room();
    mkdirSync(join(d, 'real'));
    symlinkSync('real', join(d, 'via'));
    const first = runCli(['compile', CAFE, '--out', 'out/'], { cwd: d });
    assert.equal(first.code, 0, first.err);
    const expected = readOutput(join(d, 'out'));
    for (const out of ['out/', './out', join(d, 'out'), `${join(d, 'out')}//`]) {
      const r = runCli(['compile', CAFE, '--out', out], { cwd: d });
      assert.equal(r.code, 0, `${out}: ${r.err}`);
      assert.deepEqual(readOutput(join(d, 'out')), expected, out);
    }
    for (const out of ['via/out', 'via/out/']) {
      const r = runCli(['compile', CAFE, '--out', out], { cwd: d });
      assert.equal(r.code, 0, `${out}: ${r.err}`);
      assert.deepEqual(readOutput(join(d, 'real', 'out')), expected, out);
    }
    // Nothing hidden or moved aside next to them.
    assert.deepEqual(readdirSync(d).sort(), ['neighbour.txt', 'out', 'real', 'via']);
    assert.deepEqual(readdirSync(join(d, 'real')), ['out']);
  });

  test('a failed compile (exit 1 and exit 2) leaves every byte of the output and around it unchanged', () => {
    const d = room();
    const out = join(d, 'out');
    assert.equal(runCli(['compile', CAFE, '--out', out]).code, 0);
    writeFileSync(join(out, 'nginx.pid'), '4242\n');
    const bad = good(d, GOOD_INGRESS.replace('host: good.test', 'host: 192.168.0.1'));
    const before = snapshot(d);
    assert.equal(runCli(['compile', bad, '--out', out]).code, 1);
    assert.deepEqual(snapshot(d), before);
    assert.equal(runCli(['compile', CAFE, '--out', out, '--listen-http', 'nowhere']).code, 2);
    assert.deepEqual(snapshot(d), before);
  });

  test("files a user or a running proxy put into the output stay, also when ingressc stops writing that directory", () => {
    const d = room();
    const out = join(d, 'out');
    assert.equal(runCli(['compile', CAFE, '--out', out]).code, 0);
    // A proxy's pid, log and temp dir; a certificate for a Secret that is not in the inputs.
    const theirs = { 'nginx.pid': '4242\n', 'access.log': 'GET /\n', 'proxy_temp/1/0000000001': 'x', 'certs/other-secret.crt': 'PEM\n', 'certs/other-secret.key': 'KEY\n' };
    for (const [f, c] of Object.entries(theirs)) {
      mkdirSync(join(out, f, '..'), { recursive: true });
      writeFileSync(join(out, f), c);
    }
    // Recompile without TLS: ingressc's certificate links go, the user's certificates stay.
    const r = runCli(['compile', good(d), '--out', out]);
    assert.equal(r.code, 0, r.err);
    for (const [f, c] of Object.entries(theirs)) assert.equal(readFileSync(join(out, f), 'utf8'), c, f);
    assert.ok(!existsSync(join(out, 'certs', 'default-cafe-secret.crt')));
    assert.ok(readFileSync(join(out, 'nginx.conf'), 'utf8').includes('good.test'));
    // And back to TLS: ingressc's certificates are added beside the user's.
    assert.equal(runCli(['compile', CAFE, '--out', out]).code, 0);
    for (const [f, c] of Object.entries(theirs)) assert.equal(readFileSync(join(out, f), 'utf8'), c, f);
    assert.ok(readFileSync(join(out, 'certs', 'default-cafe-secret.crt'), 'utf8').includes('BEGIN CERTIFICATE'));
  });

  test('a file of the user where ingressc would write: exit 2 naming it, nothing changed; --move-aside keeps it', () => {
    const d = room();
    const out = join(d, 'out');
    assert.equal(runCli(['compile', good(d), '--out', out]).code, 0);
    mkdirSync(join(out, 'certs'));
    writeFileSync(join(out, 'certs', 'default-cafe-secret.crt'), 'my own certificate\n');
    const before = snapshot(d);
    const r = runCli(['compile', CAFE, '--out', out]);
    assert.equal(r.code, 2);
    assert.match(r.err, /IC5004 --out: \S+\/out\/certs\/default-cafe-secret\.crt exists and was not written by ingressc/);
    assert.deepEqual(snapshot(d), before);
    const m = runCli(['compile', CAFE, '--out', out, '--move-aside']);
    assert.equal(m.code, 0, m.err);
    assert.match(m.err, /IC5005 --move-aside: moved \S+\/out\/certs\/default-cafe-secret\.crt to \S+\/out\.ingressc-kept-1/);
    assert.equal(readFileSync(join(d, 'out.ingressc-kept-1', 'certs', 'default-cafe-secret.crt'), 'utf8'), 'my own certificate\n');
    assert.match(readFileSync(join(out, 'certs', 'default-cafe-secret.crt'), 'utf8'), /BEGIN CERTIFICATE/);
  });

  test('a generated file edited by hand, or replaced by a file: exit 2 naming it; --move-aside keeps the edit', () => {
    const d = room();
    const out = join(d, 'out');
    assert.equal(runCli(['compile', CAFE, '--out', out]).code, 0);
    appendFileSync(join(out, 'nginx.conf'), '# my tuning\n');
    const before = snapshot(d);
    const r = runCli(['compile', CAFE, '--out', out]);
    assert.equal(r.code, 2);
    assert.match(r.err, /IC5004 --out: \S+\/out\/nginx\.conf was changed after ingressc wrote it/);
    assert.deepEqual(snapshot(d), before);
    const m = runCli(['compile', CAFE, '--out', out, '--move-aside']);
    assert.equal(m.code, 0, m.err);
    assert.match(readFileSync(join(d, 'out.ingressc-kept-1', 'nginx.conf'), 'utf8'), /# my tuning\n$/);
    assert.doesNotMatch(readFileSync(join(out, 'nginx.conf'), 'utf8'), /# my tuning/);
    // Replaced by a plain file: theirs now.
    unlinkSync(join(out, 'nginx.conf'));
    writeFileSync(join(out, 'nginx.conf'), 'mine\n');
    const before2 = snapshot(d);
    assert.equal(runCli(['compile', CAFE, '--out', out]).code, 2);
    assert.deepEqual(snapshot(d), before2);
  });
});

describe('compile --out: a proxy watching the directory sees each change', () => {
  test('a changed traefik.yaml shows up as an event named traefik.yaml in the directory', async () => {
    const d = room();
    const out = join(d, 'out');
    const v1 = good(d);
    assert.equal(runCli(['compile', v1, '--target', 'traefik', '--out', out]).code, 0);
    // Traefik runs in the directory and watches "." (its cwd): the directory it started in must be the
    // one that changes, and the file must be readable there afterwards.
    const cwd = realpathSync(out);
    const names: string[] = [];
    const w = watch(cwd, (_e, name) => names.push(String(name)));
    try {
      const v2 = join(d, 'v2.yaml');
      writeFileSync(v2, GOOD_INGRESS.replace('good.test', 'better.test'));
      assert.equal(runCli(['compile', v2, '--target', 'traefik', '--out', out]).code, 0);
      for (let i = 0; i < 200 && !names.includes('traefik.yaml'); i++) await new Promise((r) => setTimeout(r, 5));
    } finally {
      w.close();
    }
    assert.ok(names.includes('traefik.yaml'), `events: ${names.join(', ')}`);
    assert.ok(readFileSync(join(cwd, 'traefik.yaml'), 'utf8').includes('better.test'));
  });
});

describe('compile --out: one writer at a time', () => {
  test('a directory another running ingressc is writing: exit 2, nothing changed; a lock left by a killed run is taken over', () => {
    const d = room();
    const out = join(d, 'out');
    assert.equal(runCli(['compile', CAFE, '--out', out]).code, 0);
    writeFileSync(join(out, '.ingressc', 'lock'), `${process.pid}\n`); // alive: this test runner
    const input = good(d);
    const before = snapshot(d);
    const r = runCli(['compile', input, '--out', out]);
    assert.equal(r.code, 2);
    assert.match(r.err, /IC5003 cannot write \S+\/out: another ingressc \(pid \d+\) is writing it/);
    assert.deepEqual(snapshot(d), before);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(out, '.ingressc', 'lock'), `${dead}\n`);
    const r2 = runCli(['compile', input, '--out', out]);
    assert.equal(r2.code, 0, r2.err);
    assert.ok(readFileSync(join(out, 'nginx.conf'), 'utf8').includes('good.test'));
    assert.ok(!existsSync(join(out, '.ingressc', 'lock')));
  });
});
