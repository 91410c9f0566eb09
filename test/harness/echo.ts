// Echo backend: stands in for a Kubernetes Service so e2e tests can assert
// which service a request reached and exactly what the proxy forwarded.
import http from 'node:http';
import { acceptUpgrades, type UpgradeSide } from './upgrade.js';

/**
 * Paths: one ending in `/status/NNN` answers NNN with an empty body; `?bytes=N` N bytes of "x"
 * (`&type=` their Content-Type, default text/plain; `&status=` the status, default 200;
 * `&chunked=1` without Content-Length); anything
 * else the JSON below (with `?header=Name:Value` response headers).
 */
export type EchoServer = {
  service: string;
  port: number;
  url: string;
  /** WebSocket-style handshakes it answered 101 (upgrade.ts: then it echoes bytes as `<service>:...`). */
  upgrades: UpgradeSide['seen'];
  close(): Promise<void>;
};

/** Shape of the JSON every echo request returns (unless `?bytes=N`). */
export type EchoReply = {
  service: string;
  method: string;
  /** Raw request target as received (req.url), query included, never normalised. */
  path: string;
  /** Host header exactly as received (case and port preserved). */
  host: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  bodyLength: number;
};

/**
 * One echo backend per service, pushed to `into` as each starts (so the caller's `finally` closes
 * what started even when a later one fails); returns each service's port.
 */
export async function startEchoes(services: readonly string[], into: EchoServer[]): Promise<Record<string, number>> {
  const ports: Record<string, number> = {};
  for (const s of services) {
    const e = await startEcho(s);
    into.push(e);
    ports[s] = e.port;
  }
  return ports;
}

export function startEcho(service: string): Promise<EchoServer> {
  const server = http.createServer((req, res) => {
    let bodyLength = 0;
    // Always drain the body so keep-alive connections stay usable and the
    // count proves the proxy forwarded the whole upload.
    req.on('data', (chunk: Buffer) => (bodyLength += chunk.length));
    req.on('end', () => {
      const target = req.url ?? '';
      const q = target.indexOf('?');
      // `?delay=MS` (at most 10 s): a slow backend, for upstream timeouts; the reply waits that long.
      const delay = q >= 0 ? new URLSearchParams(target.slice(q + 1)).get('delay') : null;
      if (delay !== null && /^\d{1,5}$/.test(delay) && Number(delay) > 0) {
        const t = setTimeout(reply, Math.min(Number(delay), 10_000));
        res.on('close', () => clearTimeout(t));
      } else reply();
    });
    const reply = (): void => {
      if (res.destroyed) return;
      const target = req.url ?? '';
      const q = target.indexOf('?');
      // A path ending in `/status/NNN` (httpbun's form, below any prefix): that status, empty body.
      const status = /^(?:\/[^?]*)?\/status\/([2-5][0-9]{2})$/.exec(q >= 0 ? target.slice(0, q) : target);
      if (status) {
        res.writeHead(Number(status[1]), { 'content-length': 0, 'x-echo-service': service });
        res.end();
        return;
      }
      const params = new URLSearchParams(q >= 0 ? target.slice(q + 1) : '');
      const bytes = params.get('bytes');
      if (bytes !== null && /^\d+$/.test(bytes)) {
        // Large bodies exercise proxy buffering (nginx temp files, see toolchain.md §1 gotcha 1);
        // `&type=`, `&status=` and `&chunked=1` (no Content-Length) for compression tests.
        const n = Number(bytes);
        const type = params.get('type') ?? 'text/plain';
        const code = /^[2-5][0-9]{2}$/.test(params.get('status') ?? '') ? Number(params.get('status')) : 200;
        res.writeHead(code, { 'content-type': type, ...(params.get('chunked') === '1' ? {} : { 'content-length': n }), 'x-echo-service': service });
        res.end(Buffer.alloc(n, 'x'));
        return;
      }
      const reply: EchoReply = {
        service,
        method: req.method ?? '',
        path: target,
        host: req.headers.host,
        headers: req.headers, // node lowercases header names
        bodyLength,
      };
      const body = JSON.stringify(reply);
      // `?header=Name:Value` (repeatable): response headers to send, for response rewrites.
      const extra: [string, string][] = [];
      for (const h of q >= 0 ? new URLSearchParams(target.slice(q + 1)).getAll('header') : []) {
        const colon = h.indexOf(':');
        if (colon > 0) extra.push([h.slice(0, colon), h.slice(colon + 1)]);
      }
      res.writeHead(200, [
        ['content-type', 'application/json'],
        ['content-length', String(Buffer.byteLength(body))],
        ['x-echo-service', service],
        ...extra,
      ].flat());
      res.end(body);
    };
    req.on('error', () => res.destroy());
  });
  const upgrades = acceptUpgrades(server, service);
  return listenLoopback(server).then(({ port, close }) => ({
    service,
    port,
    url: `http://127.0.0.1:${port}`,
    upgrades: upgrades.seen,
    close: () => {
      upgrades.destroyAll();
      return close();
    },
  }));
}

/**
 * Listens on 127.0.0.1:<random> and returns the port and a close() that also drops idle
 * keep-alive sockets (they would block close()). Shared by every echo backend.
 */
export function listenLoopback(server: http.Server): Promise<{ port: number; close(): Promise<void> }> {
  // Proxies keep upstream connections alive; outlive their idle timeouts so
  // a proxy never races a backend-side close on a reused connection.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
