import type { Diagnostics } from '../diagnostics/collector.js';
import type { Manifest } from '../parse/parse-yaml.js';
import { type IngressCheckOptions } from './ingress.js';
import type { Inventory } from './model.js';
/**
 * Validates each manifest into an inventory; unknown kinds get one info line. A whole array through
 * ManifestValidator (the context files of a repository, referencedObjects, read all at once).
 */
export declare function validateManifests(manifests: readonly Manifest[], diags: Diagnostics, opts: IngressCheckOptions & {
    headerConfigMaps?: readonly string[];
}): Inventory;
/**
 * Manifests validated one at a time, so that a caller streaming the inputs (compile.ts) keeps
 * nothing of an object but its model (issue 17). v1 ConfigMaps are held back (`configMaps`) and
 * validated by finish(): whether one is used for headers (else it is reported as ignored) is known
 * only once every Ingress has been seen, and the controller ConfigMap is taken out of them first.
 * The findings do not depend on the order of the objects (test/unit/stream-validate.test.ts): only
 * the order they are reported in does, and every command sorts them.
 */
export declare class ManifestValidator {
    private readonly diags;
    private readonly opts;
    readonly inventory: Inventory;
    /** The v1 ConfigMaps seen, in order. */
    readonly configMaps: Manifest[];
    /** The header ConfigMaps the Ingresses seen name (config-maps.ts headerConfigMapRefs). */
    private readonly refs;
    constructor(diags: Diagnostics, opts: IngressCheckOptions);
    add(m: Manifest): void;
    /**
     * Validates `configMaps` (those held back, less the controller ConfigMap) and returns the inventory.
     * Kept for custom-headers, add-headers and proxy-set-headers (`headerConfigMaps`: the controller
     * ConfigMap's); reported as ignored unless one of them names it.
     */
    finish(configMaps: readonly Manifest[], headerConfigMaps: readonly string[]): Inventory;
}
