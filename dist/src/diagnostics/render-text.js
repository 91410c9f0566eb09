import { Chalk } from 'chalk';
export function colorEnabled(stream, flag) {
    if (flag === false)
        return false;
    if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '')
        return false;
    return stream.isTTY === true;
}
/** "file:line:col: severity CODE message", a two-line code frame, then a summary line. */
export function renderText(ds, opts) {
    const c = new Chalk({ level: opts.color ? 1 : 0 });
    const sev = { error: c.red.bold('error'), warning: c.yellow.bold('warning'), info: c.cyan('info') };
    const out = [];
    // Split each source once: a large input with many findings must not be re-split per finding.
    const lines = new Map();
    const linesOf = (file) => {
        let l = lines.get(file);
        const text = opts.sources?.get(file);
        if (l === undefined && text !== undefined)
            lines.set(file, (l = text.split(/\r?\n/)));
        return l;
    };
    for (const d of ds) {
        const where = d.loc ? `${d.loc.file}:${d.loc.line}:${d.loc.col}: ` : '';
        const target = d.target ? ` [${d.target}]` : '';
        out.push(`${c.bold(where)}${sev[d.severity]} ${c.dim(d.code)}${target} ${d.message}`);
        const frame = d.loc && d.severity !== 'info' ? codeFrame(linesOf(d.loc.file), d.loc.line, d.loc.col) : undefined;
        if (frame)
            out.push(c.dim(frame[0]), c.red(frame[1]));
    }
    const n = (s) => ds.filter((d) => d.severity === s).length;
    const errors = n('error'), warnings = n('warning');
    if (errors || warnings)
        out.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
    return out.length ? out.join('\n') + '\n' : '';
}
function codeFrame(lines, line, col) {
    const src = lines?.[line - 1];
    if (src === undefined)
        return undefined;
    const gutter = `${String(line).padStart(5)} | `;
    // A Secret's key material must never reach a terminal or a CI log, even as a code frame.
    if (mayHoldKeyMaterial(src))
        return [`${gutter}(line not shown: it may hold key material)`, ' '.repeat(gutter.length - 2) + '|'];
    // Control characters are shown escaped so a hostile line cannot rewrite the terminal.
    // eslint-disable-next-line no-control-regex
    const shown = src.length > 160 ? src.slice(0, 160) + '…' : src;
    const safe = shown.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, '?');
    const pad = ' '.repeat(gutter.length - 2) + '| ' + safe.slice(0, Math.max(0, col - 1)).replace(/[^\t]/g, ' ');
    return [gutter + safe, pad + '^'];
}
/** PEM armour, or a long base64 run (Secret data): not shown in code frames. */
export function mayHoldKeyMaterial(line) {
    return /PRIVATE KEY|BEGIN [A-Z ]+-----/.test(line) || /[A-Za-z0-9+/]{48,}/.test(line);
}
