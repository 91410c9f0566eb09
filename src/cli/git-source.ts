import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { makeDiagnostic, type Diagnostic, type SourceFile } from '../index.js';

const MANIFEST_RE = /\.(ya?ml|json)$/i;

/**
 * The old side of `ingressc diff --base REF PATHS…`: the same paths (files or directories, relative
 * to the current directory) at a git revision. Paths that did not exist at REF give no sources
 * (everything on the new side is then "added"). Sources are named "REF:path".
 */
export function readAtRevision(ref: string, inputs: readonly string[]): { sources: SourceFile[]; diagnostics: Diagnostic[] } {
  const sources: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  const fail = (path: string, e: unknown) => {
    const err = e as { stderr?: string; message?: string };
    const detail = (err.stderr || err.message || String(e)).trim().split('\n')[0] ?? '';
    diagnostics.push(makeDiagnostic('IC5104', undefined, { path, ref, detail }));
  };
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch (e) {
    fail(inputs.join(' '), (e as { status?: number }).status === 1 ? { message: 'unknown revision' } : e);
    return { sources, diagnostics };
  }
  for (const input of inputs) {
    let names: string[];
    try {
      names = git(['ls-tree', '-r', '-z', '--name-only', ref, '--', input]).split('\0').filter(Boolean);
    } catch (e) {
      fail(input, e);
      continue;
    }
    // As for directories on disk: hidden directories and node_modules are not read.
    const hidden = (n: string) => n !== input && n.split('/').slice(0, -1).some((seg) => seg !== '..' && seg !== '.' && (seg.startsWith('.') || seg === 'node_modules'));
    for (const name of names.filter((n) => MANIFEST_RE.test(n) && !hidden(n)).sort()) {
      try {
        const rel = name.startsWith('../') ? name : `./${name}`;
        sources.push({ path: `${ref}:${name}`, text: git(['show', `${ref}:${rel}`]) });
      } catch (e) {
        fail(name, e);
      }
    }
  }
  return { sources, diagnostics };
}

/**
 * `lint --git-context`: the tracked *.yaml, *.yml and *.json files under the current directory, read
 * from the work tree (during a pre-commit run, pre-commit has stashed what is not staged, so they are
 * what the commit will hold). No git, or not a repository: no context, and one diagnostic.
 */
export function readTrackedFiles(): { sources: SourceFile[]; diagnostics: Diagnostic[] } {
  let names: string[];
  try {
    names = execFileSync('git', ['ls-files', '-z', '--', '*.yaml', '*.yml', '*.json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] }).split('\0').filter(Boolean);
  } catch (e) {
    const err = e as { stderr?: string; message?: string };
    return { sources: [], diagnostics: [makeDiagnostic('IC5022', undefined, { detail: (err.stderr || err.message || String(e)).trim().split('\n')[0] ?? '' })] };
  }
  const sources: SourceFile[] = [];
  for (const name of names) {
    try {
      sources.push({ path: name, text: readFileSync(name, 'utf8') });
    } catch {
      /* deleted in the work tree: not part of the commit either */
    }
  }
  return { sources, diagnostics: [] };
}
