/** `--controller-config FILE-or-NS/NAME` on compile, lint, diff, routes and match, as a person runs them. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { GOOD_INGRESS, runCli } from './helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'ingressc-cm-'));
after(() => rmSync(work, { recursive: true, force: true }));
function write(rel: string, text: string): string {
  const p = join(work, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
  return p;
}

const CM = (data: string, name = 'ingress-nginx-controller') => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
  namespace: ingress-nginx
data:
${data}`;
const BACKEND = ['--backend', 'default/web:80=127.0.0.1:9'];

describe('--controller-config FILE', () => {
  test('compile applies its keys: the body limit and the allow list reach the nginx config', () => {
    const ing = write('f/ing.yaml', GOOD_INGRESS);
    const cm = write('f/cm.yaml', CM('  proxy-body-size: "2m"\n  whitelist-source-range: "10.0.0.0/8"\n'));
    const r = runCli(['compile', ing, '--controller-config', cm, ...BACKEND]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /client_max_body_size 2097152;/);
    assert.match(r.out, /allow "10\.0\.0\.0\/8";\s+deny all;/);
    // Without the option the ConfigMap changes nothing.
    assert.doesNotMatch(runCli(['compile', ing, ...BACKEND]).out, /client_max_body_size|deny all/);
  });

  test('a bad value is located at the key in the ConfigMap file, with its source line', () => {
    const ing = write('g/ing.yaml', GOOD_INGRESS);
    const cm = write('g/cm.yaml', CM('  proxy-read-timeout: "5s"\n'));
    const r = runCli(['compile', ing, '--controller-config', cm, ...BACKEND]);
    assert.equal(r.code, 1);
    assert.match(r.err, new RegExp(`${cm.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:7:3: error IC2300 .*proxy-read-timeout: expected whole seconds`));
    assert.match(r.err, /7 \|   proxy-read-timeout: "5s"/);
    assert.equal(r.out, '');
  });

  test('Gateway API cannot enforce a global allow list: exit 1, IC3150 at the key (fail closed)', () => {
    const ing = write('h/ing.yaml', GOOD_INGRESS);
    const cm = write('h/cm.yaml', CM('  whitelist-source-range: "10.0.0.0/8"\n'));
    const out = join(work, 'h/out');
    const r = runCli(['compile', ing, '-t', 'gateway-api', '-o', out, '--controller-config', cm, ...BACKEND]);
    assert.equal(r.code, 1);
    assert.match(r.err, /cm\.yaml:7:3: error IC3150 \[gateway-api\]/);
  });
});

describe('--controller-config NAMESPACE/NAME', () => {
  test('picks the ConfigMap from the inputs, for compile, routes, match, lint and diff', () => {
    const ing = write('n/ing.yaml', GOOD_INGRESS);
    write('n/cm.yaml', CM('  proxy-body-size: "3m"\n'));
    const dir = join(work, 'n');
    const c = runCli(['compile', dir, '--controller-config', 'ingress-nginx/ingress-nginx-controller', ...BACKEND]);
    assert.equal(c.code, 0, c.err);
    assert.match(c.out, /client_max_body_size 3145728;/);
    assert.doesNotMatch(c.err, /IC1004/);
    const routes = runCli(['routes', dir, '--format', 'json', '--controller-config', 'ingress-nginx/ingress-nginx-controller', ...BACKEND]);
    assert.equal(routes.code, 0, routes.err);
    const m = runCli(['match', dir, 'http://good.test/', '--controller-config', 'ingress-nginx/ingress-nginx-controller', ...BACKEND]);
    assert.equal(m.code, 0, m.err);
    const lint = runCli(['lint', dir, '-t', 'gateway-api', '--controller-config', 'ingress-nginx/ingress-nginx-controller']);
    assert.match(lint.err, /IC3152 \[gateway-api\] controller ConfigMap key proxy-body-size/);
    const old = write('d/old.yaml', `${GOOD_INGRESS}---\n${CM('  proxy-body-size: "3m"\n')}`);
    const nw = write('d/new.yaml', `${GOOD_INGRESS}---\n${CM('  proxy-body-size: "4m"\n')}`);
    const d = runCli(['diff', old, nw, '--controller-config', 'ingress-nginx/ingress-nginx-controller', ...BACKEND]);
    assert.equal(d.code, 1, d.err);
    assert.match(d.out, /-\s*client_max_body_size 3145728;[\s\S]*\+\s*client_max_body_size 4194304;/);
  });

  test('a missing ConfigMap is a located IC5030 error (exit 1, no output)', () => {
    const ing = write('m/ing.yaml', GOOD_INGRESS);
    const r = runCli(['compile', ing, '--controller-config', 'ingress-nginx/absent', ...BACKEND]);
    assert.notEqual(r.code, 0);
    assert.match(r.err, /--controller-config:1:1: error IC5030 --controller-config ingress-nginx\/absent: no ConfigMap ingress-nginx\/absent in the inputs/);
    assert.equal(r.out, '');
    const bad = runCli(['compile', ing, '--controller-config', 'no/such/file.yaml', ...BACKEND]);
    assert.match(bad.err, /IC5030 --controller-config no\/such\/file\.yaml: no such file, and not NAMESPACE\/NAME/);
    assert.notEqual(bad.code, 0);
  });

  test('two ConfigMaps with the same NAMESPACE/NAME are an error at the second, naming the first', () => {
    write('t/ing.yaml', GOOD_INGRESS);
    write('t/a.yaml', CM('  proxy-body-size: "3m"\n'));
    write('t/b.yaml', CM('  proxy-body-size: "4m"\n'));
    const r = runCli(['compile', join(work, 't'), '--controller-config', 'ingress-nginx/ingress-nginx-controller', ...BACKEND]);
    assert.equal(r.code, 1);
    assert.match(r.err, /b\.yaml:4:9: error IC2307 ConfigMap ingress-nginx\/ingress-nginx-controller is also defined at .*a\.yaml:4:9/);
  });
});

test('ingressc annotations lists the ConfigMap keys after the annotations (table, markdown, json)', () => {
  const t = runCli(['annotations', '-t', 'nginx', '-t', 'gateway-api']);
  assert.match(t.out, /CONFIGMAP KEY\s+KIND\s+GATEWAY-API\s+NGINX/);
  assert.match(t.out, /whitelist-source-range\s+access\s+no \(error\)¹\s+yes/);
  assert.match(runCli(['annotations', '--format', 'markdown']).out, /\| ConfigMap key \| family \| kind \|/);
  const j = JSON.parse(runCli(['annotations', '--format', 'json']).out) as { configmap: { key: string }[] };
  assert.ok(j.configmap.some((r) => r.key === 'proxy-body-size'));
});
