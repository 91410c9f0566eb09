import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { send, skipReason, startEcho, startProxy } from './harness/index.js';
import { repoRoot } from './harness/proxies.js';
import { runCli } from './helpers/cli.js';

/** The README's examples, run as written (from the repository root, as a reader would). */
const README = readFileSync(join(repoRoot(), 'README.md'), 'utf8');

/** The fenced block of a language that follows a heading. */
function block(heading: string, lang: string): string {
  const at = README.indexOf(`\n${heading}\n`);
  assert.ok(at >= 0, `README has no "${heading}"`);
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(README.slice(at));
  assert.ok(m, `no ${lang} block after "${heading}"`);
  return m[1]!;
}

test("README's library example: match returns what its comment says", () => {
  const code = block('## Library', 'ts');
  const expected = /console\.log\(m\.answer\);\s*\/\/ \{ kind: '(\w+)', backend: '([^']+)'/.exec(code);
  assert.ok(expected, 'the example says what m.answer is');
  // The example imports 'ingressc'; here that is this checkout's build. It is plain JavaScript.
  const dir = mkdtempSync(join(tmpdir(), 'ingressc-readme-'));
  try {
    const file = join(dir, 'example.mjs');
    const index = pathToFileURL(join(repoRoot(), 'dist', 'src', 'index.js')).href;
    writeFileSync(file, code.replace(/from 'ingressc'/, `from ${JSON.stringify(index)}`).replace('console.log(m.answer);', 'console.log(JSON.stringify(m.answer));'));
    const r = spawnSync(process.execPath, [file], { cwd: repoRoot(), encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const answer = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { kind: string; backend?: string };
    assert.equal(answer.kind, expected[1]);
    assert.equal(answer.backend, expected[2]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("README's 'Running the output' example answers from the --backend servers, without cluster DNS", { skip: skipReason('nginx') }, async () => {
  const sh = block('## Running the output', 'sh');
  const line = sh.split('\n').find((l) => l.startsWith('ingressc compile '));
  assert.ok(line, 'the example compiles');
  assert.match(line, /--backend default\/tea-svc:80=127\.0\.0\.1:9001 --backend default\/coffee-svc:80=127\.0\.0\.1:9002/);
  const curl = sh.split('\n').find((l) => l.startsWith('curl '));
  assert.ok(curl && /https:\/\/127\.0\.0\.1:8443\/tea/.test(curl) && /Host: cafe\.example\.com/.test(curl), 'the example sends a request');
  const tea = await startEcho('tea');
  const coffee = await startEcho('coffee');
  const out = mkdtempSync(join(tmpdir(), 'ingressc-readme-out-'));
  try {
    const proxy = await startProxy({
      kind: 'nginx',
      build: (ports, dir) => {
        // The README's words, with free loopback ports instead of 8080/8443/9001/9002.
        const args = line
          .split(/\s+/)
          .slice(1)
          .map((w) =>
            w
              .replace('out/nginx', join(out, 'nginx'))
              .replace('127.0.0.1:8080', `127.0.0.1:${ports.http}`)
              .replace('127.0.0.1:8443', `127.0.0.1:${ports.https}`)
              .replace('=127.0.0.1:9001', `=127.0.0.1:${tea.port}`)
              .replace('=127.0.0.1:9002', `=127.0.0.1:${coffee.port}`),
          );
        const r = runCli(args);
        assert.equal(r.code, 0, r.err);
        assert.doesNotMatch(r.err, /IC5021|: warning /, 'no cluster DNS name left, nothing to warn about');
        assert.match(r.err, /^ingressc: wrote \S+: 1 host, 2 routes, 1 certificate, 0 warnings\n$/);
        assert.doesNotMatch(readFileSync(join(out, 'nginx', 'nginx.conf'), 'utf8'), /resolver|svc\.cluster\.local/);
        cpSync(join(out, 'nginx'), dir, { recursive: true, dereference: true });
      },
    });
    try {
      const reply = await send({ port: proxy.ports.https, host: 'cafe.example.com', path: '/tea', tls: {} });
      assert.equal(reply.status, 200, proxy.logs());
      assert.equal(reply.json?.service, 'tea');
    } finally {
      await proxy.stop();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
    await tea.close();
    await coffee.close();
  }
});
