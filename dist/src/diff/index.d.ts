import type { Diagnostic, TargetName } from '../diagnostics/types.js';
import type { OutputFile } from '../emit/emitter.js';
import type { RouteTable } from '../ir/types.js';
import type { CompileOptionsInput } from '../options.js';
import type { SourceFile } from '../parse/source.js';
import { type RouteRow } from '../routes/table.js';
export { diffLines, unifiedDiff, splitLines, type Edit } from './line-diff.js';
/** One route-level change. `key` identifies the route: host + path + match (or fallback/default/TLS). */
export interface RouteChange {
    change: '+' | '-' | '~';
    kind: 'route' | 'fallback' | 'default' | 'tls' | 'passthrough';
    host: string;
    path: string;
    match: RouteRow['match'] | 'TLS';
    /** Backend ("ns/svc:port") or, for kind "tls", "certificate (redirect|https)". */
    old?: string;
    new?: string;
    /** For "~": what changed. */
    what?: 'backend' | 'endpoints' | 'tls';
}
export interface FileChange {
    path: string;
    change: 'added' | 'removed' | 'modified';
    /** Private keys: never shown, only that they changed. */
    sensitive: boolean;
    /** Unified diff text ("" for sensitive files). */
    diff: string;
}
export interface DiffResult {
    /** Both sides compiled (an input side without any Ingress counts as empty). */
    ok: boolean;
    changed: boolean;
    target: TargetName;
    routes: RouteChange[];
    files: FileChange[];
    /** Errors of either side; warnings and infos of the new side. */
    diagnostics: Diagnostic[];
}
export interface DiffOptions extends CompileOptionsInput {
    /** Lines of context around each change (default 3). */
    context?: number;
}
/** Compiles both sides for one target and compares the route tables and the generated files. Pure. */
export declare function diff(oldSources: readonly SourceFile[], newSources: readonly SourceFile[], opts?: DiffOptions): DiffResult;
export declare function fileChanges(oldFiles: readonly OutputFile[], newFiles: readonly OutputFile[], context?: number): FileChange[];
/** Route-level summary: added, removed and changed routes, fallbacks, default backend and TLS hosts. */
export declare function routeChanges(oldIr: RouteTable | undefined, newIr: RouteTable | undefined): RouteChange[];
/** "cafe.example.com/tea (Prefix)", "cafe.example.com (fallback)", "(default backend)", "cafe.example.com (TLS)", "(ssl-passthrough)". */
export declare function describeRoute(c: Pick<RouteChange, 'kind' | 'host' | 'path' | 'match'>): string;
/** The text `ingressc diff` prints: route summary, then the unified diffs. */
export declare function renderDiffText(r: DiffResult): string;
/** `ingressc diff --format json`: stable document, format version 1. */
export declare function renderDiffJson(r: DiffResult): string;
