import { Diagnostics, sortDiagnostics } from './diagnostics/collector.js';
import { sortFiles } from './emit/cert-files.js';
import { getEmitter } from './emit/registry.js';
import { lower } from './lower/lower.js';
import { resolveOptions } from './options.js';
import { parseSources } from './parse/parse-yaml.js';
import { validateManifests } from './validate/index.js';
/** parse → validate → lower: shared by compile, lint and the route tools. */
export function analyze(sources, input = {}) {
    return analyzeSources(sources, input).analysis;
}
/** analyze(), plus the manifests it read (lint looks at the YAML documents they came from). */
export function analyzeSources(sources, input = {}) {
    const diags = new Diagnostics();
    const { options, diagnostics } = resolveOptions(input);
    diags.items.push(...diagnostics);
    if (!options)
        return { analysis: { diags }, manifests: [] };
    const manifests = parseSources(sources, diags);
    const inventory = validateManifests(manifests, diags, { allowSnippets: options.allowSnippets });
    if (inventory.ingresses.length === 0 && !diags.hasErrors() && !options.defaultBackend) {
        const where = sources[0] ? { file: sources[0].path, line: 1, col: 1 } : undefined;
        diags.report('IC1006', where);
    }
    if (diags.hasErrors())
        return { analysis: { options, diags }, manifests };
    const ir = lower(inventory, options, diags);
    return { analysis: { ir, options, diags }, manifests };
}
export const emitOptions = (o) => ({ resolver: o.resolver, ...(o.listenAdmin ? { listenAdmin: o.listenAdmin } : {}) });
/** The library entry point: pure (no file system, no process), deterministic. */
export function compile(sources, input = {}) {
    const { ir, options, diags } = analyze(sources, input);
    const done = (files, extra = {}) => {
        const ok = !diags.hasErrors();
        return { ok, files: ok ? files : [], diagnostics: sortDiagnostics(diags.items), ...(options ? { target: options.target } : {}), ...extra };
    };
    if (!ir || !options || diags.hasErrors())
        return done([], ir ? { ir } : {});
    const emitter = getEmitter(options.target);
    const files = sortFiles(emitter.emit(ir, { diagnostics: diags, options: emitOptions(options) }));
    return done(files, { ir, mainFile: emitter.mainFile });
}
