import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmdirSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { contentPieces } from '../emit/emitter.js';
import { CURRENT, FILES, linkText, makeManifest, MANIFEST, readManifest, sha256, STATE_DIR, writeAtomically } from './output-manifest.js';
import { writeNewFile } from './utf8-pieces.js';
export class OutputConflict extends Error {
    conflicts;
    constructor(conflicts) {
        super(conflicts.map((c) => `${c.path} ${c.why}`).join('; '));
        this.conflicts = conflicts;
    }
}
const lstatOr = (p) => {
    try {
        return lstatSync(p);
    }
    catch {
        return undefined;
    }
};
const isDir = (p) => {
    try {
        return statSync(p).isDirectory(); // follows a link the user made to a directory
    }
    catch {
        return false;
    }
};
const readlinkOr = (p) => {
    try {
        return readlinkSync(p);
    }
    catch {
        return undefined;
    }
};
const isOurLink = (dir, path) => readlinkOr(join(dir, path)) === linkText(path);
const ancestors = (path) => path.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'));
export function writeOutputDir(dirArg, files, opts = {}) {
    const dir = dirArg.length > 1 ? dirArg.replace(/\/+$/, '') || '/' : dirArg; // "out/" is "out"
    const shown = (p) => (p === undefined ? dir : `${dir}/${p}`);
    for (const f of files)
        if (f.path.split('/')[0] === STATE_DIR)
            throw new Error(`internal: generated path ${f.path} collides with ${STATE_DIR}/`);
    const kept = new KeptDir(dir);
    // ---- 1. What is DIR? Nothing is written before every check has passed.
    const st = lstatOr(dir);
    const isOurs = st !== undefined && isDir(dir) && lstatOr(join(dir, STATE_DIR))?.isDirectory() === true;
    if (st !== undefined && !isOurs) {
        const target = st.isSymbolicLink() ? readlinkOr(dir) : undefined;
        const why = target !== undefined && basename(target).startsWith(`.${basename(dir)}.ingressc-v-`)
            ? `is the output of an older ingressc (a link to ${target}); remove it and the .${basename(dir)}.ingressc-* entries beside it`
            : !isDir(dir)
                ? st.isSymbolicLink() ? 'is a link to nothing, not a directory' : 'is a file, not a directory'
                : readdirSync(dir).length > 0
                    ? `is a directory with files ingressc did not write (it has no ${STATE_DIR}/)`
                    : undefined;
        if (why !== undefined) {
            if (!opts.moveAside)
                throw new OutputConflict([{ path: dir, why }]);
            // The kept name is fresh; DIR itself moves there whole (a link stays a link).
            kept.path = makeKeptDir(dir, false);
            renameSync(dir, kept.path);
            kept.moved.push(dir);
        }
    }
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    const state = join(dir, STATE_DIR);
    const currentVersion = readlinkOr(join(state, CURRENT));
    const old = (currentVersion && readManifest(join(state, currentVersion, MANIFEST))) || { format: 'ingressc-output', version: 1, files: [] };
    const stale = listVersions(state).filter((v) => v !== currentVersion);
    // ---- 2. Conflicts: an edited generated file, a path in the way of a generated one.
    const changed = [];
    const inTheWay = [];
    for (const e of old.files) {
        if (!isOurLink(dir, e.path))
            continue; // the user replaced it: theirs now (in the way below if we need the path)
        let now;
        try {
            now = sha256(readFileSync(join(state, currentVersion, FILES, e.path)));
        }
        catch {
            now = undefined; // gone: nothing to lose
        }
        if (now !== undefined && now !== e.sha256)
            changed.push(e.path);
    }
    for (const f of files) {
        for (const a of ancestors(f.path))
            if (lstatOr(join(dir, a)) && !isDir(join(dir, a)) && !inTheWay.includes(a))
                inTheWay.push(a);
        if (lstatOr(join(dir, f.path)) && !isOurLink(dir, f.path))
            inTheWay.push(f.path);
    }
    const conflicts = [
        ...inTheWay.map((p) => ({ path: shown(p), why: 'exists and was not written by ingressc' })),
        ...changed.map((p) => ({ path: shown(p), why: 'was changed after ingressc wrote it' })),
    ];
    if (conflicts.length && !opts.moveAside)
        throw new OutputConflict(conflicts);
    // ---- 3. Write the new version beside the current one; DIR still shows the previous output.
    mkdirSync(state, { recursive: true, mode: 0o755 });
    const unlock = lock(state);
    try {
        writeReadme(state);
        publish({ dir, state, shown, currentVersion, old, changed, inTheWay, stale }, files, kept);
    }
    finally {
        unlock();
    }
    return kept.path !== undefined ? { kept: { dir: kept.path, moved: kept.moved } } : {};
}
/** Where --move-aside puts things: one new sibling directory, made on first use. */
class KeptDir {
    dir;
    path;
    moved = [];
    constructor(dir) {
        this.dir = dir;
    }
    get() {
        return (this.path ??= makeKeptDir(this.dir));
    }
}
function publish(plan, files, kept) {
    const { dir, state, shown, currentVersion, old, changed, inTheWay, stale } = plan;
    for (const v of stale)
        removeVersion(state, v); // left by a killed run
    const tag = `v-${process.pid}-${Date.now().toString(36)}`;
    const version = join(state, tag);
    // Each file is hashed and written a piece at a time (utf8-pieces.ts): Caddy's caddy.json is 77 MB
    // at 20k Ingresses, and a whole copy of it as bytes was most of what writing added to the peak
    // memory of a compile (issue 17).
    const manifest = makeManifest(files);
    const createdLinks = [];
    const movedBack = [];
    try {
        mkdirSync(version, { mode: 0o755 });
        writeAtomically(join(version, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`); // first: it says what to remove if we are killed
        for (const f of files) {
            const p = join(version, FILES, f.path);
            mkdirSync(dirname(p), { recursive: true, mode: 0o755 });
            writeNewFile(p, contentPieces(f), f.mode ?? 0o644);
        }
        for (const p of inTheWay) {
            const to = join(kept.get(), p);
            mkdirSync(dirname(to), { recursive: true });
            renameSync(join(dir, p), to);
            movedBack.push([to, join(dir, p)]);
            kept.moved.push(shown(p));
        }
        // Links for new paths point through `current`: dangling (absent to any reader) until the swap.
        for (const f of files) {
            const p = join(dir, f.path);
            if (lstatOr(p))
                continue; // our link already
            mkdirSync(dirname(p), { recursive: true, mode: 0o755 });
            symlinkSync(linkText(f.path), p);
            createdLinks.push(p);
        }
        // ---- 4. Publish: the one atomic step.
        const tmp = join(state, `${CURRENT}-${tag}`);
        symlinkSync(tag, tmp);
        renameSync(tmp, join(state, CURRENT));
    }
    catch (e) {
        for (const p of createdLinks)
            unlinkSync(p);
        for (const [from, to] of movedBack.reverse())
            renameSync(from, to);
        removeVersion(state, tag);
        throw e;
    }
    // ---- 5. After publishing: keep edited old contents, tell file watchers, drop what we no longer write.
    for (const p of changed) {
        const to = join(kept.get(), p);
        mkdirSync(dirname(to), { recursive: true });
        renameSync(join(state, currentVersion, FILES, p), to);
        kept.moved.push(`${shown(p)} (as edited)`);
    }
    const before = new Map(old.files.map((e) => [e.path, e.sha256]));
    for (const e of manifest.files) {
        // A file watcher (Traefik's file provider) sees events by name in DIR: re-link changed files.
        if (before.has(e.path) && before.get(e.path) !== e.sha256) {
            const p = join(dir, e.path);
            symlinkSync(linkText(e.path), `${p}.ingressc-tmp`);
            renameSync(`${p}.ingressc-tmp`, p);
        }
    }
    const now = new Set(files.map((f) => f.path));
    const gone = new Set([...old.files.map((e) => e.path)].filter((p) => !now.has(p)));
    for (const p of gone) {
        if (!isOurLink(dir, p))
            continue;
        unlinkSync(join(dir, p));
        for (const a of ancestors(p).reverse())
            if (![...now].some((n) => n.startsWith(`${a}/`)))
                rmdirIfEmpty(join(dir, a));
    }
    if (currentVersion !== undefined && currentVersion !== tag)
        removeVersion(state, currentVersion);
}
/**
 * One writer per directory: a second ingressc would take the first one's unpublished version for a
 * killed run's leftovers and remove it. A lock whose process is gone was left by a killed run.
 */
function lock(state) {
    const p = join(state, 'lock');
    for (let attempt = 0;; attempt++) {
        try {
            writeFileSync(p, `${process.pid}\n`, { flag: 'wx' });
            return () => unlinkSync(p);
        }
        catch (e) {
            if (e.code !== 'EEXIST' || attempt > 0)
                throw e;
        }
        const pid = Number.parseInt(readFileSync(p, 'utf8'), 10);
        if (pid > 0 && alive(pid))
            throw new Error(`another ingressc (pid ${pid}) is writing it; run one at a time`);
        unlinkSync(p);
    }
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/** Version directories in DIR/.ingressc (ours by name). */
function listVersions(state) {
    try {
        return readdirSync(state).filter((n) => /^v-[0-9]+-[0-9a-z]+$/.test(n));
    }
    catch {
        return [];
    }
}
/**
 * Removes a version directory by its manifest: the listed files, then directories that became empty.
 * Anything not listed (nobody should put files there, but someone might) stays where it is. Links in
 * DIR to paths only a stale version had are removed too (they dangle: `current` never had them).
 */
function removeVersion(state, version) {
    const vdir = join(state, version);
    const m = readManifest(join(vdir, MANIFEST));
    const dir = dirname(state);
    const current = readManifest(join(state, CURRENT, MANIFEST));
    const published = new Set(current?.files.map((e) => e.path));
    for (const e of m?.files ?? []) {
        try {
            unlinkSync(join(vdir, FILES, e.path));
        }
        catch {
            /* never written, or moved aside */
        }
        if (!published.has(e.path) && isOurLink(dir, e.path)) {
            unlinkSync(join(dir, e.path));
            for (const a of ancestors(e.path).reverse())
                rmdirIfEmpty(join(dir, a));
        }
    }
    for (const name of [MANIFEST, `${MANIFEST}.tmp`]) {
        try {
            unlinkSync(join(vdir, name));
        }
        catch {
            /* absent */
        }
    }
    for (const e of m?.files ?? [])
        for (const a of ancestors(e.path).reverse())
            rmdirIfEmpty(join(vdir, FILES, a));
    // A run killed while removing this version may have deleted its manifest but left empty directories
    // under files/: without the manifest they are found by walking (directories only, never a file).
    removeEmptyDirs(join(vdir, FILES));
    rmdirIfEmpty(vdir);
    try {
        unlinkSync(join(state, `${CURRENT}-${version}`)); // a swap link a killed run did not rename
    }
    catch {
        /* absent */
    }
}
/** Removes `p` and the directories below it that are (then) empty; files are never touched. */
function removeEmptyDirs(p) {
    let entries;
    try {
        entries = readdirSync(p, { withFileTypes: true });
    }
    catch {
        return; // absent
    }
    for (const e of entries)
        if (e.isDirectory())
            removeEmptyDirs(join(p, e.name));
    rmdirIfEmpty(p);
}
function rmdirIfEmpty(p) {
    try {
        rmdirSync(p);
    }
    catch {
        /* not empty (someone else's files), or gone */
    }
}
/** A new sibling DIR.ingressc-kept-N (created unless `create` is false, when only the name is reserved by not existing). */
function makeKeptDir(dir, create = true) {
    for (let n = 1;; n++) {
        const abs = resolve(dir); // "--out ." gets a sibling of the current directory, not a child
        const p = join(dirname(abs), `${basename(abs)}.ingressc-kept-${n}`);
        if (lstatOr(p))
            continue;
        if (!create)
            return p;
        try {
            mkdirSync(p);
            return p;
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
        }
    }
}
function writeReadme(state) {
    const p = join(state, 'README');
    if (lstatOr(p))
        return;
    writeAtomically(p, 'This directory holds the files ingressc generated into its parent directory; the files there are links to\n' +
        'current/files/. ingressc replaces only those links and this directory. Do not put files here.\n');
}
