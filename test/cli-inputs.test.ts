import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { makeCert } from './harness/certs.js';
import { repoRoot } from './harness/proxies.js';
import { GOOD_INGRESS, runCli } from './helpers/cli.js';

/** The same inputs mean the same thing to every command, and the CLI says what happened in words. */
const work = mkdtempSync(join(tmpdir(), 'ingressc-inputs-'));
after(() => rmSync(work, { recursive: true, force: true }));

function write(rel: string, text: string): string {
  const p = join(work, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
  return p;
}
const run = (args: string[], opts: { input?: string; cwd?: string } = {}) => runCli(args, opts);

const ingress = (name: string, host: string, paths: string[] = ['/'], extraSpec = '') =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\nspec:\n${extraSpec}  rules:\n  - host: ${host}\n    http:\n      paths:\n${paths
    .map((p) => `      - path: ${p}\n        pathType: Prefix\n        backend:\n          service:\n            name: ${name}\n            port:\n              number: 80\n`)
    .join('')}`;
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n';
const BAD = GOOD_INGRESS.replace('good.test', '192.168.0.1').replace('name: good', 'name: bad');
/** Findings of a text report: "file:line:col: severity CODE". */
const findings = (text: string): string[] => [...text.matchAll(/^(\S+:\d+:\d+): (info|warning|error) (IC\d+)/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);

describe('compile and lint classify inputs the same way', () => {
  test('non-Kubernetes YAML, a Helm chart, kustomize patches and CRDs: compile passes them over as lint does', () => {
    const dir = join(work, 'repo');
    write('repo/k8s/ingress.yaml', ingress('web', 'web.example.com'));
    write('repo/.github/workflows/ci.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n');
    write('repo/ci/pipeline.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n');
    write('repo/docker-compose.yml', 'services:\n  web:\n    image: nginx\n');
    write('repo/openapi.yaml', 'openapi: 3.0.3\ninfo: {title: x, version: "1"}\npaths: {}\n');
    write('repo/chart/Chart.yaml', 'apiVersion: v2\nname: web\nversion: 0.1.0\n');
    write('repo/chart/values.yaml', 'host: web.example.com\n');
    write('repo/chart/templates/ingress.yaml', ingress('web', 'web.example.com').replace('  name: web\n', '  name: {{ .Release.Name }}\n  labels:\n    {{- include "labels" . | nindent 4 }}\n'));
    write('repo/chart/templates/service.yaml', SERVICE.replace('name: web', 'name: "{{ .Release.Name }}"'));
    write('repo/kust/base/kustomization.yaml', 'resources:\n- ingress.yaml\n');
    write('repo/kust/base/ingress.yaml', ingress('base', 'base.example.com'));
    write('repo/kust/prod/kustomization.yaml', 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- ../base\npatchesStrategicMerge:\n- patch.yaml\n');
    write('repo/kust/prod/patch.yaml', 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: base\n  annotations:\n    nginx.ingress.kubernetes.io/proxy-body-size: 8m\n');
    write('repo/crd.yaml', 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\n');
    const c = run(['compile', dir, '--resolver', '127.0.0.1']);
    assert.equal(c.code, 0, c.err);
    assert.match(c.out, /server_name "?web\.example\.com"?;/);
    const l = run(['lint', dir, '--format', 'json']);
    assert.equal(l.code, 0, l.out);
    const report = JSON.parse(l.out) as { diagnostics: { file: string; line: number; col: number; severity: string; code: string }[]; summary: { files: number; skipped: number } };
    const fromLint = report.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code}`);
    // The same findings, but for the kinds that compile names and lint passes over silently (IC1004).
    assert.deepEqual(findings(c.err).filter((f) => !f.endsWith('IC1004')), fromLint);
    assert.deepEqual(fromLint, [
      `${join(dir, 'chart/templates/ingress.yaml')}:1:1 info IC5105`,
      `${join(dir, 'chart/templates/service.yaml')}:1:1 info IC5105`,
      `${join(dir, 'kust/prod/patch.yaml')}:1:1 info IC1020`,
    ]);
    assert.deepEqual(report.summary, { errors: 0, warnings: 0, infos: 3, files: 4, skipped: 9 } as never);
  });

  test('globs are expanded where the README says (lint and compile)', () => {
    const cwd = join(work, 'globs');
    write('globs/k8s/a.yaml', ingress('a', 'a.example.com'));
    write('globs/k8s/b.yaml', BAD);
    write('globs/k8s/notes.txt', 'not yaml');
    write('globs/other/c.yaml', BAD.replace('name: bad', 'name: c'));
    const l = run(['lint', 'k8s/*.yaml'], { cwd });
    assert.equal(l.code, 1, l.err);
    assert.deepEqual(findings(l.err), ['k8s/b.yaml:7:11 error IC2020']);
    assert.equal(run(['lint', 'k8s/a*'], { cwd }).code, 0);
    const c = run(['compile', '**/a.yaml', '--resolver', '127.0.0.1'], { cwd });
    assert.equal(c.code, 0, c.err);
    assert.match(c.out, /server_name "?a\.example\.com"?;/);
    const none = run(['lint', 'nothing/*.yaml'], { cwd });
    assert.equal(none.code, 2);
    assert.match(none.err, /error IC1008 cannot read nothing\/\*\.yaml: no file matches this pattern/);
  });

  test('objects concatenated without "---": the duplicate-key error says documents need "---"', () => {
    const r = run(['compile', '-'], { input: SERVICE + GOOD_INGRESS });
    assert.equal(r.code, 1);
    assert.match(r.err, /^<stdin>:8:1: error IC1021 "apiVersion" appears twice in one YAML document \(Map keys must be unique\): separate Kubernetes objects with a line "---"/);
    assert.match(r.err, /^1 error, 0 warnings$/m, 'one error, not one per repeated key');
    assert.equal(run(['compile', '-', '--resolver', '127.0.0.1'], { input: `${SERVICE}---\n${GOOD_INGRESS}` }).code, 0);
  });
});

