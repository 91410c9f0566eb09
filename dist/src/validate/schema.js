import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fieldName, locate, sourceAt } from '../parse/locate.js';
import { PACKAGE_ROOT } from '../util/package-root.js';
import { precompiledValidators } from './precompiled.js';
let precompiled;
let ajv;
const compiled = new Map();
/**
 * Validators come precompiled from the build (scripts/build-validators.mjs): loading ajv and
 * compiling the schemas would dominate the start-up of a lint run. Without a build, compile here.
 */
function validator(name) {
    if (precompiled === undefined)
        precompiled = precompiledValidators();
    const pre = precompiled?.[name];
    if (pre)
        return pre;
    let fn = compiled.get(name);
    if (fn)
        return fn;
    if (!ajv) {
        const { Ajv: AjvClass } = createRequire(import.meta.url)('ajv');
        ajv = new AjvClass({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
        ajv.addSchema(loadSchema('metadata'));
    }
    fn = ajv.compile(loadSchema(name));
    compiled.set(name, fn);
    return fn;
}
function loadSchema(name) {
    return JSON.parse(readFileSync(join(PACKAGE_ROOT, 'schemas', `${name}.json`), 'utf8'));
}
/** Validates a manifest's structure; every ajv error becomes a diagnostic at the offending node. */
export function checkSchema(m, name, diags) {
    const fn = validator(name);
    if (fn(m.obj))
        return true;
    for (const e of dedupe(fn.errors ?? []))
        report(m, e, diags);
    return false;
}
/** ajv reports a type error and the same path's other failures; keep the most useful ones. */
function dedupe(errors) {
    const seen = new Set();
    const out = [];
    for (const e of errors) {
        const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(e);
    }
    return out;
}
function pointerToPath(ptr) {
    if (ptr === '')
        return [];
    return ptr
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}
function report(m, e, diags) {
    const path = pointerToPath(e.instancePath);
    const where = path.length ? fieldName(path) : m.kind;
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(e.params.additionalProperty);
            const props = Object.keys((e.parentSchema ?? {}).properties ?? {}).sort();
            const full = [...path, key];
            diags.report('IC2001', locate(m.loc, full, { key: true }), { key, where, expected: props.join(', ') || '(none)' }, { field: fieldName(full) });
            return;
        }
        case 'required': {
            const key = String(e.params.missingProperty);
            diags.report('IC2002', locate(m.loc, path, { key: path.length > 0 }), { key, where }, { field: fieldName([...path, key]) });
            return;
        }
        case 'type': {
            const expected = e.params.type;
            const source = sourceAt(m.loc, path);
            // `host: on`, `x: yes`, `v: 80`: unquoted, not a string to Kubernetes (YAML 1.1), so the API server refuses it.
            if (expected === 'string' && (typeof e.data === 'boolean' || typeof e.data === 'number') && source !== undefined && !/^["'!&*]/.test(source)) {
                const why = typeof e.data === 'boolean' ? `${source} is a boolean (as are y, n, yes, no, on, off, true and false in lower, Title or UPPER case)` : `${source} is a number (${source === String(e.data) ? 'so is any unquoted number' : `it reads as ${String(e.data)}`})`;
                diags.report('IC2090', locate(m.loc, path), { field: where, found: describe(e.data), why, quoted: JSON.stringify(source) }, { field: where });
                return;
            }
            diags.report('IC2003', locate(m.loc, path), { field: where, expected: articled(String(e.params.type)), found: describe(e.data) }, { field: where });
            return;
        }
        case 'enum':
        case 'const': {
            const allowed = e.keyword === 'enum' ? e.params.allowedValues : [e.params.allowedValue];
            diags.report('IC2004', locate(m.loc, path), { field: where, expected: allowed.map((x) => JSON.stringify(x)).join(', '), found: JSON.stringify(e.data) }, { field: where });
            return;
        }
        case 'minItems':
            diags.report('IC2005', locate(m.loc, path), { field: where, detail: `must have at least ${e.params.limit} item(s)` }, { field: where });
            return;
        default:
            diags.report('IC2005', locate(m.loc, path), { field: where, detail: e.message ?? e.keyword }, { field: where });
    }
}
function articled(t) {
    return t
        .split(',')
        .map((x) => (x === 'integer' ? 'an integer' : x === 'object' ? 'a mapping' : x === 'array' ? 'a list' : x === 'null' ? 'null' : `a ${x}`))
        .join(' or ');
}
function describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'number' && !Number.isInteger(v))
        return `the number ${v}`;
    return `${typeof v} ${JSON.stringify(v)}`;
}
