import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { OutputFile } from '../emit/emitter.js';

/**
 * Writes every file into a fresh sibling directory, then swaps it in place of `dir`. The previous
 * output stays untouched until the new one is complete; an interrupted swap is repaired on the
 * next run (the backup is renamed back).
 */
export function writeOutputDir(dir: string, files: readonly OutputFile[]): void {
  const parent = dirname(dir);
  const base = basename(dir);
  mkdirSync(parent, { recursive: true });
  recoverInterrupted(parent, base, dir);
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const tmp = join(parent, `.${base}.ingressc-new-${tag}`);
  const old = join(parent, `.${base}.ingressc-old-${tag}`);
  mkdirSync(tmp, { mode: 0o755 });
  try {
    for (const f of files) {
      const p = join(tmp, f.path);
      mkdirSync(dirname(p), { recursive: true, mode: 0o755 });
      writeFileSync(p, f.content, { mode: f.mode ?? 0o644, flag: 'wx' });
    }
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}

function recoverInterrupted(parent: string, base: string, dir: string): void {
  const prefix = `.${base}.ingressc-`;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const p = join(parent, name);
    if (name.startsWith(`${prefix}old-`) && !existsSync(dir)) renameSync(p, dir);
    else rmSync(p, { recursive: true, force: true });
  }
}
