import type { OutputFile } from '../emit/emitter.js';
/**
 * Writes the output so that DIR always holds exactly the previous output or exactly the new one,
 * even if the process is killed mid-way: DIR is a symlink to a complete sibling directory
 * (".DIR.ingressc-<tag>"), and a new version is published by renaming a fresh symlink over DIR,
 * which rename(2) does atomically. Versions nothing points to are removed on the next run.
 *
 * A DIR that is a real directory (written by something else) is moved aside once, to
 * ".DIR.ingressc-previous", before the first swap; that one step is not atomic.
 */
export declare function writeOutputDir(dir: string, files: readonly OutputFile[]): void;
