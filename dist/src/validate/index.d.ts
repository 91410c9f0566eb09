import type { Diagnostics } from '../diagnostics/collector.js';
import type { Manifest } from '../parse/parse-yaml.js';
import { type IngressCheckOptions } from './ingress.js';
import type { Inventory } from './model.js';
/** Sorts manifests by kind and validates each; unknown kinds get one info line. */
export declare function validateManifests(manifests: readonly Manifest[], diags: Diagnostics, opts: IngressCheckOptions & {
    headerConfigMaps?: readonly string[];
}): Inventory;
