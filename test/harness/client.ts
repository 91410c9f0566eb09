// Minimal HTTP(S) client for e2e tests: always dials 127.0.0.1, sends the
// Host header and request target verbatim, and reports the TLS peer
// certificate so SNI-based certificate selection can be asserted.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import type { TLSSocket } from 'node:tls';

export type SendRequest = {
  port: number;
  /** Host header, sent verbatim (may carry a port or upper case). Default: 127.0.0.1:<port>. */
  host?: string;
  /** Request target, sent verbatim (no normalisation of `..`, `//`, `%2F`). */
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  tls?: {
    /** SNI; defaults to the Host header without its port (none for IP literals). */
    servername?: string;
    ca?: string | Buffer;
    /** Defaults to true when `ca` is given, else false (self-signed test certs). */
    rejectUnauthorized?: boolean;
    /** A client certificate and its key (PEM), for hosts that require one. */
    cert?: string;
    key?: string;
  };
  timeoutMs?: number;
  /** Source address of the connection (any 127.0.0.0/8 address works on Linux loopback). */
  localAddress?: string;
  /** A keep-alive agent, to send several requests on one connection (default: a fresh connection). */
  agent?: http.Agent;
  /** Bytes written on the connection before anything else (a PROXY protocol header), below TLS. */
  preamble?: string;
};

/** A connection that starts with `req.preamble`, then TLS when `req.tls`. */
function preambled(req: SendRequest, o: { servername?: string; rejectUnauthorized?: boolean; ca?: string | Buffer }): net.Socket {
  const raw = net.connect({ host: '127.0.0.1', port: req.port, ...(req.localAddress !== undefined ? { localAddress: req.localAddress } : {}) });
  raw.write(req.preamble!);
  if (!req.tls) return raw;
  return tls.connect({ socket: raw, ...(o.servername !== undefined ? { servername: o.servername } : {}), rejectUnauthorized: o.rejectUnauthorized ?? false, ...(o.ca !== undefined ? { ca: o.ca } : {}) });
}

export type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The body's bytes as received (a compressed body is no text). */
  raw?: Buffer;
  /** Parsed body when it is JSON. */
  json?: any;
  peerCN?: string;
  peerSAN?: string;
};

const DEFAULT_TIMEOUT_MS = 5000;

function hostWithoutPort(host: string): string {
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']')); // [::1]:443
  const i = host.lastIndexOf(':');
  return i >= 0 && host.indexOf(':') === i ? host.slice(0, i) : host;
}

export function send(req: SendRequest): Promise<Reply> {
  const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const headers: Record<string, string> = { ...(req.headers ?? {}) };
  if (req.host !== undefined) {
    for (const k of Object.keys(headers)) if (k.toLowerCase() === 'host') delete headers[k];
    headers['Host'] = req.host;
  }
  if (req.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(req.body));

  const base = {
    host: '127.0.0.1',
    port: req.port,
    method: req.method ?? 'GET',
    path: req.path,
    headers,
    // A fresh connection per request (no cross-test socket reuse); with a preamble, createConnection's (no agent).
    agent: req.preamble !== undefined ? undefined : (req.agent ?? (false as const)),
    ...(req.localAddress !== undefined ? { localAddress: req.localAddress } : {}),
    ...(req.preamble !== undefined ? { createConnection: ((o: { servername?: string; rejectUnauthorized?: boolean; ca?: string | Buffer }) => preambled(req, o)) as unknown as http.RequestOptions['createConnection'] } : {}),
  };
  const what = `${base.method} ${req.tls ? 'https' : 'http'}://127.0.0.1:${req.port}${req.path} (Host: ${req.host ?? 'default'})`;

  return new Promise<Reply>((resolve, reject) => {
    let r: http.ClientRequest;
    const onResponse = (res: http.IncomingMessage) => {
      let peerCN: string | undefined;
      let peerSAN: string | undefined;
      if (req.tls) {
        // Read now: the certificate is unavailable once the socket closes.
        const cert = (res.socket as TLSSocket).getPeerCertificate?.();
        if (cert && Object.keys(cert).length > 0) {
          const cn = cert.subject?.CN;
          peerCN = Array.isArray(cn) ? cn[0] : cn;
          peerSAN = cert.subjectaltname;
        }
      }
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', fail);
      res.on('end', () => {
        clearTimeout(timer);
        const raw = Buffer.concat(chunks);
        const body = raw.toString('utf8');
        const reply: Reply = { status: res.statusCode ?? 0, headers: res.headers, body, raw };
        const ctype = String(res.headers['content-type'] ?? '');
        const trimmed = body.trimStart();
        if (ctype.includes('json') || trimmed.startsWith('{') || trimmed.startsWith('[')) {
          try {
            reply.json = JSON.parse(body);
          } catch {
            /* not JSON after all: leave json undefined */
          }
        }
        if (peerCN !== undefined) reply.peerCN = peerCN;
        if (peerSAN !== undefined) reply.peerSAN = peerSAN;
        resolve(reply);
      });
    };
    function fail(err: Error) {
      clearTimeout(timer);
      reject(new Error(`${what}: ${err.message}`, { cause: err }));
    }
    // A whole-request deadline (not an idle timeout) so a trickling reply can't hang a test.
    const timer = setTimeout(
      () => r.destroy(new Error(`timed out after ${timeoutMs} ms`)),
      timeoutMs,
    );
    try {
      if (req.tls) {
        const sniHost = req.tls.servername ?? (req.host !== undefined ? hostWithoutPort(req.host) : undefined);
        const servername = sniHost && net.isIP(sniHost) === 0 ? sniHost : undefined;
        r = https.request(
          {
            ...base,
            ...(servername !== undefined ? { servername } : {}),
            ...(req.tls.ca !== undefined ? { ca: req.tls.ca } : {}),
            ...(req.tls.cert !== undefined ? { cert: req.tls.cert, key: req.tls.key } : {}),
            rejectUnauthorized: req.tls.rejectUnauthorized ?? req.tls.ca !== undefined,
          },
          onResponse,
        );
      } else {
        r = http.request(base, onResponse);
      }
    } catch (err) {
      clearTimeout(timer); // e.g. ERR_UNESCAPED_CHARACTERS for a path with spaces
      reject(err);
      return;
    }
    r.on('error', fail);
    r.end(req.body);
  });
}

/**
 * A POST with "Expect: 100-continue", the body sent only after "100 Continue": a proxy refusing the
 * declared size answers 413 first, and closes without reading a body that was never sent (writing
 * it anyway races the close: EPIPE instead of the status).
 */
export function postExpectingContinue(port: number, host: string, path: string, from: string, bytes: number): Promise<{ status: number; service?: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', localAddress: from, agent: false, headers: { Host: host, 'Content-Length': String(bytes), Expect: '100-continue' } });
    const timer = setTimeout(() => req.destroy(new Error(`POST ${host}${path}: timed out`)), 20_000);
    let sent = false;
    // Once: a proxy may answer 100 Continue more than once (Caddy: its own, then the upstream's).
    req.on('continue', () => {
      if (sent || req.writableEnded) return;
      sent = true;
      req.end(Buffer.alloc(bytes, 'x'));
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        clearTimeout(timer);
        let service: string | undefined;
        try {
          service = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { service?: string }).service;
        } catch {
          /* a proxy's own page */
        }
        resolve({ status: res.statusCode ?? 0, ...(service !== undefined ? { service } : {}) });
        req.destroy();
      });
    });
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    req.flushHeaders();
  });
}
