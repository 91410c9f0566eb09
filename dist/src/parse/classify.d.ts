import type { PosNode } from './locate.js';
import type { SourceFile } from './source.js';
/**
 * What an input is, decided once for every command (compile, lint, diff, routes, match):
 * - `manifest`: holds a Kubernetes object (a mapping with apiVersion or kind) and is checked;
 * - `not-kubernetes`: YAML/JSON without one (CI workflows, docker-compose, OpenAPI, Helm's
 *   Chart.yaml and values.yaml, package.json, empty files): passed over silently;
 * - `template`: an unrendered Helm/Go template;
 * - `kustomize-patch`: a patch a kustomization in the inputs lists (a fragment, not an object).
 */
export type InputKind = 'manifest' | 'not-kubernetes' | 'template' | 'kustomize-patch';
/** Has {{…}}: a "{{" with a "}}" after it, as /\{\{[\s\S]*?\}\}/ says but in linear time (a hostile input can have millions of "{{"). */
export declare function hasTemplateMarkers(text: string): boolean;
/** The same test on a parsed document's positions (its top-level keys). */
export declare function hasKubernetesKeyAt(top: PosNode | undefined): boolean;
export declare const evidentlyManifest: (s: SourceFile) => boolean;
/** Does this text hold a Kubernetes object, or is it a template? The path tells Helm's files apart. */
export declare function classifySource(text: string, path?: string): 'manifest' | 'not-kubernetes' | 'template';
/**
 * The patches the kustomizations among these sources list (patches[].path, patchesStrategicMerge,
 * patchesJson6902[].path), as normalised paths, each with the kustomization that lists it. They are
 * fragments of objects (an Ingress without its spec…), which `kustomize build` merges into a base.
 */
export declare function kustomizePatches(sources: readonly SourceFile[]): Map<string, string>;
/** The kustomization that lists this path as a patch, if any. */
export declare const patchListedBy: (patches: ReadonlyMap<string, string>, path: string) => string | undefined;
