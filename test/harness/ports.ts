// Free-port allocation for proxies and backends.
//
// Listening on port 0 and closing is inherently racy (someone else may grab
// the port before the proxy binds it); proxies.ts compensates by detecting
// bind failures / foreign listeners and retrying with fresh ports.
import net from 'node:net';

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close((err) => (err || !port ? reject(err ?? new Error('freePort: no port')) : resolve(port)));
    });
  });
}

/** `n` distinct free ports (the kernel may hand back a just-closed port twice). */
export async function freePorts(n: number): Promise<number[]> {
  const out: number[] = [];
  for (let tries = 0; out.length < n; tries++) {
    if (tries > 50) throw new Error(`freePorts: could not find ${n} distinct ports`);
    const p = await freePort();
    if (!out.includes(p)) out.push(p);
  }
  return out;
}
