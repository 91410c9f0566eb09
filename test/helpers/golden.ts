import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CompileOptions, SourceFile } from '../../src/index.js';
import { repoRoot } from '../harness/proxies.js';

export const GOLDEN_ROOT = (): string => join(repoRoot(), 'fixtures', 'golden');

export interface GoldenCase {
  name: string;
  dir: string;
  sources: SourceFile[];
  options: CompileOptions;
  /** Only these targets (all registered ones when absent). */
  targets?: string[];
}

/**
 * fixtures/golden/<case>/case.json: { "inputs": [paths relative to the case dir], "options": {...}, "targets"?: [...] }
 * ("targets": only these; the others fail closed on the case's annotations, which other tests check).
 */
export function loadGoldenCases(): GoldenCase[] {
  const root = GOLDEN_ROOT();
  return readdirSync(root)
    .filter((n) => existsSync(join(root, n, 'case.json')))
    .sort()
    .map((name) => {
      const dir = join(root, name);
      const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { inputs: string[]; options?: CompileOptions; targets?: string[] };
      const sources = spec.inputs.flatMap((i) => readTree(join(dir, i))).map((p) => ({ path: relative(repoRoot(), p), text: readFileSync(p, 'utf8') }));
      return { name, dir, sources, options: spec.options ?? {}, ...(spec.targets ? { targets: spec.targets } : {}) };
    });
}

function readTree(p: string): string[] {
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p)
    .sort()
    .flatMap((n) => readTree(join(p, n)))
    .filter((f) => /\.(ya?ml|json)$/.test(f));
}

/** Every file under dir, "/"-separated relative paths, sorted. */
export function listFiles(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), base) : [relative(base, join(dir, e.name)).split('\\').join('/')]))
    .sort();
}
