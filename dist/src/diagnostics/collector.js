import { CODES } from './codes.js';
import { compareStrings } from '../util/compare.js';
/**
 * User text quoted in a message must not carry control characters: a newline would forge another
 * diagnostic line in CI logs, an escape sequence would rewrite the terminal.
 */
export function escapeControl(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function escapeArgs(args) {
    const out = {};
    for (const [k, v] of Object.entries(args))
        out[k] = typeof v === 'string' ? escapeControl(v) : v;
    return out;
}
/** Collects diagnostics; the only place a Diagnostic is built from the catalogue. */
export class Diagnostics {
    items = [];
    report(code, loc, args = {}, extra = {}) {
        const info = CODES[code];
        const d = { code, severity: info.severity, message: info.text(escapeArgs(args)) };
        if (loc)
            d.loc = loc;
        if (extra.field)
            d.field = extra.field;
        if (extra.target)
            d.target = extra.target;
        this.items.push(d);
        return d;
    }
    hasErrors() {
        return this.items.some((d) => d.severity === 'error');
    }
    errorCount() {
        return this.items.filter((d) => d.severity === 'error').length;
    }
}
export function makeDiagnostic(code, loc, args = {}) {
    const c = new Diagnostics();
    return c.report(code, loc, args);
}
const SEV_ORDER = { error: 0, warning: 1, info: 2 };
/** Stable order: by file, position, then code — output must not depend on discovery order. */
export function sortDiagnostics(ds) {
    return [...ds].sort((a, b) => compareStrings(a.loc?.file ?? '', b.loc?.file ?? '') ||
        (a.loc?.line ?? 0) - (b.loc?.line ?? 0) ||
        (a.loc?.col ?? 0) - (b.loc?.col ?? 0) ||
        compareStrings(a.code, b.code) ||
        compareStrings(a.target ?? '', b.target ?? '') ||
        SEV_ORDER[a.severity] - SEV_ORDER[b.severity] ||
        compareStrings(a.message, b.message));
}
