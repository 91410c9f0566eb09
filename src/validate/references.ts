import { Diagnostics } from '../diagnostics/collector.js';
import { hasTemplateMarkers, patchListedBy } from '../parse/classify.js';
import { parseSources } from '../parse/parse-yaml.js';
import type { SourceFile } from '../parse/source.js';
import { validateManifests } from './index.js';
import type { Inventory } from './model.js';

/** Files that may hold a kind an Ingress refers to (a cheap test before parsing a repository's YAML). */
const REFERENCED_KIND = /\bkind["']?[ \t]*:[ \t]*["']?(?:Service|Secret|IngressClass|EndpointSlice|[A-Za-z]*List)\b/;

/**
 * The objects an Ingress refers to (Services, Secrets, IngressClasses, EndpointSlices) from context
 * files: the rest of a repository, read so that a pre-commit run on a few staged files resolves their
 * references. Nothing is reported about these files (their own findings belong to their own commits),
 * and their Ingresses are not read. Templates and kustomize patches are passed over.
 */
export function referencedObjects(context: readonly SourceFile[], patches: ReadonlyMap<string, string>, allowSnippets: boolean): Omit<Inventory, 'ingresses'> {
  const files = context.filter((s) => REFERENCED_KIND.test(s.text) && !hasTemplateMarkers(s.text) && patchListedBy(patches, s.path) === undefined);
  const quiet = new Diagnostics();
  const manifests = parseSources(files, quiet).filter((m) => m.kind !== 'Ingress');
  const { services, secrets, slices, classes, caSecrets } = validateManifests(manifests, quiet, { allowSnippets });
  return { services, secrets, slices, classes, ...(caSecrets ? { caSecrets } : {}) };
}
