import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every entry under root exactly as stored (lstat: type, mode, bytes, link text), for
 * "nothing on disk changed" assertions.
 */
export function snapshot(root: string, base = root, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(root).sort()) {
    const p = join(root, name);
    const rel = p.slice(base.length + 1);
    const st = lstatSync(p);
    const mode = (st.mode & 0o7777).toString(8);
    if (st.isSymbolicLink()) out.set(rel, `link ${readlinkSync(p)}`);
    else if (st.isDirectory()) {
      out.set(rel, `dir ${mode}`);
      snapshot(p, base, out);
    } else out.set(rel, `file ${mode} ${createHash('sha256').update(readFileSync(p)).digest('hex')}`);
  }
  return out;
}

/**
 * The output as a reader of DIR sees it: paths and contents through ingressc's links, without its
 * .ingressc/ area; a link that resolves to nothing is no file (a reader gets ENOENT).
 */
export function readOutput(dir: string, base = dir, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir).sort()) {
    if (dir === base && name === '.ingressc') continue;
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue; // dangling
    }
    if (st.isDirectory()) readOutput(p, base, out);
    else out.set(p.slice(base.length + 1), readFileSync(p, 'utf8'));
  }
  return out;
}
