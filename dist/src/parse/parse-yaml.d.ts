import { type Document } from 'yaml';
import type { Diagnostics } from '../diagnostics/collector.js';
import { type DocLocator } from './locate.js';
import type { SourceFile } from './source.js';
/** One Kubernetes object read from the inputs, with a way back to its source text. */
export interface Manifest {
    apiVersion: string;
    kind: string;
    obj: Record<string, unknown>;
    loc: DocLocator;
    /** Position in the whole input stream (files in given order, documents in file order). */
    order: number;
}
/**
 * Limits that keep hostile input bounded in time and memory (README "Hostile input"; measured by
 * bench/limits.ts). Real manifests are far below each of them.
 */
export declare const INPUT_LIMITS: {
    /** Aliases expanded per document (yaml's own alias-bomb guard). */
    readonly maxAliasCount: 1000;
    /** Nesting of mappings and sequences in one document (Kubernetes objects stay below ~20). */
    readonly maxDepth: 100;
};
/**
 * The limits that grow with a cluster, options of compile and lint (`--max-input-mb`,
 * `--max-objects`). The defaults read `kubectl get ingress -A -o yaml` of a
 * 20,000-Ingress cluster (~60 MB with managedFields, status and last-applied annotations).
 * A whole compile holds more than ~3x its input (BENCHMARKS.md: peak RSS ~9-16x the input with
 * nginx at 10-20k Ingresses, more for Caddy): these limits bound it, they do not make it small.
 */
export interface InputLimits {
    /** Characters per input (~ bytes). */
    maxSourceChars: number;
    /** YAML documents (List items included) over all inputs. */
    maxObjects: number;
}
export declare const DEFAULT_INPUT_LIMITS: InputLimits;
/**
 * The checks that need no parsing, for callers that parse a text themselves (lint's file
 * classifier): a reason to refuse it, or undefined.
 */
export declare function inputLimitExceeded(text: string, limits?: InputLimits): string | undefined;
export declare function parseSources(sources: readonly SourceFile[], diags: Diagnostics, limits?: InputLimits): Manifest[];
export type { Document };
