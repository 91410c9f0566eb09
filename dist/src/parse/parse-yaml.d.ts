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
 * A whole compile holds more than ~3x its input: objects are validated as they are read (compile.ts
 * readInventory), but the source text, the validated models, the route table and the output are
 * held together. Measured (peak RSS − 100 MB) / input, Node 20: kubectl 20k 57 MB ~5x with nginx,
 * ~7x Envoy, ~8x Caddy; the smaller plain shape 19 MB ~11x nginx, ~19x Caddy (its output is 4x its
 * input). These limits bound it, they do not make it small.
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
/**
 * The manifests of the inputs handed to `take` one at a time, in parseSources' order, with the
 * same diagnostics. A List's items are read one at a time as they are taken (line-parse.ts
 * `stream`), so a caller that keeps nothing of an object holds one object at a time (issue 17).
 */
export declare function readManifests(sources: readonly SourceFile[], diags: Diagnostics, take: (m: Manifest) => void, limits?: InputLimits): void;
export type { Document };
