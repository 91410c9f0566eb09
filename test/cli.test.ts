import { registeredTargets } from '../src/emit/registry.js';
import assert from 'node:assert/strict';

import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { GOOD_INGRESS, runCli } from './helpers/cli.js';

/** The CLI as a person runs it: exit codes, messages with file:line:col, files written or not. */
const work = mkdtempSync(join(tmpdir(), 'ingressc-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

const run = (args: string[], input?: string | { input?: string; cwd?: string; env?: NodeJS.ProcessEnv }) => runCli(args, typeof input === 'string' || input === undefined ? { ...(input !== undefined ? { input } : {}) } : input);

function write(name: string, text: string): string {
  const p = join(work, name);
  writeFileSync(p, text);
  return p;
}

const GOOD = GOOD_INGRESS;

describe('ingressc compile', () => {
  test('the cafe example compiles to a directory, key file private', () => {
    const out = join(work, 'cafe-out');
    const r = run(['compile', 'fixtures/cafe/', '--target', 'nginx', '--out', out]);
    assert.equal(r.code, 0, r.err);
    assert.ok(readFileSync(join(out, 'nginx.conf'), 'utf8').includes('server_name "cafe.example.com";'));
    assert.equal(statSync(join(out, 'certs/default-cafe-secret.key')).mode & 0o777, 0o600);
    assert.ok(!r.out.includes('PRIVATE KEY') && !r.err.includes('PRIVATE KEY'));
  });
  test('--target caddy writes caddy.json and certs/; --listen-admin is Caddy-only and loopback-only', () => {
    const out = join(work, 'cafe-caddy');
    const r = run(['compile', 'fixtures/cafe/', '--target', 'caddy', '--out', out, '--listen-admin', '127.0.0.1:2999']);
    assert.equal(r.code, 0, r.err);
    const c = JSON.parse(readFileSync(join(out, 'caddy.json'), 'utf8')) as { admin: unknown; apps: { tls: { certificates: { load_files: { key: string }[] } } } };
    assert.deepEqual(c.admin, { listen: '127.0.0.1:2999', config: { persist: false } });
    assert.equal(statSync(join(out, c.apps.tls.certificates.load_files[0]!.key)).mode & 0o777, 0o600);
    assert.match(run(['compile', 'fixtures/cafe/', '--target', 'caddy', '--out', out, '--listen-admin', '0.0.0.0:2019']).err, /IC5001 invalid option --listen-admin: expected a loopback ADDR:PORT/);
    assert.equal(run(['compile', '-', '--target', 'nginx', '--listen-admin', '127.0.0.1:2019'], GOOD).code, 2);
    // Without certificates the one file goes to stdout.
    const plain = run(['compile', '-', '--target', 'caddy'], GOOD);
    assert.equal(plain.code, 0, plain.err);
    assert.deepEqual(JSON.parse(plain.out).admin, { disabled: true, config: { persist: false } });
  });
  test('without --out, certificates are an error that explains --out', () => {
    const r = run(['compile', 'fixtures/cafe/']);
    assert.equal(r.code, 2);
    assert.match(r.err, /IC5002 .*pass --out DIR/);
    assert.equal(r.out, '');
  });
  test('without certificates, the config goes to stdout; stdin works', () => {
    const r = run(['compile', '-'], GOOD);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /server_name "good\.test";/);
  });
  test('a bad manifest: file:line:col, code, code frame, exit 1, previous output kept', () => {
    const out = join(work, 'keep-out');
    assert.equal(run(['compile', write('good.yaml', GOOD), '--out', out]).code, 0);
    const before = readFileSync(join(out, 'nginx.conf'), 'utf8');
    const bad = write('bad.yaml', GOOD.replace('host: good.test', 'host: 192.168.0.1'));
    const r = run(['compile', bad, '--out', out]);
    assert.equal(r.code, 1);
    assert.match(r.err, /bad\.yaml:7:11: error IC2020 host "192\.168\.0\.1" must be a DNS name, not an IP address/);
    assert.match(r.err, / {4}7 \| {3}- host: 192\.168\.0\.1\n\s+\| {11}\^/);
    assert.match(r.err, /1 error, 0 warnings/);
    assert.equal(readFileSync(join(out, 'nginx.conf'), 'utf8'), before);
  });
  test('YAML syntax errors, unknown fields, wrong types: each located, none crashes', () => {
    const cases: [string, RegExp][] = [
      ['apiVersion: v1\nkind: Ingress\nmetadata: {name: [x\n', /syntax\.yaml:\d+:\d+: error IC1001 YAML syntax error/],
      [GOOD.replace('pathType: Prefix', 'pathtype: Prefix'), /syntax\.yaml:11:9: error IC2001 unknown field "pathtype"/],
      [GOOD.replace('number: 80', 'number: eighty'), /syntax\.yaml:16:23: error IC2003 .*must be an integer, found string "eighty"/],
      [GOOD.replace('number: 80', 'number: 70000'), /syntax\.yaml:16:23: error IC2045 port number 70000/],
      [GOOD.replace('path: /', 'path: foo'), /syntax\.yaml:10:15: error IC2031/],
      [GOOD.replace('host: good.test', 'host: "*.*.good.test"'), /syntax\.yaml:7:11: error IC2022/],
      [GOOD.replace('pathType: Prefix', 'pathType: Regex'), /syntax\.yaml:11:19: error IC2004/],
    ];
    for (const [text, re] of cases) {
      const r = run(['compile', write('syntax.yaml', text)]);
      assert.equal(r.code, 1, r.err);
      assert.match(r.err, re);
      assert.doesNotMatch(r.err, /internal error/);
    }
  });
  test('empty file and non-Ingress file', () => {
    const empty = run(['compile', write('empty.yaml', '')]);
    assert.equal(empty.code, 1);
    assert.doesNotMatch(empty.err, /empty\.yaml/, 'an empty file is passed over, as lint does');
    assert.match(empty.err, /error IC1006 no Ingress found/);
    const cm = run(['compile', write('cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n')]);
    assert.equal(cm.code, 1);
    assert.match(cm.err, /cm\.yaml:2:7: info IC1004 v1 ConfigMap c ignored/);
  });
  test('usage errors exit 2', () => {
    assert.equal(run(['compile', 'fixtures/cafe/', '--target', 'apache']).code, 2);
    assert.equal(run(['compile', '-', '--listen-http', 'nope'], GOOD).code, 2);
    assert.match(run(['compile', '-', '--backend', 'x'], GOOD).err, /IC5001 invalid option --backend/);
    assert.equal(run(['compile', join(work, 'does-not-exist.yaml')]).code, 2);
    assert.equal(run(['frobnicate']).code, 2);
  });
  test('--ingress-class keeps only that class', () => {
    const other = GOOD.replace('spec:\n', 'spec:\n  ingressClassName: traefik\n');
    const r = run(['compile', write('cls.yaml', other), '--ingress-class', 'nginx']);
    assert.equal(r.code, 1);
    assert.match(r.err, /IC3008 Ingress default\/good skipped: its class "traefik" is not "nginx"/);
  });
  test('--backend points a Service at fixed addresses', () => {
    const r = run(['compile', '-', '--backend', 'default/web:80=10.0.0.5:8080,10.0.0.6:8080'], GOOD);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /upstream u[0-9a-f]+_default_web_80 \{\n\s+server 10\.0\.0\.5:8080;\n\s+server 10\.0\.0\.6:8080;/);
  });
  test('NO_COLOR output has no escape codes', () => {
    const r = run(['compile', write('ip.yaml', GOOD.replace('good.test', '1.2.3.4'))]);
    assert.doesNotMatch(r.err, /\u001b\[/);
  });
  test('a failed compile never creates the output directory', () => {
    const out = join(work, 'never');
    run(['compile', write('ip2.yaml', GOOD.replace('good.test', '1.2.3.4')), '--out', out]);
    assert.equal(existsSync(out), false);
  });
});

describe('ingressc lint', () => {
  test('clean input exits 0, errors exit 1, --fail-level warning counts warnings', () => {
    assert.equal(run(['lint', 'fixtures/cafe/']).code, 0);
    assert.equal(run(['lint', write('lint-bad.yaml', GOOD.replace('good.test', '1.2.3.4'))]).code, 1);
    const warn = write('lint-warn.yaml', GOOD.replace('metadata:\n  name: good\n', 'metadata:\n  name: good\n  annotations:\n    nginx.ingress.kubernetes.io/modsecurity-transaction-id: \"abc\"\n'));
    assert.equal(run(['lint', warn]).code, 0);
    const r = run(['lint', warn, '--fail-level', 'warning']);
    assert.equal(r.code, 1);
    assert.match(r.err, /warning IC2103 \[nginx\] annotation nginx\.ingress\.kubernetes\.io\/modsecurity-transaction-id \(WAF\) is not applied on nginx/);
  });

  test('a plain Ingress passes --fail-level warning for every target: what a target cannot do whatever the input is an info', () => {
    const plain = write('lint-plain.yaml', GOOD);
    for (const t of registeredTargets()) {
      const r = run(['lint', plain, '--target', t, '--fail-level', 'warning']);
      assert.equal(r.code, 0, `${t}: ${r.err}`);
      assert.doesNotMatch(r.err, /warning IC/, t);
    }
  });
});
