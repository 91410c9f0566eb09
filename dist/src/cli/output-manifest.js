import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
/**
 * How ingressc marks what it wrote into an --out directory DIR:
 *   DIR/.ingressc/                 ingressc's own area (its presence marks DIR as an ingressc output)
 *   DIR/.ingressc/v-<tag>/manifest.json   every file of that version: path, sha256, mode
 *   DIR/.ingressc/v-<tag>/files/<path>    the files themselves
 *   DIR/.ingressc/current -> v-<tag>      the published version (swapped by one rename)
 *   DIR/<path> -> <../>.ingressc/current/files/<path>   one link per generated file
 * A path in DIR is ingressc's only if it is such a link; anything else there (a running proxy's pid,
 * logs and temp dirs, files a user put next to the output) is never touched.
 */
export const STATE_DIR = '.ingressc';
export const CURRENT = 'current';
export const MANIFEST = 'manifest.json';
export const FILES = 'files';
export const sha256 = (content) => createHash('sha256').update(content).digest('hex');
/** The text of the link DIR/<path>: relative, so the directory can be moved or copied with its links. */
export function linkText(path) {
    const depth = path.split('/').length - 1;
    return `${'../'.repeat(depth)}${STATE_DIR}/${CURRENT}/${FILES}/${path}`;
}
/** `bytes`: each file's content as UTF-8, when the caller has it (hashing a string encodes it again). */
export function makeManifest(files, bytes) {
    return { format: 'ingressc-output', version: 1, files: files.map((f, i) => ({ path: f.path, sha256: sha256(bytes?.[i] ?? f.content), mode: f.mode ?? 0o644 })) };
}
/** The manifest at `file`, or undefined when it is missing or not one of ours. */
export function readManifest(file) {
    let m;
    try {
        m = JSON.parse(readFileSync(file, 'utf8'));
    }
    catch {
        return undefined;
    }
    const ok = typeof m === 'object' && m !== null && m.format === 'ingressc-output' && Array.isArray(m.files);
    return ok ? m : undefined;
}
/** Writes a complete file or none (a killed run leaves at most `<file>.tmp`). */
export function writeAtomically(file, content, mode = 0o644) {
    writeFileSync(`${file}.tmp`, content, { mode });
    renameSync(`${file}.tmp`, file);
}
