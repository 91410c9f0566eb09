/**
 * `npm run limits`: hostile inputs against the real CLI, each under GNU time. Generates the inputs
 * in .bench/limits/ (not committed), runs `node bin/ingressc.js lint|compile` on each and prints
 * a table: input, size, outcome (exit code), first diagnostic, wall seconds, peak RSS.
 * No assertion on time: the numbers go into the README ("Hostile input").
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const DIR = join(ROOT, '.bench', 'limits');
const BIN = join(ROOT, 'bin', 'ingressc.js');

const INGRESS_HEAD = (name: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
`;
const RULE = (host: string, paths: string) => `spec:
  rules:
    - host: ${host}
      http:
        paths:
${paths}`;
const PATH = (p: string) => `          - path: ${p}
            pathType: Prefix
            backend:
              service:
                name: app
                port:
                  number: 80
`;
const SMALL = INGRESS_HEAD('small') + RULE('a.example.com', PATH('/'));

interface Input {
  name: string;
  file: string;
  command: 'lint' | 'compile';
}

async function writeStream(file: string, produce: (write: (s: string) => Promise<void>) => Promise<void>): Promise<void> {
  const out = createWriteStream(file);
  const write = async (s: string): Promise<void> => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await produce(write);
  out.end();
  await once(out, 'finish');
}

async function generate(): Promise<Input[]> {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const inputs: Input[] = [];
  const add = (name: string, file: string, command: Input['command'] = 'lint') => inputs.push({ name, file: join(DIR, file), command });

  // Billion laughs: 9 levels of 10 aliases each = 10^9 strings if expanded.
  let bomb = 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i <= 9; i++) bomb += `a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(',')}]\n`;
  writeFileSync(join(DIR, 'alias-bomb.yaml'), `${INGRESS_HEAD('bomb')}  annotations:\n    x: y\nbomb:\n${bomb.replace(/^/gm, '  ')}${RULE('a.example.com', PATH('/'))}`);
  add('alias bomb (10^9 nodes if expanded)', 'alias-bomb.yaml');
  // The same bomb in a field ingressc reads (annotations values are strings: a list is a type error).
  writeFileSync(join(DIR, 'alias-bomb-merge.yaml'), `x: &x {a: 1}\n${Array.from({ length: 2000 }, (_, i) => `k${i}: &k${i} {<<: *${i === 0 ? 'x' : `k${i - 1}`}, b${i}: ${i}}`).join('\n')}\n`);
  add('2,000 chained merge keys (<<)', 'alias-bomb-merge.yaml');

  // Deep nesting: flow sequences and block mappings.
  writeFileSync(join(DIR, 'deep-flow.yaml'), `${SMALL}---\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
  add('nesting depth 100,000 (flow [[[…]]])', 'deep-flow.yaml');
  await writeStream(join(DIR, 'deep-block.yaml'), async (w) => {
    await w(`${SMALL}---\n`);
    for (let i = 0; i < 10_000; i++) await w(`${' '.repeat(i)}k:\n`);
    await w(`${' '.repeat(10_000)}v\n`);
  });
  add('nesting depth 10,000 (block mappings)', 'deep-block.yaml');
  writeFileSync(join(DIR, 'deep-json.json'), `{"apiVersion":"v1","kind":"ConfigMap","data":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}\n---\n${SMALL}`);
  add('nesting depth 50,000 (JSON objects)', 'deep-json.json');

  // 100 MB: one huge annotation value, and 100 MB of ordinary Ingresses.
  await writeStream(join(DIR, 'big-value.yaml'), async (w) => {
    await w(`${INGRESS_HEAD('big')}  annotations:\n    example.com/blob: "`);
    const chunk = 'x'.repeat(1 << 20);
    for (let i = 0; i < 100; i++) await w(chunk);
    await w(`"\n${RULE('a.example.com', PATH('/'))}`);
  });
  add('100 MB input (one 100 MB string)', 'big-value.yaml');
  await writeStream(join(DIR, 'big-many.yaml'), async (w) => {
    let size = 0;
    for (let i = 0; size < 100 * 1024 * 1024; i++) {
      const doc = `---\n${INGRESS_HEAD(`ing-${i}`)}${RULE(`h${i}.example.com`, [0, 1, 2, 3].map((k) => PATH(`/p${k}`)).join(''))}`;
      size += doc.length;
      await w(doc);
    }
  });
  add('100 MB input (Ingresses, 4 paths each)', 'big-many.yaml');

  // A million tiny documents.
  await writeStream(join(DIR, 'million-docs.yaml'), async (w) => {
    await w(SMALL);
    for (let i = 0; i < 1_000_000; i += 1000) await w('---\n{}\n'.repeat(1000));
  });
  add('1,000,000 tiny documents ("{}")', 'million-docs.yaml');
  await writeStream(join(DIR, 'million-kinds.yaml'), async (w) => {
    await w(SMALL);
    for (let i = 0; i < 1_000_000; i += 1000) await w('---\napiVersion: v1\nkind: ConfigMap\n'.repeat(1000));
  });
  add('1,000,000 tiny ConfigMaps (1 info each)', 'million-kinds.yaml');

  // One Ingress with 100k paths.
  await writeStream(join(DIR, 'paths-100k.yaml'), async (w) => {
    await w(`${INGRESS_HEAD('many')}${RULE('a.example.com', '')}`);
    for (let i = 0; i < 100_000; i++) await w(PATH(`/p/${i}`));
  });
  add('1 Ingress, 100,000 paths (lint)', 'paths-100k.yaml');
  for (const t of ['nginx', 'haproxy', 'envoy', 'traefik']) inputs.push({ name: `1 Ingress, 100,000 paths (compile ${t})`, file: join(DIR, 'paths-100k.yaml'), command: 'compile', target: t } as Input & { target: string });
  return inputs;
}

interface Row {
  input: string;
  size: string;
  exit: number | null;
  diagnostic: string;
  wall: number;
  rssMb: number;
}

function run(i: Input & { target?: string }): Row {
  const args = [BIN, i.command, i.file, '--no-color', ...(i.command === 'compile' ? ['--target', i.target ?? 'nginx', '--out', join(DIR, `out-${i.target}`)] : [])];
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 15 * 60_000 });
  const lines = (r.stderr ?? '').trimEnd().split('\n');
  const [wall, rss] = (lines.pop() ?? '').split(' ').map(Number) as [number, number];
  const diag = lines.find((l) => / (error|warning) IC\d{4}/.test(l)) ?? lines.find((l) => /IC\d{4}|Error|error/.test(l)) ?? '';
  const counted = lines.filter((l) => / (error|warning|info) IC\d{4}/.test(l)).length;
  const summary = lines.find((l) => /^\d+ errors?, \d+ warnings?$/.test(l)) ?? '';
  const mb = statSync(i.file).size / (1024 * 1024);
  return {
    input: i.name,
    size: mb >= 1 ? `${mb.toFixed(0)} MB` : `${(mb * 1024).toFixed(0)} KB`,
    exit: r.status,
    diagnostic: `${diag.replace(/^.*?:\d+:\d+: /, '').slice(0, 110)}${counted > 1 ? ` (+${counted - 1} more${summary ? `; ${summary}` : ''})` : ''}`,
    wall,
    rssMb: rss / 1024,
  };
}

const inputs = await generate();
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const rows: Row[] = [];
console.log('| input | size | exit | diagnostic | wall s | peak RSS MB |');
console.log('|---|---:|---:|---|---:|---:|');
for (const i of inputs) {
  if (only && !i.name.includes(only)) continue;
  const row = run(i);
  rows.push(row);
  console.log(`| ${row.input} | ${row.size} | ${row.exit ?? 'killed'} | ${row.diagnostic.replace(/\|/g, '\\|') || '—'} | ${row.wall.toFixed(2)} | ${row.rssMb.toFixed(0)} |`);
}
