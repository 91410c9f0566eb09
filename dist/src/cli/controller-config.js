import { readFileSync, statSync } from 'node:fs';
import { makeDiagnostic } from '../index.js';
import { ioProblem } from './read-inputs.js';
const OPTION_REF = { file: '--controller-config', line: 1, col: 1 };
const NS_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?\/[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
/**
 * `--controller-config FILE-or-NS/NAME`: an existing file is read (one ConfigMap); otherwise the
 * value must be NAMESPACE/NAME of a ConfigMap among the inputs (the library looks it up).
 */
export function controllerConfigOption(value) {
    if (typeof value !== 'string')
        return { diagnostics: [] };
    let isFile = false;
    try {
        isFile = statSync(value).isFile();
    }
    catch {
        /* not a file: NAMESPACE/NAME */
    }
    if (isFile) {
        try {
            return { option: { path: value, text: readFileSync(value, 'utf8') }, diagnostics: [] };
        }
        catch (e) {
            return { diagnostics: [makeDiagnostic('IC5030', OPTION_REF, { value, detail: `cannot read the file: ${ioProblem(e)}` })] };
        }
    }
    if (NS_NAME.test(value))
        return { option: value, diagnostics: [] };
    return { diagnostics: [makeDiagnostic('IC5030', OPTION_REF, { value, detail: 'no such file, and not NAMESPACE/NAME of a ConfigMap among the inputs' })] };
}
