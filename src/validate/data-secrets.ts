import { locate } from '../parse/locate.js';
import type { Manifest } from '../parse/parse-yaml.js';
import type { SourceRef } from '../diagnostics/types.js';
import { isDns1123Label, isDns1123Subdomain } from '../util/k8s-names.js';
import { obj } from './shape.js';
import { decodeSecretText } from './secret-data.js';

/**
 * A Secret read for its data keys (basic-auth htpasswd files and maps): any type but
 * kubernetes.io/tls. Values are decoded text; a value that is not valid base64 (or not UTF-8) is
 * absent from `data` and listed in `undecodable`. The values are never echoed in a diagnostic.
 */
export interface DataSecretModel {
  namespace: string;
  name: string;
  /** Key → decoded text (stringData wins over data, as the API server merges them). */
  data: Record<string, string>;
  undecodable: string[];
  ref: SourceRef;
  /** Where a key is written (data or stringData). */
  keyRef(key: string): SourceRef;
}

export function readDataSecret(m: Manifest): DataSecretModel | undefined {
  if (m.obj.type === 'kubernetes.io/tls') return undefined;
  const meta = obj(m.obj.metadata);
  const name = typeof meta.name === 'string' ? meta.name : '';
  const namespace = meta.namespace === undefined ? 'default' : typeof meta.namespace === 'string' ? meta.namespace : '';
  if (!isDns1123Subdomain(name) || !isDns1123Label(namespace)) return undefined;
  const data: Record<string, string> = {};
  const undecodable: string[] = [];
  const where: Record<string, 'data' | 'stringData'> = {};
  for (const [k, d] of Object.entries(obj(m.obj.data))) {
    if (typeof d !== 'string') continue;
    const text = decodeSecretText(d);
    if (text === undefined) undecodable.push(k);
    else data[k] = text;
    where[k] = 'data';
  }
  for (const [k, s] of Object.entries(obj(m.obj.stringData))) {
    if (typeof s !== 'string') continue;
    data[k] = s;
    where[k] = 'stringData';
  }
  return {
    namespace,
    name,
    data,
    undecodable: undecodable.filter((k) => where[k] === 'data'),
    ref: locate(m.loc, ['metadata', 'name']),
    keyRef: (key) => locate(m.loc, [where[key] ?? 'data', key], { key: true }),
  };
}
