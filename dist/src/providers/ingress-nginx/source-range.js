import { isIP } from '../../util/is-ip.js';
const PREFIX_LEN = /^(0|[1-9][0-9]{0,2})$/;
export function parseSourceRange(value) {
    const out = new Set();
    for (const raw of value.split(',')) {
        const entry = raw.trim();
        if (entry === '')
            return { error: `empty entry in ${JSON.stringify(value)}: expected comma-separated IPv4/IPv6 addresses or CIDRs (e.g. "10.0.0.0/8, 192.168.1.1")` };
        const c = parseCidr(entry);
        if (typeof c !== 'string')
            return { error: `${JSON.stringify(entry)} is not an IP address or CIDR: ${c.error}` };
        out.add(c);
    }
    return { cidrs: [...out].sort(compareCidrs) };
}
function parseCidr(entry) {
    const slash = entry.indexOf('/');
    const addr = slash < 0 ? entry : entry.slice(0, slash);
    const family = addr.includes('%') ? 0 : isIP(addr);
    if (family === 0)
        return { error: 'expected an IPv4 address (four decimal numbers 0-255, no leading zeros) or an IPv6 address' };
    const bits = family === 4 ? 32 : 128;
    let len = bits;
    if (slash >= 0) {
        const p = entry.slice(slash + 1);
        if (!PREFIX_LEN.test(p) || Number(p) > bits)
            return { error: `expected a prefix length 0-${bits} after "/"` };
        len = Number(p);
    }
    const n = family === 4 ? v4ToBig(addr) : v6ToBig(addr);
    const mask = len === 0 ? 0n : ((1n << BigInt(len)) - 1n) << BigInt(bits - len);
    const net = n & mask;
    return `${family === 4 ? bigToV4(net) : bigToV6(net)}/${len}`;
}
const v4ToBig = (a) => a.split('.').reduce((acc, o) => (acc << 8n) | BigInt(Number(o)), 0n);
const bigToV4 = (n) => [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join('.');
function v6ToBig(a) {
    // An embedded IPv4 tail ("::ffff:1.2.3.4") becomes two groups.
    const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
    let text = a;
    if (v4) {
        const n = v4ToBig(v4[1]);
        text = `${a.slice(0, v4.index)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
    }
    const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
    const h = head === '' ? [] : head.split(':');
    const t = tail === undefined || tail === '' ? [] : tail.split(':');
    const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
    return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}
/** RFC 5952 text (as Go's IP.String for a non-mapped address): lower case, the longest run of 2+ zero groups as "::". */
function bigToV6(n) {
    const g = Array.from({ length: 8 }, (_, i) => Number((n >> BigInt((7 - i) * 16)) & 0xffffn));
    let best = -1, bestLen = 0;
    for (let i = 0; i < 8;) {
        if (g[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && g[j] === 0)
            j++;
        if (j - i > bestLen && j - i >= 2) {
            best = i;
            bestLen = j - i;
        }
        i = j;
    }
    const hex = g.map((x) => x.toString(16));
    if (best < 0)
        return hex.join(':');
    return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}
/** IPv4 before IPv6, then code-unit order: deterministic output. */
function compareCidrs(a, b) {
    const fa = a.includes(':') ? 1 : 0, fb = b.includes(':') ? 1 : 0;
    return fa - fb || (a < b ? -1 : a > b ? 1 : 0);
}
