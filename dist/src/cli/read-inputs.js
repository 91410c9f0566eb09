import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { makeDiagnostic } from '../diagnostics/collector.js';
import { compareStrings } from '../util/compare.js';
const MANIFEST_RE = /\.(ya?ml|json)$/i;
/** Files, directories (recursive *.yaml|*.yml|*.json, sorted) and "-" for stdin. */
export function readInputs(inputs, readStdin) {
    const sources = [];
    const diagnostics = [];
    const fail = (path, e) => diagnostics.push(makeDiagnostic('IC1008', undefined, { path, detail: e.code ?? String(e) }));
    for (const input of inputs) {
        if (input === '-') {
            try {
                sources.push({ path: '<stdin>', text: readStdin() });
            }
            catch (e) {
                fail('<stdin>', e);
            }
            continue;
        }
        try {
            if (statSync(input).isDirectory()) {
                for (const f of walk(input))
                    sources.push({ path: f, text: readFileSync(f, 'utf8') });
            }
            else
                sources.push({ path: input, text: readFileSync(input, 'utf8') });
        }
        catch (e) {
            fail(input, e);
        }
    }
    return { sources, diagnostics };
}
function walk(dir) {
    const out = [];
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name));
    for (const e of entries) {
        const p = join(dir, e.name);
        if (e.isDirectory()) {
            if (e.name === 'node_modules' || e.name.startsWith('.'))
                continue;
            out.push(...walk(p));
        }
        else if (e.isFile() && MANIFEST_RE.test(e.name))
            out.push(p);
    }
    return out;
}
export const displayPath = (p) => (p.startsWith('/') ? relative(process.cwd(), p) || p : p);
