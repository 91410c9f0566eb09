import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { writeOutputDir } from '../src/cli/write-output.js';
import { repoRoot } from './harness/proxies.js';
import { runCli } from './helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'ingressc-envoy-rename-'));
after(() => rmSync(work, { recursive: true, force: true }));
const CAFE = join(repoRoot(), 'fixtures/cafe/');

test('--out over an earlier version\'s Envoy output: its envoy.yaml (ingressc\'s own) goes, envoy.json comes, the user\'s files stay', () => {
  const out = join(work, 'out');
  // What an earlier ingressc published: envoy.yaml, through its manifest.
  writeOutputDir(out, [{ path: 'envoy.yaml', content: 'static_resources: {}\n' }]);
  writeFileSync(join(out, 'envoy.base-id'), '7\n');
  assert.ok(existsSync(join(out, 'envoy.yaml')));
  const r = runCli(['compile', CAFE, '--target', 'envoy', '--out', out]);
  assert.equal(r.code, 0, r.err);
  assert.ok(!existsSync(join(out, 'envoy.yaml')), 'the old envoy.yaml is removed');
  assert.ok(JSON.parse(readFileSync(join(out, 'envoy.json'), 'utf8')).static_resources.listeners.length > 0);
  assert.equal(readFileSync(join(out, 'envoy.base-id'), 'utf8'), '7\n');
});

test('an envoy.yaml the user wrote is not ingressc\'s: it stays beside envoy.json', () => {
  const out = join(work, 'mine');
  writeOutputDir(out, [{ path: 'envoy.json', content: '{}\n' }]);
  writeFileSync(join(out, 'envoy.yaml'), '# mine\n');
  const r = runCli(['compile', CAFE, '--target', 'envoy', '--out', out]);
  assert.equal(r.code, 0, r.err);
  assert.equal(readFileSync(join(out, 'envoy.yaml'), 'utf8'), '# mine\n');
});
