// The conformance request capture (STEPS.md §3): one fresh HTTP/1.1
// connection per request to 127.0.0.1, Host/SNI from the URL, Go's
// User-Agent, no Accept-Encoding, redirects followed on the same address.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls, { type PeerCertificate, type TLSSocket } from 'node:tls';
import { asEchoJson, type EchoJson } from './echo.js';

export interface Address {
  http: number;
  https: number;
}

export interface WireRequest {
  method: string;
  scheme: 'http' | 'https';
  /** Host header; SNI too (unless it is an IP literal or carries a port). */
  host: string;
  /** Request target as sent. */
  path: string;
  /** Extra headers (replace the defaults of the same name, as Go's `req.Header = ...`). */
  headers?: Record<string, string[]>;
}

export interface Exchange {
  /** Every hop: the first request, then each redirect followed. */
  hops: WireRequest[];
  status: number;
  /** "HTTP/1.1": the response's protocol. */
  proto: string;
  /** Lower-case names, every value. */
  headers: Record<string, string[]>;
  body: string;
  echo?: EchoJson;
  /** Leaf certificate of an HTTPS hop (the last one). */
  cert?: { firstDnsSan?: string; sans: string[]; peer: PeerCertificate };
  /** Transport error instead of a response. */
  error?: string;
  /** True when no proxy ran (an evaluator decided the route); backend details are then not observed. */
  simulated?: boolean;
  /** For a simulated exchange: what the evaluator reported about the forwarded request. */
  evaluatorSaw?: { path: boolean; setHeaders?: Record<string, string>; responseHeaders?: boolean; server?: boolean };
}

export const describeWire = (r: WireRequest): string => `${r.method} ${r.scheme}://${r.host}${r.path}${r.headers ? ` ${JSON.stringify(r.headers)}` : ''}`;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_HOPS = 10;

/** Sends one request as Go's CaptureRoundTrip does, following redirects when `follow`. */
export async function capture(addr: Address, first: WireRequest, follow = true, timeoutMs = 10_000): Promise<Exchange> {
  const hops: WireRequest[] = [first];
  let req = first;
  for (;;) {
    const one = await sendOnce(addr, req, timeoutMs);
    const ex: Exchange = { ...one, hops: [...hops] };
    if (one.error || !follow || !REDIRECTS.has(one.status) || hops.length > MAX_HOPS) return ex;
    const loc = one.headers.location?.[0];
    if (!loc) return ex;
    let next: URL;
    try {
      next = new URL(loc, `${req.scheme}://${req.host}${req.path}`);
    } catch {
      return ex;
    }
    const scheme = next.protocol === 'https:' ? 'https' : 'http';
    // Go: same method, Location's scheme and hostname (port removed), path without query, same address.
    req = { method: req.method, scheme, host: next.hostname, path: next.pathname || '/', ...(req.headers ? { headers: req.headers } : {}) };
    hops.push(req);
  }
}

type Once = Omit<Exchange, 'hops'>;

function sendOnce(addr: Address, r: WireRequest, timeoutMs: number): Promise<Once> {
  const headers: Record<string, string | string[]> = { Host: r.host };
  if (r.headers) {
    for (const [k, v] of Object.entries(r.headers)) if (k.toLowerCase() !== 'host') headers[k] = v;
  }
  if (!Object.keys(headers).some((k) => k.toLowerCase() === 'user-agent')) headers['User-Agent'] = 'Go-http-client/1.1';
  // Go sends Content-Length: 0 for bodiless POST/PUT/PATCH; Node would otherwise chunk.
  if (['POST', 'PUT', 'PATCH'].includes(r.method.toUpperCase())) headers['Content-Length'] = '0';
  const port = r.scheme === 'https' ? addr.https : addr.http;
  const sniHost = r.host.replace(/:\d+$/, '');
  const base = { host: '127.0.0.1', port, method: r.method, path: r.path, headers, agent: false as const };
  return new Promise<Once>((resolve) => {
    let done = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (o: Once) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(o);
    };
    const onResponse = (res: http.IncomingMessage) => {
      let cert: Exchange['cert'];
      if (r.scheme === 'https') {
        const peer = (res.socket as TLSSocket).getPeerCertificate?.();
        if (peer && Object.keys(peer).length > 0) {
          const sans = (peer.subjectaltname ?? '')
            .split(/,\s*/)
            .filter((s) => s.startsWith('DNS:'))
            .map((s) => s.slice(4));
          cert = { sans, peer, ...(sans[0] !== undefined ? { firstDnsSan: sans[0] } : {}) };
        }
      }
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', (e) => finish({ status: 0, proto: '', headers: {}, body: '', error: e.message }));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const hdrs: Record<string, string[]> = {};
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) (hdrs[res.rawHeaders[i]!.toLowerCase()] ??= []).push(res.rawHeaders[i + 1]!);
        const echo = asEchoJson(body);
        finish({
          status: res.statusCode ?? 0,
          proto: `HTTP/${res.httpVersion}`,
          headers: hdrs,
          body,
          ...(echo ? { echo } : {}),
          ...(cert ? { cert } : {}),
        });
      });
    };
    let cr: http.ClientRequest;
    try {
      cr =
        r.scheme === 'https'
          ? https.request(
              { ...base, rejectUnauthorized: false, ...(sniHost && net.isIP(sniHost) === 0 ? { servername: sniHost } : {}) },
              onResponse,
            )
          : http.request(base, onResponse);
    } catch (e) {
      finish({ status: 0, proto: '', headers: {}, body: '', error: (e as Error).message });
      return;
    }
    timer = setTimeout(() => cr.destroy(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    cr.on('error', (e) => finish({ status: 0, proto: '', headers: {}, body: '', error: e.message }));
    cr.end();
  });
}

/** Standard SAN matching (wildcards allowed), as Go's VerifyHostname. */
export function certValidFor(peer: PeerCertificate, host: string): boolean {
  return tls.checkServerIdentity(host, peer) === undefined;
}

/**
 * The TLS 1.2 suite (OpenSSL's name) a handshake offering only `ciphers` (an OpenSSL list, in the
 * client's order of preference) agrees on with the HTTPS listener, or null when it is refused.
 */
export function tls12Cipher(addr: Address, servername: string, ciphers: string): Promise<string | null> {
  return new Promise((resolve) => {
    const s = tls.connect({ host: '127.0.0.1', port: addr.https, servername, ciphers, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2', rejectUnauthorized: false, ALPNProtocols: ['http/1.1'] });
    const done = (cipher: string | null): void => {
      s.destroy();
      resolve(cipher);
    };
    s.setTimeout(5000, () => done(null));
    s.once('secureConnect', () => done(s.getCipher().name));
    s.once('error', () => done(null));
  });
}
