import { type OutputFile } from '../emit/emitter.js';
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
export declare const STATE_DIR = ".ingressc";
export declare const CURRENT = "current";
export declare const MANIFEST = "manifest.json";
export declare const FILES = "files";
export interface ManifestEntry {
    path: string;
    sha256: string;
    mode: number;
}
export interface Manifest {
    format: 'ingressc-output';
    version: 1;
    files: ManifestEntry[];
}
export declare const sha256: (content: string | Buffer) => string;
/** The text of the link DIR/<path>: relative, so the directory can be moved or copied with its links. */
export declare function linkText(path: string): string;
export declare function makeManifest(files: readonly OutputFile[]): Manifest;
/** The manifest at `file`, or undefined when it is missing or not one of ours. */
export declare function readManifest(file: string): Manifest | undefined;
/** Writes a complete file or none (a killed run leaves at most `<file>.tmp`). */
export declare function writeAtomically(file: string, content: string, mode?: number): void;
