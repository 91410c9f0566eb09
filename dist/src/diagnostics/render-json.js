import { CODES } from './codes.js';
export function toJsonReport(ds, files = {}) {
    const n = (s) => ds.filter((d) => d.severity === s).length;
    return {
        format: 'ingressc-lint',
        version: 1,
        summary: { errors: n('error'), warnings: n('warning'), infos: n('info'), files: files.checked?.length ?? 0, skipped: files.skipped?.length ?? 0 },
        diagnostics: ds.map((d) => {
            const j = { code: d.code, severity: d.severity, title: titleOf(d.code), message: d.message };
            if (d.loc) {
                j.file = d.loc.file;
                j.line = d.loc.line;
                j.col = d.loc.col;
                if (d.loc.endLine !== undefined)
                    j.endLine = d.loc.endLine;
                if (d.loc.endCol !== undefined)
                    j.endCol = d.loc.endCol;
            }
            if (d.field)
                j.field = d.field;
            if (d.target)
                j.target = d.target;
            return j;
        }),
    };
}
export function renderJson(ds, files = {}) {
    return JSON.stringify(toJsonReport(ds, files), null, 2) + '\n';
}
export const titleOf = (code) => CODES[code]?.title ?? code;
export const helpOf = (code) => CODES[code]?.help;
