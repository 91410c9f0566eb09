import { CODES } from './diagnostics/codes.js';
import { Diagnostics, sortDiagnostics } from './diagnostics/collector.js';
import { sortFiles } from './emit/cert-files.js';
import { getEmitter } from './emit/registry.js';
import { lower } from './lower/lower.js';
import { resolveOptions } from './options.js';
import { classifySource, evidentlyManifest, hasKubernetesKeyAt, kustomizePatches, patchListedBy } from './parse/classify.js';
import { readManifests } from './parse/parse-yaml.js';
import { takeControllerConfig } from './providers/ingress-nginx/configmap/select.js';
import { readCaFiles, readCertFiles } from './validate/cert-files.js';
import { ManifestValidator } from './validate/index.js';
import { referencedObjects } from './validate/references.js';
/**
 * An empty document ("---" followed by nothing or only comments, as `helm template` prints for
 * empty templates) can reach validation as a null document (yaml 2 gives it a null Scalar, not null
 * contents); kubectl skips such documents, so ingressc does too.
 */
const NULL_DOCUMENT = CODES.IC1002.text({ found: 'null' });
/**
 * What lowering may say only because invalid objects were left out: a named port whose Service failed
 * validation (IC3002), a --backend used only by an invalid Ingress (IC3015), no Ingress left (IC1006).
 * (A TLS Secret that failed validation is known to lowering: no IC3003 for it.)
 */
const CONSEQUENCES = new Set(['IC3002', 'IC3015', 'IC1006']);
/** parse → validate → lower: shared by compile, lint and the route tools. */
export function analyze(sources, input = {}) {
    return analyzeInputs(sources, input).analysis;
}
/**
 * Classifies the inputs (parse/classify.ts) and analyses the manifests among them: one classifier
 * for every command. `context` files (the rest of a repository) only lend the objects Ingresses
 * refer to (referencedObjects) and their kustomizations.
 *
 * Each classification is a YAML parse of its own, and the analysis parses the manifests again; so
 * inputs that evidently are manifests are analysed right away, and classified only if that analysis
 * does not prove what classifySource would say.
 */
export function analyzeInputs(sources, input = {}, context = []) {
    const patches = kustomizePatches([...sources, ...context]);
    const paths = new Map();
    for (const s of sources)
        paths.set(s.path, (paths.get(s.path) ?? 0) + 1);
    const kinds = sources.map((s) => patchListedBy(patches, s.path) !== undefined ? 'kustomize-patch' : paths.get(s.path) === 1 && evidentlyManifest(s) ? undefined : classifySource(s.text, s.path));
    const manifestsOnly = () => sources.filter((_, i) => kinds[i] === undefined || kinds[i] === 'manifest');
    const inputPaths = new Set(sources.map((s) => s.path));
    const refs = context.filter((s) => !inputPaths.has(s.path));
    let checked = manifestsOnly();
    let analyzed = analyzeSources(checked, input, { context: refs, patches, prove: kinds.includes(undefined) });
    if (kinds.includes(undefined)) {
        const { proven } = analyzed;
        sources.forEach((s, i) => {
            if (kinds[i] === undefined)
                kinds[i] = proven.has(s.path) ? 'manifest' : classifySource(s.text, s.path);
        });
        if (manifestsOnly().length !== checked.length) {
            checked = manifestsOnly();
            analyzed = analyzeSources(checked, input, { context: refs, patches });
        }
    }
    const { diags } = analyzed.analysis;
    const kept = diags.items.filter((d) => !(d.code === 'IC1002' && d.message === NULL_DOCUMENT));
    diags.items.splice(0, diags.items.length, ...kept);
    const skipped = [];
    sources.forEach((s, i) => {
        const kind = kinds[i];
        if (kind === 'manifest' || kind === undefined)
            return;
        skipped.push({ file: s.path, reason: kind });
        if (kind === 'template')
            diags.report('IC5105', { file: s.path, line: 1, col: 1 });
        if (kind === 'kustomize-patch')
            diags.report('IC1020', { file: s.path, line: 1, col: 1 }, { kustomization: patchListedBy(patches, s.path) });
    });
    return { analysis: analyzed.analysis, checked: checked.map((s) => s.path), skipped };
}
/** analyze() of inputs known to be manifests; with `prove`, also the inputs in which it read a Kubernetes object. */
export function analyzeSources(sources, input = {}, { context = [], patches = new Map(), prove = false } = {}) {
    const diags = new Diagnostics();
    const { options, diagnostics } = resolveOptions(input);
    diags.items.push(...diagnostics);
    if (!options)
        return { analysis: { diags }, proven: new Set() };
    const { inventory, proven } = readInventory(sources, options, diags, prove);
    if (context.length > 0) {
        // After the inputs' own objects, so that those win a name both have.
        const refs = referencedObjects(context, patches, options.allowSnippets);
        inventory.services.push(...refs.services);
        inventory.secrets.push(...refs.secrets);
        inventory.slices.push(...refs.slices);
        inventory.classes.push(...refs.classes);
        if (refs.caSecrets)
            (inventory.caSecrets ??= []).push(...refs.caSecrets);
    }
    if (inventory.ingresses.length === 0 && !diags.hasErrors() && !options.defaultBackend) {
        const where = sources[0] ? { file: sources[0].path, line: 1, col: 1 } : undefined;
        diags.report('IC1006', where);
    }
    if (diags.hasErrors()) {
        if (inventory.ingresses.length === 0)
            return { analysis: { options, diags }, proven };
        // Lower the valid objects anyway, so that an error in one input does not hide the findings of
        // the others. Some findings may only be consequences of the objects left out, and are not kept.
        const partial = new Diagnostics();
        const ir = lower(inventory, options, partial);
        diags.items.push(...partial.items.filter((d) => !CONSEQUENCES.has(d.code)));
        return { analysis: { ir, options, diags }, proven };
    }
    const ir = lower(inventory, options, diags);
    return { analysis: { ir, options, diags }, proven };
}
/**
 * parse → validate, one object at a time: each object is validated as it is read and then dropped
 * (its positions too), so that the parsed objects never accumulate (issue 17: they were ~110 MB
 * for a `kubectl get -o yaml` List of 20k Ingresses, and kept the garbage of their reading alive
 * long enough to be promoted). What diagnostics need later, validation has copied into the models.
 * Only the v1 ConfigMaps wait for the end (ManifestValidator): the controller ConfigMap is chosen
 * among them, and which are used for headers is known once every Ingress is read.
 */
