// Tiny DNS responders on 127.0.0.1 (UDP) for the live tests: startDns answers every A query with
// 127.0.0.1, startDnsResponder only the names it is given (NXDOMAIN for the others), so a test can
// prove which names a proxy resolves, and when.
import dgram from 'node:dgram';

export type DnsServer = { port: number; queries: string[]; close(): Promise<void> };

/** A query's id, first question (lower case, no trailing dot) and where the question ends; undefined for anything else. */
export function decodeQuery(msg: Buffer): { id: number; name: string; qtype: number; questionEnd: number } | undefined {
  if (msg.length < 12 || (msg[2]! & 0x80) !== 0 || msg.readUInt16BE(4) < 1) return undefined;
  let i = 12;
  const labels: string[] = [];
  while (i < msg.length && msg[i] !== 0) {
    const len = msg[i]!;
    if (len > 63 || i + 1 + len > msg.length) return undefined; // compression pointers never occur in a question
    labels.push(msg.subarray(i + 1, i + 1 + len).toString('ascii').toLowerCase());
    i += len + 1;
  }
  if (i + 5 > msg.length) return undefined;
  return { id: msg.readUInt16BE(0), name: labels.join('.'), qtype: msg.readUInt16BE(i + 1), questionEnd: i + 5 };
}

/**
 * The answer to `query` (the bytes it came in): an A record (TTL 5 s) with `address` when the
 * question is type A, no record for another type of a known name (NODATA), NXDOMAIN when
 * `address` is undefined. Authoritative, recursion available; the question is echoed.
 */
export function encodeAnswer(query: Buffer, q: NonNullable<ReturnType<typeof decodeQuery>>, address: string | undefined): Buffer {
  const header = Buffer.alloc(12);
  header.writeUInt16BE(q.id, 0);
  const rd = query[2]! & 0x01;
  header[2] = 0x80 | 0x04 | rd; // QR, AA, RD copied
  header[3] = 0x80 | (address === undefined ? 3 : 0); // RA, RCODE
  header.writeUInt16BE(1, 4);
  const answer =
    address !== undefined && q.qtype === 1 ? Buffer.from([0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 5, 0, 4, ...address.split('.').map(Number)]) : Buffer.alloc(0);
  header.writeUInt16BE(answer.length ? 1 : 0, 6);
  return Buffer.concat([header, query.subarray(12, q.questionEnd), answer]);
}

function serve(lookup: (name: string) => string | undefined): Promise<DnsServer> {
  const sock = dgram.createSocket('udp4');
  const queries: string[] = [];
  sock.on('message', (msg, rinfo) => {
    const q = decodeQuery(msg);
    if (!q) return;
    queries.push(q.name);
    sock.send(encodeAnswer(msg, q, lookup(q.name)), rinfo.port, rinfo.address);
  });
  return new Promise((resolve, reject) => {
    sock.once('error', reject);
    sock.bind(0, '127.0.0.1', () => {
      resolve({ port: sock.address().port, queries, close: () => new Promise<void>((done) => sock.close(() => done())) });
    });
  });
}

/** Answers every name with 127.0.0.1. */
export function startDns(): Promise<DnsServer> {
  return serve(() => '127.0.0.1');
}

/**
 * Answers A queries for the names in `records` (case-insensitive, without a trailing dot) with
 * their IPv4 address (127.0.0.x: loopback), NXDOMAIN for every other name. `queries` lists every
 * name asked, in order.
 */
export function startDnsResponder(records: Readonly<Record<string, string>>): Promise<DnsServer> {
  const known = new Map(Object.entries(records).map(([n, a]) => [n.toLowerCase().replace(/\.$/, ''), a]));
  for (const a of known.values()) if (!/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a)) throw new Error(`startDnsResponder: ${a} is not a 127.x address`);
  return serve((name) => known.get(name));
}

export type SilentDns = { host: string; port: number; close(): Promise<void> };

/**
 * A DNS server that never answers: a UDP socket that reads queries and drops them, as a resolver
 * behind a broken network does. Port 53 on a random 127.x address when the process may bind it
 * (so a resolv.conf, which cannot name a port, can point at it), else a random port on 127.0.0.1.
 */
export async function startSilentDns(): Promise<SilentDns> {
  const bind = (host: string, port: number): Promise<dgram.Socket | undefined> =>
    new Promise((resolve) => {
      const sock = dgram.createSocket('udp4');
      sock.on('message', () => {});
      sock.once('error', () => resolve(undefined));
      sock.bind(port, host, () => resolve(sock));
    });
  const host = `127.${53 + Math.floor(Math.random() * 150)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
  const on53 = await bind(host, 53);
  const sock = on53 ?? (await bind('127.0.0.1', 0));
  if (!sock) throw new Error('cannot bind a UDP socket on loopback');
  return { host: on53 ? host : '127.0.0.1', port: sock.address().port, close: () => new Promise<void>((done) => sock.close(() => done())) };
}
