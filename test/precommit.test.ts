import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './harness/proxies.js';
import { gitEnv, snapshotRepo } from './helpers/snapshot-repo.js';

/**
 * The pre-commit hook, for real: pre-commit (from PyPI) installs this checkout as a hook repository
 * (`language: node`: `npm install -g git+file://<clone>`) into one repository shaped like real ones:
 * commits with an IP host, a `pathtype:` typo or a snippet annotation are blocked with our messages at
 * file:line:col; an Ingress whose Service and Secret are not staged, a Helm chart, a kustomization and
 * its patches, CRDs and YAML that is not Kubernetes all go through.
 *
 * pre-commit clones `repo:` at `rev:`, so uncommitted changes in the checkout would be invisible. The
 * test therefore commits a snapshot of the checkout's working tree (tracked + untracked, not ignored
 * files) into a temporary repository and uses that as the hook repository.
 */
const ROOT = repoRoot();
const ok = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

function skipReason(): string | undefined {
  const missing: string[] = [];
  if (!ok('git', ['--version'])) missing.push('git');
  if (!ok('npm', ['--version'])) missing.push('npm');
  const havePreCommit = ok(join(ROOT, '.proxies', 'bin', 'pre-commit'), ['--version']);
  if (!havePreCommit && !ok('python3', ['-m', 'venv', '--help'])) missing.push('python3 (with venv)');
  if (!existsSync(join(ROOT, '.git'))) missing.push('a git checkout of ingressc');
  if (missing.length === 0) return undefined;
  const why = `pre-commit test needs ${missing.join(', ')}`;
  if (process.env.CI === 'true') throw new Error(`${why} (required in CI)`);
  return `${why}; skipping`;
}

/**
 * Packaging note: `language: node` installs the hook repository with `npm install -g git+file://…`,
 * which cannot build (npm/cli#8440): it installs the committed build, dist/src
 * (test/committed-build.test.ts keeps it fresh; test/install.test.ts tests that install by itself).
 */
