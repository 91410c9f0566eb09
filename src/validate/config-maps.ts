import type { SourceRef } from '../diagnostics/types.js';
import { locate } from '../parse/locate.js';
import type { Manifest } from '../parse/parse-yaml.js';

/**
 * A v1 ConfigMap of the inputs that an annotation or the controller ConfigMap may name
 * (custom-headers, auth-proxy-set-headers, add-headers, proxy-set-headers): its string data, each entry located at its
 * key. Entries whose value is not a string are left out with `bad` naming them (the API server
 * refuses them; lowering reports them where the ConfigMap is used).
 */
export interface ConfigMapModel {
  /** "namespace/name". */
  id: string;
  ref: SourceRef;
  data: { key: string; value: string; ref: SourceRef }[];
  bad: { key: string; ref: SourceRef }[];
}

export function readConfigMap(m: Manifest): ConfigMapModel | undefined {
  const meta = (m.obj.metadata ?? {}) as { name?: unknown; namespace?: unknown };
  if (typeof meta.name !== 'string') return undefined;
  const id = `${typeof meta.namespace === 'string' ? meta.namespace : 'default'}/${meta.name}`;
  const raw = m.obj.data;
  const map = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const data: ConfigMapModel['data'] = [];
  const bad: ConfigMapModel['bad'] = [];
  for (const key of Object.keys(map).sort()) {
    const ref = locate(m.loc, ['data', key], { key: true });
    const v = map[key] === null ? '' : map[key];
    if (typeof v === 'string') data.push({ key, value: v, ref });
    else bad.push({ key, ref });
  }
  return { id, ref: locate(m.loc, ['metadata', 'name']), data, bad };
}

/**
 * "namespace/name" of the ConfigMaps an Ingress uses for headers (its custom-headers and
 * auth-proxy-set-headers values, as written), into `out`; nothing for other kinds. With the
 * controller ConfigMap's add-headers / proxy-set-headers, those are read, not ignored (no IC1004).
 */
export function addHeaderConfigMapRefs(m: Manifest, out: Set<string>): void {
  if (m.kind !== 'Ingress') return;
  const a = (m.obj.metadata as { annotations?: Record<string, unknown> } | undefined)?.annotations;
  for (const key of ['custom-headers', 'auth-proxy-set-headers']) {
    const v = a?.[`nginx.ingress.kubernetes.io/${key}`];
    if (typeof v === 'string') out.add(v);
  }
}
