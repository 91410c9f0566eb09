/**
 * Shortest edit script between two line arrays (Myers' O(ND) greedy algorithm). Common head and
 * tail are trimmed first, and only the band [-d, d] of each round is kept for the backtrack, so
 * memory is O(D²) for D differences, not O((N+M)·D).
 */
export function diffLines(a, b) {
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head])
        head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
        tail++;
    const A = a.slice(head, a.length - tail);
    const B = b.slice(head, b.length - tail);
    const middle = middleScript(A, B);
    return [
        ...a.slice(0, head).map((line) => ({ op: ' ', line })),
        ...middle,
        ...a.slice(a.length - tail).map((line) => ({ op: ' ', line })),
    ];
}
function middleScript(a, b) {
    const n = a.length;
    const m = b.length;
    if (n === 0)
        return b.map((line) => ({ op: '+', line }));
    if (m === 0)
        return a.map((line) => ({ op: '-', line }));
    const max = n + m;
    const off = max + 1;
    const v = new Int32Array(2 * max + 3);
    // trace[d] = v[-d..d] as it was before round d (so trace[d][k + d] is v[k]).
    const trace = [];
    let found = -1;
    for (let d = 0; d <= max && found < 0; d++) {
        trace.push(v.slice(off - d, off + d + 1));
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[off + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    const out = [];
    let x = n;
    let y = m;
    for (let d = found; d >= 0; d--) {
        const t = trace[d];
        const at = (k) => t[k + d];
        const k = x - y;
        let prevK;
        if (d === 0)
            prevK = 0;
        else
            prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
        const prevX = d === 0 ? 0 : at(prevK);
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            out.push({ op: ' ', line: a[x - 1] });
            x--;
            y--;
        }
        if (d > 0) {
            if (x === prevX)
                out.push({ op: '+', line: b[y - 1] });
            else
                out.push({ op: '-', line: a[x - 1] });
        }
        x = prevX;
        y = prevY;
    }
    return out.reverse();
}
/** Text → lines; a last line without "\n" carries the unified-diff marker so it differs from one with it. */
export function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    else
        lines[lines.length - 1] += '\n\\ No newline at end of file';
    return lines;
}
/**
 * Unified diff ("---/+++" header, "@@ -l,s +l,s @@" hunks, `context` lines around each change) of
 * two texts; "" when they are equal. `oldName`/`newName` "/dev/null" for added/removed files.
 */
export function unifiedDiff(oldText, newText, oldName, newName, context = 3) {
    const edits = diffLines(splitLines(oldText), splitLines(newText));
    if (!edits.some((e) => e.op !== ' '))
        return '';
    const out = [`--- ${oldName}`, `+++ ${newName}`];
    // Old/new line number (1-based) before each edit.
    const pos = [];
    let la = 1;
    let lb = 1;
    for (const e of edits) {
        pos.push({ a: la, b: lb });
        if (e.op !== '+')
            la++;
        if (e.op !== '-')
            lb++;
    }
    let i = 0;
    while (i < edits.length) {
        while (i < edits.length && edits[i].op === ' ')
            i++;
        if (i >= edits.length)
            break;
        const start = Math.max(0, i - context);
        let end = i; // exclusive end of the hunk
        let lastChange = i;
        for (let j = i; j < edits.length; j++) {
            if (edits[j].op !== ' ')
                lastChange = j;
            else if (j - lastChange > 2 * context)
                break;
            end = j + 1;
        }
        end = Math.min(edits.length, lastChange + 1 + context);
        const hunk = edits.slice(start, end);
        const aCount = hunk.filter((e) => e.op !== '+').length;
        const bCount = hunk.filter((e) => e.op !== '-').length;
        const aStart = aCount === 0 ? pos[start].a - 1 : pos[start].a;
        const bStart = bCount === 0 ? pos[start].b - 1 : pos[start].b;
        out.push(`@@ -${aStart},${aCount} +${bStart},${bCount} @@`);
        for (const e of hunk)
            out.push(`${e.op}${e.line}`);
        i = end;
    }
    return out.join('\n') + '\n';
}
