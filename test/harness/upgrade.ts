// WebSocket-style upgrades for e2e tests: a backend side that answers a handshake with 101 and then
// echoes every byte over the raw socket, and a client that sends a real RFC 6455 handshake
// (Sec-WebSocket-Key, Version 13; HAProxy refuses a websocket upgrade without the key, and a 101
// without Sec-WebSocket-Accept) and checks the round trip. No framing: after the 101 the bytes are
// the backend's and the client's, which is all a proxy sees of a WebSocket.
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
export const wsAccept = (key: string): string => createHash('sha1').update(key + WS_GUID).digest('base64');

export interface UpgradeSide {
  /** Handshakes the backend answered 101, in order: what each request looked like. */
  readonly seen: { path: string; headers: http.IncomingHttpHeaders }[];
  /** Ends every upgraded socket (a server does not track them: close() would wait for them). */
  destroyAll(): void;
}

/**
 * Makes `server` answer every upgrade with 101 (Upgrade echoed, Sec-WebSocket-Accept when a key
 * came) and then echo the tunnel's bytes after one `<service>:`, so the client knows the backend,
 * not the proxy, saw its bytes. The prefix comes once, not per chunk: a tunnel is a byte stream and
 * a proxy may split a message (Caddy, like any Go server, can pass the first byte read alone).
 */
export function acceptUpgrades(server: http.Server | https.Server, service: string): UpgradeSide {
  const sockets = new Set<Duplex>();
  const seen: UpgradeSide['seen'] = [];
  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    seen.push({ path: req.url ?? '', headers: req.headers });
    const key = req.headers['sec-websocket-key'];
    const accept = typeof key === 'string' ? `Sec-WebSocket-Accept: ${wsAccept(key)}\r\n` : '';
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: ${req.headers.upgrade ?? ''}\r\nConnection: Upgrade\r\n${accept}\r\n`);
    let prefix: Buffer | undefined = Buffer.from(`${service}:`);
    const echo = (d: Buffer): void => {
      socket.write(prefix ? Buffer.concat([prefix, d]) : d);
      prefix = undefined;
    };
    // Bytes that came with the handshake in one read are `head`, not a 'data' event: echo them too.
    if (head.length) echo(head);
    socket.on('data', echo);
  });
  return { seen, destroyAll: () => sockets.forEach((s) => s.destroy()) };
}

export interface UpgradeRequest {
  port: number;
  host: string;
  path?: string;
  /** HTTPS with this SNI (self-signed certificates accepted), and a client certificate when given (PEM). */
  tls?: { servername: string; cert?: string; key?: string };
  localAddress?: string;
  /** Upgrade header value (default "websocket"). */
  protocol?: string;
  /** Origin header (browsers send one with every handshake). */
  origin?: string;
  /** More request headers (browsers also send Accept-Encoding). */
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export interface UpgradeResult {
  /** The answer's status: 101 when upgraded. */
  status: number;
  headers: http.IncomingHttpHeaders;
  /** 101 only: Sec-WebSocket-Accept matched the key sent. */
  acceptOk?: boolean;
  /** 101 only: the bytes that came back for the client's message (`<service>:ping-N` from the backend). */
  reply?: string;
}

/**
 * Sends a WebSocket handshake; on 101 writes a message and waits for the backend's answer to it
 * (client → backend and backend → client over the tunnel). Never rejects for a refusal: the status says it.
 */
export function upgradeRequest(q: UpgradeRequest): Promise<UpgradeResult> {
  const key = randomBytes(16).toString('base64');
  const message = `ping-${randomBytes(4).toString('hex')}`;
  return new Promise((resolve, reject) => {
    let settled = false;
    // What came so far, for the timeout's message: a silent proxy and an incomplete echo differ.
    let sofar = 'no status';
    // An upgraded socket has no request timeout: this timer bounds the whole exchange.
    const timer = setTimeout(() => finish(new Error(`upgrade ${q.host}${q.path ?? '/'}: no complete answer in ${q.timeoutMs ?? 10_000} ms (${sofar})`)), q.timeoutMs ?? 10_000);
    const finish = (v: UpgradeResult | Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (v instanceof Error) reject(v);
      else resolve(v);
    };
    const opts: https.RequestOptions = {
      host: '127.0.0.1',
      port: q.port,
      path: q.path ?? '/',
      agent: false,
      ...(q.localAddress ? { localAddress: q.localAddress } : {}),
      headers: { Host: q.host, Connection: 'Upgrade', Upgrade: q.protocol ?? 'websocket', 'Sec-WebSocket-Key': key, 'Sec-WebSocket-Version': '13', ...(q.origin ? { Origin: q.origin } : {}), ...q.headers },
      ...(q.tls ? { servername: q.tls.servername, rejectUnauthorized: false, ...(q.tls.cert ? { cert: q.tls.cert, key: q.tls.key } : {}) } : {}),
    };
    const r = (q.tls ? https : http).request(opts);
    r.on('upgrade', (res: http.IncomingMessage, socket: Duplex, head: Buffer) => {
      let got = head.toString();
      const want = message.length;
      sofar = `101, then ${JSON.stringify(got)} through the tunnel`;
      socket.on('data', (d: Buffer) => {
        got += d.toString();
        sofar = `101, then ${JSON.stringify(got)} through the tunnel`;
        if (got.length >= want && got.endsWith(message)) done();
      });
      socket.on('error', () => done());
      socket.on('close', () => done());
      const done = (): void => {
        socket.destroy();
        finish({ status: res.statusCode ?? 0, headers: res.headers, acceptOk: res.headers['sec-websocket-accept'] === wsAccept(key), reply: got });
      };
      socket.write(message);
    });
    r.on('response', (res) => {
      res.resume();
      res.on('end', () => finish({ status: res.statusCode ?? 0, headers: res.headers }));
      res.on('error', () => finish({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    r.on('error', (e) => finish(e));
    r.end();
  });
}

/** The reply a backend of `service` gives to a successful round trip of upgradeRequest. */
export const upgradedBy = (r: UpgradeResult): string | undefined => (r.status === 101 && r.acceptOk && r.reply ? /^([^:]+):ping-[0-9a-f]{8}$/.exec(r.reply)?.[1] : undefined);