describe('an error in one file does not hide the warnings of the others', () => {
  const a = write('mixed/a.yaml', BAD);
  // Prefix /foo and /foo/ are one matcher: a warning found while lowering.
  const b = write('mixed/b.yaml', ingress('b', 'b.example.com', ['/foo', '/foo/']));
  const warning = /b\.yaml:\d+:\d+: warning IC3004 Prefix "\/foo" and Prefix "\/foo\/" match the same requests/;

  test('text (lint and compile)', () => {
    for (const cmd of ['lint', 'compile']) {
      const r = run([cmd, a, b]);
      assert.equal(r.code, 1, r.err);
      assert.match(r.err, /a\.yaml:7:11: error IC2020/);
      assert.match(r.err, warning, `${cmd}: ${r.err}`);
      assert.match(r.err, /^1 error, 1 warning$/m);
    }
  });
  test('JSON and SARIF', () => {
    const j = JSON.parse(run(['lint', a, b, '--format', 'json']).out) as { diagnostics: { code: string; file: string }[] };
    assert.deepEqual(j.diagnostics.map((d) => [d.code, d.file]), [['IC2020', a], ['IC3004', b]]);
    const s = JSON.parse(run(['lint', a, b, '--format', 'sarif']).out) as { runs: { results: { ruleId: string; level: string }[] }[] };
    assert.deepEqual(s.runs[0]!.results.map((r) => [r.ruleId, r.level]), [['IC2020', 'error'], ['IC3004', 'warning']]);
  });
  test('an input that cannot be read', () => {
    for (const cmd of ['lint', 'compile', 'routes']) {
      const r = run([cmd, join(work, 'mixed/missing.yaml'), b]);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /cannot read .*missing\.yaml: no such file or directory/);
      assert.match(r.err, warning, `${cmd}: ${r.err}`);
      assert.doesNotMatch(r.err, /ENOENT|IC1006/);
      assert.equal(r.out, '', 'no output from a partial input');
    }
  });
});

describe('the CLI says what happened in words', () => {
  test('I/O errors name the problem, not the errno', () => {
    const r = run(['lint', 'no-such.yaml']);
    assert.equal(r.code, 2);
    assert.equal(r.err, 'error IC1008 cannot read no-such.yaml: no such file or directory\n1 error, 0 warnings\n');
  });
  test('usage errors: the usage line and a --help hint, not the whole help', () => {
    const r = run(['compile']);
    assert.equal(r.code, 2);
    assert.equal(r.err, "error: missing required argument 'inputs'\nUsage: ingressc compile [options] <inputs...>\nRun 'ingressc compile --help' for its options.\n");
    const u = run(['lint', '--bogus', 'x.yaml']);
    assert.equal(u.code, 2);
    assert.equal(u.err, "error: unknown option '--bogus'\nUsage: ingressc lint [options] <inputs...>\nRun 'ingressc lint --help' for its options.\n");
    const c = run(['frobnicate']);
    assert.equal(c.code, 2);
    assert.match(c.err, /^error: unknown command 'frobnicate'\nUsage: ingressc \[options\] \[command\]\nRun 'ingressc --help' for the commands\.\n$/);
  });
  test("a command's --help lists only its own options", () => {
    const help = (cmd: string) => run([cmd, '--help']).out;
    for (const cmd of ['routes', 'match']) assert.doesNotMatch(help(cmd), /--resolver/, cmd);
    assert.doesNotMatch(help('routes'), /--listen-http/);
    assert.doesNotMatch(help('lint'), /--backend|--resolver|--out/);
    assert.match(help('compile'), /--resolver[\s\S]*--certs|--certs[\s\S]*--resolver/);
    assert.match(help('lint'), /--git-context/);
  });
  test('compile --out prints one summary line on stderr; --quiet none', () => {
    const cafe = join(repoRoot(), 'fixtures', 'cafe');
    const out = join(work, 'out-summary');
    const r = run(['compile', cafe, '--out', out, '--resolver', '127.0.0.1']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, `ingressc: wrote ${out}: 1 host, 2 routes, 1 certificate, 0 warnings\n`);
    const q = run(['compile', cafe, '--out', join(work, 'out-quiet'), '--resolver', '127.0.0.1', '--quiet']);
    assert.equal(q.code, 0, q.err);
    assert.equal(q.err, '');
  });
});

