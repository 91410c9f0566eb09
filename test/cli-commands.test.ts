import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { repoRoot } from './harness/proxies.js';
import { GOOD_INGRESS, runCli } from './helpers/cli.js';

/** lint formats, diff, routes and match as a person (or CI) runs them. */
const work = mkdtempSync(join(tmpdir(), 'ingressc-cli2-'));
after(() => rmSync(work, { recursive: true, force: true }));

const run = (args: string[], input?: string | { input?: string; cwd?: string; env?: NodeJS.ProcessEnv }) => runCli(args, typeof input === 'string' || input === undefined ? { ...(input !== undefined ? { input } : {}) } : input);
function write(rel: string, text: string): string {
  const p = join(work, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
  return p;
}

const GOOD = GOOD_INGRESS;
const BAD = GOOD.replace('good.test', '192.168.0.1');
const DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n';
const HELM_OUTPUT = `---\n# Source: chart/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: "1"\n---\n# Source: chart/templates/ingress.yaml\n${GOOD}---\n`;

describe('ingressc lint: many files, mixed kinds', () => {
  test('directories, stdin, Deployments, ConfigMaps, Helm output, package.json, workflows, templates: silent', () => {
    write('repo/deploy.yaml', DEPLOYMENT);
    write('repo/helm-out.yaml', HELM_OUTPUT);
    write('repo/package.json', '{"name": "x", "version": "1.0.0"}\n');
    write('repo/.github/workflows/ci.yml', 'on: push\njobs: {}\n');
    write('repo/ci.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n');
    write('repo/chart/templates/ing.yaml', '{{- if .Values.ingress.enabled }}\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: {{ .Release.Name }}\n{{- end }}\n');
    write('repo/empty.yaml', '# nothing yet\n');
    const r = run(['lint', join(work, 'repo'), '-'], { input: GOOD.replace('name: good', 'name: from-stdin').replace('good.test', 'stdin.test') });
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.err, /Deployment|ConfigMap|package|ci\.yml|IC1004|IC1003|IC1005/);
    assert.match(r.err, /ing\.yaml:1:1: info IC5105 this file is a template/);
    const j = JSON.parse(run(['lint', join(work, 'repo'), '--format', 'json']).out) as { summary: { files: number; skipped: number } };
    assert.deepEqual(j.summary, { errors: 0, warnings: 0, infos: 1, files: 2, skipped: 4 });
  });
  test('findings across files in one run, sorted, with code frames and a summary', () => {
    const a = write('multi/a.yaml', BAD);
    const b = write('multi/b.yaml', DEPLOYMENT + '---\n' + GOOD.replace('name: good', 'name: two').replace('path: /', 'path: /a//b'));
    const r = run(['lint', a, b]);
    assert.equal(r.code, 1);
    assert.match(r.err, /a\.yaml:7:11: error IC2020 .*\n {4}7 \| {3}- host: 192\.168\.0\.1\n\s+\| {11}\^\n/);
    assert.match(r.err, /b\.yaml:\d+:\d+: error IC2032 path "\/a\/\/b" must not contain "\/\/"/);
    assert.match(r.err, /\n2 errors, 0 warnings\n$/);
  });
  test('--format json / github / sarif go to stdout; exit codes follow --fail-level', () => {
    const bad = write('fmt/bad.yaml', BAD);
    const j = run(['lint', bad, '--format', 'json']);
    assert.equal(j.code, 1);
    const doc = JSON.parse(j.out) as { format: string; version: number; diagnostics: { code: string; file: string; line: number; col: number; endLine: number; endCol: number }[] };
    assert.equal(doc.format, 'ingressc-lint');
    assert.deepEqual(doc.diagnostics.map((d) => [d.code, d.line, d.col]), [['IC2020', 7, 11]]);
    assert.ok(doc.diagnostics[0]!.endCol > 11);
    const g = run(['lint', bad, '--format', 'github']);
    assert.equal(g.code, 1);
    assert.match(g.out, /^::error file=.*bad\.yaml,line=7,col=11,endLine=7,endColumn=\d+,title=IC2020::host "192\.168\.0\.1" must be a DNS name/);
    const s = run(['lint', bad, '--format', 'sarif']);
    assert.equal(s.code, 1);
    assert.equal((JSON.parse(s.out) as { version: string }).version, '2.1.0');
    const warn = write('fmt/warn.yaml', GOOD.replace('metadata:\n  name: good\n', 'metadata:\n  name: good\n  annotations:\n    nginx.ingress.kubernetes.io/modsecurity-transaction-id: \"abc\"\n'));
    assert.equal(run(['lint', warn, '--format', 'json']).code, 0);
    assert.equal(run(['lint', warn, '--format', 'json', '--fail-level', 'warning']).code, 1);
    assert.equal(run(['lint', warn, '--format', 'xml']).code, 2);
    const missing = run(['lint', join(work, 'nope.yaml'), '--format', 'json']);
    assert.equal(missing.code, 2);
    assert.equal((JSON.parse(missing.out) as { diagnostics: { code: string }[] }).diagnostics[0]!.code, 'IC1008');
  });
  test('--target reports what a target cannot express; unknown or missing targets are usage errors', () => {
    assert.equal(run(['lint', 'fixtures/cafe/', '--target', 'nginx', '--target', 'haproxy']).code, 0);
    assert.equal(run(['lint', 'fixtures/cafe/', '--target', 'apache']).code, 2);
  });
  test('colours only on request: --no-color and NO_COLOR win, pipes get none', () => {
    const bad = write('color/bad.yaml', BAD);
    assert.doesNotMatch(run(['lint', bad], { env: { NO_COLOR: '' } }).err, /\u001b\[/);
    assert.doesNotMatch(run(['lint', bad, '--no-color']).err, /\u001b\[/);
  });
});

describe('ingressc diff', () => {
  test('route summary + unified diff, exit 1; same → exit 0, no output; errors → 2; --format json', () => {
    const oldDir = join(work, 'diff/old');
    const newDir = join(work, 'diff/new');
    cpSync(join(repoRoot(), 'fixtures/cafe'), oldDir, { recursive: true });
    cpSync(join(repoRoot(), 'fixtures/cafe'), newDir, { recursive: true });
    const ing = join(newDir, 'cafe-ingress.yaml');
    writeFileSync(ing, spawnSync('sed', ['s/tea-svc/chai-svc/', ing], { encoding: 'utf8' }).stdout);
    const r = run(['diff', oldDir, newDir, '--target', 'nginx']);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /^~ cafe\.example\.com\/tea \(Prefix\) backend changed: default\/tea-svc:80 → default\/chai-svc:80\n\n--- a\/nginx\.conf\n\+\+\+ b\/nginx\.conf\n@@ /);
    assert.doesNotMatch(r.out, /PRIVATE KEY/);
    const same = run(['diff', oldDir, oldDir]);
    assert.equal(same.code, 0);
    assert.equal(same.out, '');
    const j = JSON.parse(run(['diff', oldDir, newDir, '--format', 'json', '--target', 'haproxy']).out) as { changed: boolean; routes: { change: string }[]; files: { path: string; diff?: string }[] };
    assert.equal(j.changed, true);
    assert.equal(j.routes[0]!.change, '~');
    assert.ok(j.files.every((f) => !f.path.endsWith('.key')));
    const bad = write('diff/bad/x.yaml', BAD);
    assert.equal(run(['diff', oldDir, bad]).code, 2);
    assert.equal(run(['diff', oldDir]).code, 2);
  });
  test('--target caddy: route summary and a unified diff of caddy.json', () => {
    const oldDir = join(work, 'diff-caddy/old');
    const newDir = join(work, 'diff-caddy/new');
    cpSync(join(repoRoot(), 'fixtures/cafe'), oldDir, { recursive: true });
    cpSync(join(repoRoot(), 'fixtures/cafe'), newDir, { recursive: true });
    const ing = join(newDir, 'cafe-ingress.yaml');
    writeFileSync(ing, spawnSync('sed', ['s/tea-svc/chai-svc/', ing], { encoding: 'utf8' }).stdout);
    const r = run(['diff', oldDir, newDir, '--target', 'caddy']);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /^~ cafe\.example\.com\/tea \(Prefix\) backend changed: default\/tea-svc:80 → default\/chai-svc:80\n\n--- a\/caddy\.json\n\+\+\+ b\/caddy\.json\n@@ /);
    assert.match(r.out, /\n- +"handle": \[\{"handler": "invoke", "name": "default_tea-svc_80"\}\],\n\+ +"handle": \[\{"handler": "invoke", "name": "default_chai-svc_80"\}\],\n/);
    assert.match(r.out, /\n\+ +"upstreams": \[\{"dial": "chai-svc\.default\.svc\.cluster\.local:80"\}\],\n/);
    assert.doesNotMatch(r.out, /PRIVATE KEY/);
    assert.equal(run(['diff', oldDir, oldDir, '--target', 'caddy']).code, 0);
  });
  test('--base REF takes the old side from git (pull-request review)', (t) => {
    if (spawnSync('git', ['--version']).status !== 0) return t.skip('git not installed');
    const repo = join(work, 'gitrepo');
    mkdirSync(join(repo, 'manifests'), { recursive: true });
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e', GIT_CONFIG_NOSYSTEM: '1', HOME: work };
    const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, env, stdio: 'pipe' });
    git('init', '-q');
    writeFileSync(join(repo, 'manifests/app.yaml'), GOOD);
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    writeFileSync(join(repo, 'manifests/app.yaml'), GOOD.replace('path: /', 'path: /v2'));
    writeFileSync(join(repo, 'manifests/new.yaml'), GOOD.replace('name: good', 'name: extra').replace('good.test', 'extra.test'));
    const r = run(['diff', '--base', 'HEAD', 'manifests/'], { cwd: repo });
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /^\+ extra\.test\/ \(Prefix\) → default\/web:80$/m);
    assert.match(r.out, /^- good\.test\/ \(Prefix\) → default\/web:80$/m);
    assert.match(r.out, /^\+ good\.test\/v2 \(Prefix\) → default\/web:80$/m);
    assert.equal(run(['diff', '--base', 'no-such-ref', 'manifests/'], { cwd: repo }).code, 2);
    git('add', '-A');
    git('commit', '-q', '-m', 'v2');
    assert.equal(run(['diff', '--base', 'HEAD', 'manifests/'], { cwd: repo }).code, 0);
  });
});

