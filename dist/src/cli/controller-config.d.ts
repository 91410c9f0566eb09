import { type Diagnostic } from '../index.js';
/**
 * `--controller-config FILE-or-NS/NAME`: an existing file is read (one ConfigMap); otherwise the
 * value must be NAMESPACE/NAME of a ConfigMap among the inputs (the library looks it up).
 */
export declare function controllerConfigOption(value: unknown): {
    option?: string | {
        path: string;
        text: string;
    };
    diagnostics: Diagnostic[];
};