test('pre-commit: invalid Ingresses block the commit with file:line:col; valid commits of real repositories go through', { skip: skipReason(), timeout: 900_000 }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ingressc-precommit-'));
  try {
    const env: NodeJS.ProcessEnv = { ...gitEnv(tmp), PRE_COMMIT_HOME: join(tmp, 'cache'), NO_COLOR: '1', PRE_COMMIT_COLOR: 'never' };
    const sh = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

    // pre-commit: .proxies (installed by .ci/run), else a private venv from PyPI.
    let preCommit = join(ROOT, '.proxies', 'bin', 'pre-commit');
    if (!ok(preCommit, ['--version'])) {
      sh('python3', ['-m', 'venv', join(tmp, 'venv')], tmp);
      sh(join(tmp, 'venv', 'bin', 'pip'), ['install', '-q', '--disable-pip-version-check', 'pre-commit==4.7.0'], tmp);
      preCommit = join(tmp, 'venv', 'bin', 'pre-commit');
    }

    // Hook repository: a committed snapshot of this checkout's working tree.
    const hookRepo = join(tmp, 'hook-repo');
    const rev = snapshotRepo(hookRepo, env);
    assert.ok(existsSync(join(hookRepo, '.pre-commit-hooks.yaml')));

    // A user's repository with the hook installed.
    const user = join(tmp, 'user-repo');
    mkdirSync(join(user, 'k8s'), { recursive: true });
    sh('git', ['init', '-q'], user);
    // The README's configuration, with its recommended --fail-level.
    writeFileSync(join(user, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: ingressc-lint\n        args: [--fail-level, warning]\n`);
    sh(preCommit, ['install'], user);
    // The hook's environment is installed up front (pre-commit would do it inside the first commit).
    // npm's install of a git dependency sometimes trips over its own extraction (ENOTEMPTY on rmdir,
    // seen once in about six runs); that npm error, and only it, gets one more try.
    const installHooks = () => spawnSync(preCommit, ['install-hooks'], { cwd: user, env, encoding: 'utf8' });
    let hooks = installHooks();
    if (hooks.status !== 0 && /ENOTEMPTY/.test(`${hooks.stdout}${hooks.stderr}`)) hooks = installHooks();
    assert.equal(hooks.status, 0, `pre-commit install-hooks failed:\n${hooks.stdout}${hooks.stderr}`);
    const commit = (message: string) => spawnSync('git', ['commit', '-m', message], { cwd: user, env, encoding: 'utf8' });
    const passes = (message: string, files: Record<string, string>) => {
      for (const [f, text] of Object.entries(files)) {
        mkdirSync(dirname(join(user, f)), { recursive: true });
        writeFileSync(join(user, f), text);
      }
      sh('git', ['add', '--', ...Object.keys(files)], user);
      const r = commit(message);
      const out = `${r.stdout}${r.stderr}`;
      assert.equal(r.status, 0, `${message}: the commit was blocked:\n${out}`);
      assert.match(out, /ingressc lint \(Kubernetes Ingress\)\.+Passed/, message);
      return out;
    };
    const ingress = (host: string, port = 'number: 80', extra = '') =>
      `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n${extra}spec:\n  rules:\n  - host: ${host}\n    http:\n      paths:\n      - path: /\n        pathType: Prefix\n        backend:\n          service:\n            name: web\n            port:\n              ${port}\n`;

    // Blocked, each with file:line:col: an IP host, a `pathtype:` typo, a snippet annotation.
    writeFileSync(join(user, 'k8s', 'ingress.yaml'), ingress('192.168.0.1'));
    writeFileSync(join(user, 'k8s', 'typo.yaml'), ingress('typo.example.com').replace('pathType: Prefix', 'pathtype: Prefix'));
    writeFileSync(join(user, 'k8s', 'snippet.yaml'), ingress('snippet.example.com', 'number: 80', '  annotations:\n    nginx.ingress.kubernetes.io/server-snippet: "return 200;"\n'));
    writeFileSync(join(user, 'k8s', 'deploy.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n');
    writeFileSync(join(user, 'package.json'), '{"name": "app"}\n');
    sh('git', ['add', '-A'], user);
    const blocked = commit('bad ingresses');
    const out = `${blocked.stdout}${blocked.stderr}`;
    assert.notEqual(blocked.status, 0, `the commit went through:\n${out}`);
    assert.match(out, /k8s\/ingress\.yaml:7:11: error IC2020 host "192\.168\.0\.1" must be a DNS name, not an IP address/, out);
    assert.match(out, /k8s\/typo\.yaml:11:9: error IC2001 unknown field "pathtype"/, out);
    assert.match(out, /k8s\/snippet\.yaml:6:5: error IC2080 annotation nginx\.ingress\.kubernetes\.io\/server-snippet/, out);
    assert.match(out, /ingressc lint \(Kubernetes Ingress\)\.+Failed/, out);
    assert.equal(spawnSync('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: user, env }).status, 1, 'no commit was made');
    sh('git', ['rm', '-q', '--cached', 'k8s/ingress.yaml', 'k8s/typo.yaml', 'k8s/snippet.yaml'], user);
    for (const f of ['ingress.yaml', 'typo.yaml', 'snippet.yaml']) rmSync(join(user, 'k8s', f));

    passes('the Service', { 'k8s/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - name: http\n    port: 80\n' });
    // The Ingress alone: its Service (named port) lives in a committed file that is not staged, and its
    // TLS Secret is nowhere in the repository (at most an info, at the README's --fail-level warning).
    const tls = ingress('web.example.com', 'name: http').replace('spec:\n', 'spec:\n  tls:\n  - hosts: [web.example.com]\n    secretName: web-tls\n');
    writeFileSync(join(user, 'k8s', 'ingress.yaml'), tls);
    sh('git', ['add', 'k8s/ingress.yaml'], user);
    assert.equal(sh('git', ['diff', '--cached', '--name-only'], user).trim(), 'k8s/ingress.yaml');
    passes('an Ingress whose Service and Secret are not staged', { 'k8s/ingress.yaml': tls });

    passes('a Helm chart', {
      'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
      'chart/values.yaml': 'host: web.example.com\ningress:\n  enabled: true\n  annotations: {}\n',
      'chart/templates/ingress.yaml': 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: {{ include "web.fullname" . }}\n  labels:\n    {{- include "web.labels" . | nindent 4 }}\nspec:\n  rules:\n  - host: {{ .Values.host | quote }}\n    http:\n      paths:\n      - path: /\n        pathType: Prefix\n        backend:\n          service:\n            name: {{ include "web.fullname" . }}\n            port:\n              name: http\n',
      'chart/templates/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: "{{ .Release.Name }}-web"\nspec:\n  ports:\n  - port: {{ .Values.port }}\n',
      'chart/templates/_helpers.tpl': '{{- define "web.fullname" -}}{{ .Release.Name }}{{- end }}\n',
    });
    const kustomization = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- ../../base\npatches:\n- path: ingress-patch.yaml\n- path: host.json6902.yaml\n  target:\n    kind: Ingress\n    name: web\n';
    const fragment = (size: string) => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  annotations:\n    nginx.ingress.kubernetes.io/proxy-body-size: ${size}\n`;
    passes('a kustomization', {
      'kust/base/kustomization.yaml': 'resources:\n- ingress.yaml\n',
      'kust/base/ingress.yaml': ingress('base.example.com'),
      'kust/overlays/prod/kustomization.yaml': kustomization,
      'kust/overlays/prod/ingress-patch.yaml': fragment('8m'),
      'kust/overlays/prod/host.json6902.yaml': '- op: replace\n  path: /spec/rules/0/host\n  value: prod.example.com\n',
    });
    // The patch alone: the kustomization that lists it is committed, not staged.
    passes('a kustomize patch alone', { 'kust/overlays/prod/ingress-patch.yaml': fragment('16m') });
    passes('CRDs and YAML that is not Kubernetes', {
      'crds/widgets.yaml': 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\nspec:\n  group: example.com\n  names:\n    kind: Widget\n    plural: widgets\n  scope: Namespaced\n  versions:\n  - name: v1\n    served: true\n    storage: true\n    schema:\n      openAPIV3Schema:\n        type: object\n',
      'k8s/widget.yaml': 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 3\n',
      '.github/workflows/ci.yml': 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n    - uses: actions/checkout@v4\n    - run: npm test\n',
      'docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n    ports:\n    - "8080:80"\n',
      'openapi.yaml': 'openapi: 3.0.3\ninfo:\n  title: api\n  version: "1"\npaths: {}\ncomponents:\n  schemas:\n    Object:\n      properties:\n        apiVersion: {type: string}\n        kind: {type: string}\n',
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
