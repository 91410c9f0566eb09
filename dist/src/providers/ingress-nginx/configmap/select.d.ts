import type { Diagnostics } from '../../../diagnostics/collector.js';
import type { SourceRef } from '../../../diagnostics/types.js';
import { type InputLimits, type Manifest } from '../../../parse/parse-yaml.js';
import { type ControllerConfig } from './read.js';
/** --controller-config: a ConfigMap among the inputs, by namespace and name, or a file of its own. */
export type ControllerConfigChoice = {
    namespace: string;
    name: string;
} | {
    path: string;
    text: string;
};
/** Where findings about the option itself point (as --default-backend's do). */
export declare const OPTION_REF: SourceRef;
/**
 * Takes the controller ConfigMap out of the inputs (NAMESPACE/NAME), or reads it from its file, and
 * checks it. The other manifests are returned for validation: ConfigMaps that are not selected
 * stay ignored there (IC1004), as before.
 */
export declare function takeControllerConfig(manifests: readonly Manifest[], choice: ControllerConfigChoice | undefined, diags: Diagnostics, opts: {
    allowSnippets: boolean;
    limits: InputLimits;
}): {
    manifests: readonly Manifest[];
    config?: ControllerConfig;
};