describe('TLS Secrets that are not in the inputs', () => {
  const tls = ingress('web', 'web.example.com', ['/'], '  tls:\n  - hosts: [web.example.com]\n    secretName: web-tls\n');
  const file = write('tls/ingress.yaml', tls);
  const { cert, key } = makeCert(['web.example.com']);

  test('the warning names both ways to supply one', () => {
    const r = run(['compile', file, '--out', join(work, 'tls-out1'), '--resolver', '127.0.0.1']);
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.err,
      /ingress\.yaml:7:5: warning IC3003 TLS Secret default\/web-tls is not in the inputs: the config references certs\/default-web-tls\.crt and certs\/default-web-tls\.key; add the kubernetes\.io\/tls Secret manifest to the inputs, or pass --certs DIR with default-web-tls\.crt and default-web-tls\.key in DIR/,
    );
  });
  test('--certs DIR supplies <namespace>-<secret>.crt|.key, written into the output', () => {
    write('certs-good/default-web-tls.crt', cert);
    write('certs-good/default-web-tls.key', key);
    const out = join(work, 'tls-out2');
    const r = run(['compile', file, '--certs', join(work, 'certs-good'), '--out', out, '--resolver', '127.0.0.1']);
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.err, /IC3003/);
    assert.equal(readFileSync(join(out, 'certs', 'default-web-tls.crt'), 'utf8'), cert.trimEnd() + '\n');
    assert.equal(readFileSync(join(out, 'certs', 'default-web-tls.key'), 'utf8'), key.trimEnd() + '\n');
    assert.equal(statSync(join(out, 'certs', 'default-web-tls.key')).mode & 0o777, 0o600);
  });
  test('--certs files pass the checks of a Secret, located at the file', () => {
    const other = makeCert(['other.example.com']);
    const cases: [string, Record<string, string>, RegExp][] = [
      ['certs-mismatch', { 'default-web-tls.crt': cert, 'default-web-tls.key': other.key }, /certs-mismatch\/default-web-tls\.key:1:1: error IC1023 certificate file \S+default-web-tls\.key: does not belong to the certificate/],
      ['certs-garbage', { 'default-web-tls.crt': 'hello\n', 'default-web-tls.key': key }, /default-web-tls\.crt:1:1: error IC1023 certificate file \S+default-web-tls\.crt: is not PEM certificates/],
      ['certs-half', { 'default-web-tls.crt': cert }, /default-web-tls\.crt:1:1: error IC1023 certificate file \S+: no default-web-tls\.key next to it/],
    ];
    for (const [dir, files, re] of cases) {
      for (const [name, text] of Object.entries(files)) write(`${dir}/${name}`, text);
      const r = run(['compile', file, '--certs', join(work, dir), '--out', join(work, `${dir}-out`)]);
      assert.equal(r.code, 1, r.err);
      assert.match(r.err, re);
    }
  });
  test('lint reports it as info (a Secret that never lives in git is normal)', () => {
    const r = run(['lint', file, '--fail-level', 'warning']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /ingress\.yaml:7:5: info IC5020 TLS Secret default\/web-tls is not in the inputs/);
  });
});

describe('cluster DNS names: which resolver the output uses', () => {
  const file = write('dns/ingress.yaml', ingress('web', 'web.example.com') + '---\n' + ingress('api', 'api.example.com'));
  const infos = (err: string) => err.split('\n').filter((l) => l.includes('IC5021'));
  test('said once, per target, unless --resolver or --backend', () => {
    const nginx = infos(run(['compile', file]).err);
    assert.deepEqual(nginx, ["info IC5021 backends are cluster DNS names (api.default.svc.cluster.local:80), which the output resolves at run time through nginx's resolver directive, 10.96.0.10; outside the cluster pass --backend NS/SVC:PORT=HOST:PORT for each of them"]);
    assert.match(infos(run(['compile', file, '--target', 'envoy']).err).join('\n'), /through the system resolver/);
    assert.deepEqual(infos(run(['compile', file, '--resolver', '127.0.0.53']).err), []);
    assert.deepEqual(infos(run(['compile', file, '--backend', 'default/web:80=127.0.0.1:9001', '--backend', 'default/api:80=127.0.0.1:9002']).err), []);
  });
});
