import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
/**
 * Writes the output so that DIR always holds exactly the previous output or exactly the new one,
 * even if the process is killed mid-way: DIR is a symlink to a complete sibling directory
 * (".DIR.ingressc-<tag>"), and a new version is published by renaming a fresh symlink over DIR,
 * which rename(2) does atomically. Versions nothing points to are removed on the next run.
 *
 * A DIR that is a real directory (written by something else) is moved aside once, to
 * ".DIR.ingressc-previous", before the first swap; that one step is not atomic.
 */
export function writeOutputDir(dir, files) {
    const parent = dirname(dir);
    const base = basename(dir);
    mkdirSync(parent, { recursive: true });
    const prefix = `.${base}.ingressc-`;
    const tag = `${process.pid}-${Date.now().toString(36)}`;
    const version = join(parent, `${prefix}v-${tag}`);
    const link = join(parent, `${prefix}link-${tag}`);
    removeUnreferenced(parent, prefix, dir);
    mkdirSync(version, { mode: 0o755 });
    try {
        for (const f of files) {
            const p = join(version, f.path);
            mkdirSync(dirname(p), { recursive: true, mode: 0o755 });
            writeFileSync(p, f.content, { mode: f.mode ?? 0o644, flag: 'wx' });
        }
        symlinkSync(basename(version), link, 'dir');
        if (isRealDirectory(dir)) {
            const aside = join(parent, `${prefix}previous`);
            rmSync(aside, { recursive: true, force: true });
            renameSync(dir, aside);
        }
        renameSync(link, dir); // the atomic step
    }
    catch (e) {
        rmSync(link, { force: true });
        rmSync(version, { recursive: true, force: true });
        throw e;
    }
    removeUnreferenced(parent, prefix, dir);
}
function isRealDirectory(p) {
    try {
        const st = lstatSync(p);
        return st.isDirectory() && !st.isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** Deletes our sibling versions and links that DIR does not point to (left by a killed run). */
function removeUnreferenced(parent, prefix, dir) {
    let current;
    try {
        if (lstatSync(dir).isSymbolicLink())
            current = basename(readlinkSync(dir));
    }
    catch {
        current = undefined;
    }
    if (!existsSync(parent))
        return;
    for (const name of readdirSync(parent)) {
        if (!name.startsWith(prefix) || name === current)
            continue;
        if (name === `${prefix}previous` && current === undefined)
            continue;
        rmSync(join(parent, name), { recursive: true, force: true });
    }
}
