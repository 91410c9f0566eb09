import type { TargetName } from '../../../diagnostics/types.js';
import { unsupportedWhy } from '../support.js';
import { CONFIG_KEY_BY_NAME } from './keys.js';
import { KEY_WHY_NOT } from './support.js';

/** Why `target` does not honour ConfigMap `key`: its own reason, else (a key that is an annotation's default) the annotation's. */
export function keyWhyNot(key: string, target: TargetName): string | undefined {
  const annotation = CONFIG_KEY_BY_NAME.get(key)?.annotation;
  return KEY_WHY_NOT[key]?.[target] ?? (annotation ? unsupportedWhy(annotation, target) : undefined);
}
