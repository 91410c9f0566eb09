// A tiny DNS responder on 127.0.0.1 (UDP) that answers every A query with 127.0.0.1, so tests can
// prove that a proxy resolves cluster names at request time without touching the real DNS.
import dgram from 'node:dgram';

export type DnsServer = { port: number; queries: string[]; close(): Promise<void> };

export function startDns(): Promise<DnsServer> {
  const sock = dgram.createSocket('udp4');
  const queries: string[] = [];
  sock.on('message', (msg, rinfo) => {
    if (msg.length < 12) return;
    // Question: labels, then QTYPE and QCLASS.
    let i = 12;
    const labels: string[] = [];
    while (i < msg.length && msg[i] !== 0) {
      const len = msg[i]!;
      labels.push(msg.subarray(i + 1, i + 1 + len).toString('ascii'));
      i += len + 1;
    }
    const qEnd = i + 5; // zero byte + QTYPE + QCLASS
    if (qEnd > msg.length) return;
    const qtype = msg.readUInt16BE(i + 1);
    queries.push(labels.join('.'));
    const header = Buffer.alloc(12);
    msg.copy(header, 0, 0, 2); // id
    header.writeUInt16BE(0x8180, 2); // response, recursion desired + available, NOERROR
    header.writeUInt16BE(1, 4);
    const answer = qtype === 1 ? Buffer.from([0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 5, 0, 4, 127, 0, 0, 1]) : Buffer.alloc(0);
    header.writeUInt16BE(qtype === 1 ? 1 : 0, 6);
    sock.send(Buffer.concat([header, msg.subarray(12, qEnd), answer]), rinfo.port, rinfo.address);
  });
  return new Promise((resolve, reject) => {
    sock.once('error', reject);
    sock.bind(0, '127.0.0.1', () => {
      resolve({ port: sock.address().port, queries, close: () => new Promise<void>((done) => sock.close(() => done())) });
    });
  });
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
