const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
export function normalizeRequestPath(target) {
    const raw = target.split('?', 1)[0] || '/';
    let decoded = '';
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if (c !== '%') {
            decoded += c;
            continue;
        }
        const hex = raw.slice(i + 1, i + 3);
        if (!/^[0-9A-Fa-f]{2}$/.test(hex))
            return bad(`invalid escape "${raw.slice(i, i + 3)}"`);
        const upper = hex.toUpperCase();
        if (upper === '2F' || upper === '5C' || upper === '00')
            return bad(`escaped ${upper === '2F' ? 'slash' : upper === '5C' ? 'backslash' : 'NUL'} "%${hex}"`);
        const ch = String.fromCharCode(parseInt(hex, 16));
        decoded += UNRESERVED.test(ch) ? ch : `%${hex}`;
        i += 2;
    }
    const segments = decoded.replace(/\/{2,}/g, '/').split('/').slice(1);
    const out = [];
    for (let i = 0; i < segments.length; i++) {
        const seg = segments[i];
        const last = i === segments.length - 1;
        if (seg === '..') {
            if (out.length === 0)
                return bad('".." above the root');
            out.pop();
        }
        else if (seg !== '.') {
            out.push(seg);
            continue;
        }
        if (last)
            out.push('');
    }
    return { ok: true, path: `/${out.join('/')}` };
}
const bad = (reason) => ({ ok: false, status: 400, reason });