describe('ingressc routes and match', () => {
  test('routes: table and JSON with source file:line', () => {
    const r = run(['routes', 'fixtures/cafe/']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^HOST +PATH +MATCH +BACKEND +TLS +SOURCE\ncafe\.example\.com +\/coffee +Prefix \(ImplementationSpecific\) +default\/coffee-svc:80 +default-cafe-secret \(redirect\) +fixtures\/cafe\/cafe-ingress\.yaml:19\n/);
    const j = JSON.parse(run(['routes', 'fixtures/cafe/', '--format', 'json']).out) as { routes: { host: string; path: string; line: number }[] };
    assert.deepEqual(j.routes.map((x) => `${x.host}${x.path}:${x.line}`), ['cafe.example.com/coffee:19', 'cafe.example.com/tea:15']);
    assert.equal(run(['routes', write('r/bad.yaml', BAD)]).code, 1);
  });
  test('match: which backend and why; Host header; nothing matches; usage errors', () => {
    const m = run(['match', 'fixtures/cafe/', 'https://cafe.example.com/tea/green']);
    assert.equal(m.code, 0, m.err);
    assert.match(m.out, /answer: {2}default\/tea-svc:80/);
    assert.match(m.out, /host {4}"cafe\.example\.com" matches the exact host cafe\.example\.com/);
    const h = run(['match', 'fixtures/cafe/', '/coffee', '--header', 'Host: CAFE.example.com:443', '--format', 'json']);
    const j = JSON.parse(h.out) as { answer: { kind: string } ; route: { path: string } };
    assert.equal(j.answer.kind, 'redirect');
    assert.equal(j.route.path, '/coffee');
    const none = run(['match', 'fixtures/cafe/', 'https://other.example.com/tea']);
    assert.equal(none.code, 0);
    assert.match(none.out, /answer: {2}404 from the proxy/);
    assert.equal(run(['match', 'fixtures/cafe/', '/tea']).code, 2);
    assert.equal(run(['match', 'https://x/']).code, 2);
  });
});
