import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { Diagnostic } from '../diagnostics/types.js';
import { makeDiagnostic } from '../diagnostics/collector.js';
import type { SourceFile } from '../parse/source.js';
import { compareStrings } from '../util/compare.js';

const MANIFEST_RE = /\.(ya?ml|json)$/i;

/** "ENOENT: no such file or directory, open 'x'" → "no such file or directory": the system's words, not its errno name. */
export function ioProblem(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const words = /^[A-Z0-9_]+: ([^,]+)/.exec(err?.message ?? '')?.[1];
  return words ?? err?.message ?? String(e);
}

/**
 * Files, directories (recursive *.yaml|*.yml|*.json, sorted), globs ('k8s/*.yaml', '**\/*.yml':
 * quoted, so that ingressc expands them; matched files and the manifest files of matched
 * directories, sorted) and "-" for stdin. An input that cannot be read is reported (IC1008) and
 * the others are still read.
 */
export function readInputs(inputs: readonly string[], readStdin: () => string): { sources: SourceFile[]; diagnostics: Diagnostic[] } {
  const sources: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const fail = (path: string, detail: string) => diagnostics.push(makeDiagnostic('IC1008', undefined, { path, detail }));
  const readFile = (f: string) => {
    try {
      sources.push({ path: f, text: readFileSync(f, 'utf8') });
    } catch (e) {
      fail(f, ioProblem(e));
    }
  };
  for (const input of inputs) {
    if (input === '-') {
      try {
        sources.push({ path: '<stdin>', text: readStdin() });
      } catch (e) {
        fail('<stdin>', ioProblem(e));
      }
      continue;
    }
    if (!existsSync(input) && isDynamicPattern(input)) {
      const matches = globSync(input, { onlyFiles: false, ignore: ['**/node_modules/**'], expandDirectories: false }).sort(compareStrings);
      if (matches.length === 0) fail(input, 'no file matches this pattern');
      for (const m of matches) {
        if (statSync(m, { throwIfNoEntry: false })?.isDirectory()) walk(m).forEach(readFile);
        else if (MANIFEST_RE.test(m)) readFile(m);
      }
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(input).isDirectory();
    } catch (e) {
      fail(input, ioProblem(e));
      continue;
    }
    if (!isDir) readFile(input);
    else {
      try {
        walk(input).forEach(readFile);
      } catch (e) {
        fail(input, ioProblem(e));
      }
    }
  }
  return { sources, diagnostics };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      out.push(...walk(p));
    } else if (e.isFile() && MANIFEST_RE.test(e.name)) out.push(p);
  }
  return out;
}

export const displayPath = (p: string): string => (p.startsWith('/') ? relative(process.cwd(), p) || p : p);
