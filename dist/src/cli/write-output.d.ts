import { type OutputFile } from '../emit/emitter.js';
/**
 * Writes --out DIR so that nothing ingressc did not write is ever lost, a running proxy can reload
 * from DIR, and DIR shows exactly the previous output or exactly the new one, even if ingressc is
 * killed mid-way.
 *
 * Layout (see output-manifest.ts): DIR stays a real, stable directory (a proxy's cwd and prefix,
 * where its pid, logs and temp dirs live untouched); each generated file is a link through
 * DIR/.ingressc/current to a complete version directory, so one rename of `current` publishes every
 * file at once, and a proxy reloading from DIR (nginx -s reload, HAProxy's master re-exec, a new Envoy
 * epoch) reads the new files at the same paths. A per-file rename would have let a killed run leave
 * a mix of versions; swapping DIR itself (the old design) removed the directory a proxy runs in.
 *
 * ingressc replaces only paths that are its own links with unchanged content. Anything else in the
 * way (a foreign non-empty DIR, a user's file at a generated path, a generated file edited by hand)
 * stops the run with an OutputConflict before anything is written, unless `moveAside`: then it is
 * moved to a new sibling DIR.ingressc-kept-N and reported, never deleted.
 */
export interface WriteOptions {
    moveAside?: boolean;
}
export interface Conflict {
    /** As the user wrote it: DIR, or DIR/<generated path>. */
    path: string;
    why: string;
}
export declare class OutputConflict extends Error {
    readonly conflicts: readonly Conflict[];
    constructor(conflicts: readonly Conflict[]);
}
export interface WriteResult {
    /** Where things in the way were moved (with moveAside), and what. */
    kept?: {
        dir: string;
        moved: string[];
    };
}
export declare function writeOutputDir(dirArg: string, files: readonly OutputFile[], opts?: WriteOptions): WriteResult;
