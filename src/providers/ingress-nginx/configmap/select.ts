import type { Diagnostics } from '../../../diagnostics/collector.js';
import type { SourceRef } from '../../../diagnostics/types.js';
import { locate } from '../../../parse/locate.js';
import { parseSources, type InputLimits, type Manifest } from '../../../parse/parse-yaml.js';
import { readControllerConfig, type ControllerConfig } from './read.js';

/** --controller-config: a ConfigMap among the inputs, by namespace and name, or a file of its own. */
export type ControllerConfigChoice = { namespace: string; name: string } | { path: string; text: string };

/** Where findings about the option itself point (as --default-backend's do). */
export const OPTION_REF: SourceRef = { file: '--controller-config', line: 1, col: 1 };

const isConfigMap = (m: Manifest): boolean => m.kind === 'ConfigMap' && m.apiVersion === 'v1';
const idOf = (m: Manifest): string => {
  const meta = (m.obj.metadata ?? {}) as { name?: unknown; namespace?: unknown };
  return `${typeof meta.namespace === 'string' ? meta.namespace : 'default'}/${typeof meta.name === 'string' ? meta.name : ''}`;
};
const fmt = (r: SourceRef): string => `${r.file}:${r.line}:${r.col}`;

/**
 * Takes the controller ConfigMap out of the inputs (NAMESPACE/NAME), or reads it from its file, and
 * checks it. The other manifests are returned for validation: ConfigMaps that are not selected
 * stay ignored there (IC1004), as before.
 */
export function takeControllerConfig(
  manifests: readonly Manifest[],
  choice: ControllerConfigChoice | undefined,
  diags: Diagnostics,
  opts: { allowSnippets: boolean; limits: InputLimits },
): { manifests: readonly Manifest[]; config?: ControllerConfig } {
  if (!choice) return { manifests };
  if ('path' in choice) {
    const before = diags.errorCount();
    const docs = parseSources([choice], diags, opts.limits);
    if (diags.errorCount() > before) return { manifests };
    const at = { file: choice.path, line: 1, col: 1 };
    if (docs.length !== 1) {
      diags.report('IC2305', at, { path: choice.path, detail: `expected one ConfigMap (apiVersion v1), found ${docs.length} objects` });
      return { manifests };
    }
    const m = docs[0]!;
    if (!isConfigMap(m)) {
      diags.report('IC2305', locate(m.loc, ['kind']), { path: choice.path, detail: `expected a ConfigMap (apiVersion v1), found ${m.apiVersion} ${m.kind}` });
      return { manifests };
    }
    const config = readControllerConfig(m, diags, opts);
    return { manifests, ...(config ? { config } : {}) };
  }
  const want = `${choice.namespace}/${choice.name}`;
  const found = manifests.filter((m) => isConfigMap(m) && idOf(m) === want);
  if (found.length === 0) {
    diags.report('IC5030', OPTION_REF, { value: want, detail: `no ConfigMap ${want} in the inputs (a ConfigMap without metadata.namespace is in "default"), and no file of that name` });
    return { manifests };
  }
  const first = found[0]!;
  for (const other of found.slice(1)) diags.report('IC2307', locate(other.loc, ['metadata', 'name']), { id: want, other: fmt(locate(first.loc, ['metadata', 'name'])) });
  const rest = manifests.filter((m) => !found.includes(m));
  if (found.length > 1) return { manifests: rest };
  const config = readControllerConfig(first, diags, opts);
  return { manifests: rest, ...(config ? { config } : {}) };
}