function readInventory(sources, options, diags, prove) {
    // One object per input is proof enough (positions may be read again to answer: parse-yaml.ts).
    const proven = new Set();
    const validator = new ManifestValidator(diags, { allowSnippets: options.allowSnippets });
    const take = (m) => {
        if (prove && !proven.has(m.loc.file) && hasKubernetesKeyAt(m.loc.positions()))
            proven.add(m.loc.file);
        validator.add(m);
    };
    readManifests(sources, diags, take, options.inputLimits);
    const controller = takeControllerConfig(validator.configMaps, options.controllerConfig, diags, { allowSnippets: options.allowSnippets, limits: options.inputLimits });
    const cs = controller.config?.settings;
    const headerConfigMaps = [cs?.addHeaders, cs?.proxySetHeaders].filter((r) => r !== undefined).map((r) => `${r.namespace}/${r.name}`);
    const inventory = validator.finish(controller.manifests, headerConfigMaps);
    if (controller.config)
        inventory.controllerConfig = controller.config;
    if (options.certFiles.length > 0) {
        inventory.certFiles = readCertFiles(options.certFiles, diags);
        const ca = readCaFiles(options.certFiles, diags);
        if (ca.size > 0)
            inventory.caFiles = ca;
    }
    return { inventory, proven };
}
export const emitOptions = (o) => ({
    resolver: o.resolver,
    gatewayClass: o.gatewayClass,
    gateway: o.gateway,
    ...(o.listenAdmin ? { listenAdmin: o.listenAdmin } : {}),
    ...(o.nginxRouting !== 'locations' ? { nginxRouting: o.nginxRouting } : {}),
});
/** The library entry point: pure (no file system, no process), deterministic. */
export function compile(sources, input = {}) {
    const { ir, options, diags } = analyze(sources, input);
    const done = (files, extra = {}) => {
        const ok = !diags.hasErrors();
        return { ok, files: ok ? files : [], diagnostics: sortDiagnostics(diags.items), ...(options ? { target: options.target } : {}), ...extra };
    };
    if (!ir || !options || diags.hasErrors())
        return done([]);
    const emitter = getEmitter(options.target);
    const files = sortFiles(emitter.emit(ir, { diagnostics: diags, options: emitOptions(options) }));
    const dns = ir.upstreams.flatMap((u) => u.endpoints.filter((e) => e.kind === 'dns'));
    if (dns.length > 0 && options.resolver === undefined && emitter.dnsResolver)
        diags.report('IC5021', undefined, { example: `${dns[0].host}:${dns[0].port}`, resolver: emitter.dnsResolver(options.resolver) });
    const stdout = emitter.stream && files.length > 0 ? { stdout: emitter.stream(files) } : {};
    return done(files, { ir, mainFile: emitter.mainFile, ...stdout });
}
