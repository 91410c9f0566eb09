import { isIPv4, isIPv6 } from 'node:net';

/** IP addresses and CIDR ranges as Traefik's ip.Checker reads them (ipAllowList, ClientIP). */

interface Addr {
  bits: 32 | 128;
  value: bigint;
}

function parseAddr(s: string): Addr | undefined {
  if (isIPv4(s)) return { bits: 32, value: s.split('.').reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n) };
  if (!isIPv6(s)) return undefined;
  let text = s;
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two hex groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const n = parseAddr(v4[1]!)!.value;
    text = `${text.slice(0, v4.index)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  return { bits: 128, value: groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n) };
}

/** An IPv4-mapped IPv6 address is its IPv4 address (Go's net.IP.To4). */
function canonical(a: Addr): Addr {
  return a.bits === 128 && a.value >> 32n === 0xffffn ? { bits: 32, value: a.value & 0xffffffffn } : a;
}

/** Does `ip` fall in any of `ranges` (CIDRs or single addresses)? Throws on a malformed range. */
export function ipInRanges(ip: string, ranges: readonly string[]): boolean {
  const addr = parseAddr(ip);
  if (!addr) throw new Error(`not an IP address: ${ip}`);
  return ranges.some((r) => {
    const [base, len] = r.split('/');
    const b = parseAddr(base!);
    const prefix = len === undefined ? b?.bits : Number(len);
    if (!b || prefix === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > b.bits) throw new Error(`invalid range ${r}`);
    const a = b.bits === 32 ? canonical(addr) : addr;
    if (a.bits !== b.bits) return false;
    const shift = BigInt(b.bits - prefix);
    return a.value >> shift === b.value >> shift;
  });
}
