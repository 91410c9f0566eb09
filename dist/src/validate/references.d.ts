import type { SourceFile } from '../parse/source.js';
import type { Inventory } from './model.js';
/**
 * The objects an Ingress refers to (Services, Secrets, IngressClasses, EndpointSlices) from context
 * files: the rest of a repository, read so that a pre-commit run on a few staged files resolves their
 * references. Nothing is reported about these files (their own findings belong to their own commits),
 * and their Ingresses are not read. Templates and kustomize patches are passed over.
 */
export declare function referencedObjects(context: readonly SourceFile[], patches: ReadonlyMap<string, string>, allowSnippets: boolean): Omit<Inventory, 'ingresses'>;
