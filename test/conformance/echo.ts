// The conformance echo server (STEPS.md §2): a loopback stand-in for
// `ingress-conformance-echo`. Answers `/health` with `OK`, anything else with
// the JSON the Go server produces (one-space indent, Go-canonical header names,
// no `Server` header), so the steps can check what the proxy forwarded.
import http from 'node:http';
import https from 'node:https';
import { listenLoopback } from '../harness/echo.js';

export interface EchoIdentity {
  service: string;
  ingress: string;
  namespace: string;
  pod: string;
}

/** What the echo reports about the request it received (the Go server's JSON). */
export interface EchoJson {
  path: string;
  host: string;
  method: string;
  proto: string;
  headers: Record<string, string[]>;
  namespace: string;
  ingress: string;
  service: string;
  pod: string;
}

export interface ConformanceEcho {
  identity: EchoIdentity;
  port: number;
  close(): Promise<void>;
}

/** Go's textproto.CanonicalMIMEHeaderKey for ASCII names: `x-forwarded-for` → `X-Forwarded-For`. */
export function canonicalHeader(name: string): string {
  if (!/^[A-Za-z0-9-]+$/.test(name)) return name;
  return name
    .toLowerCase()
    .split('-')
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join('-');
}

/** Header map as Go's `r.Header` shows it: canonical names, arrays of values, no Host. */
export function goHeaders(rawHeaders: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = canonicalHeader(rawHeaders[i]!);
    if (name === 'Host') continue;
    (out[name] ??= []).push(rawHeaders[i + 1]!);
  }
  return out;
}

/** With `tls`, the echo terminates TLS itself with that certificate (an ssl-passthrough backend). */
export function startConformanceEcho(identity: EchoIdentity, tls?: { cert: string; key: string }): Promise<ConformanceEcho> {
  const handler: http.RequestListener = (req, res) => {
    req.resume();
    req.on('end', () => {
      const target = req.url ?? '/';
      // Go's server routes on URL.Path with "//" collapsed; only /health is special.
      const pathOnly = (target.split('?')[0] ?? '').replace(/\/\/+/g, '/');
      if (pathOnly === '/health') {
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': '2' });
        res.end('OK');
        return;
      }
      const body: EchoJson = {
        path: target,
        host: req.headers.host ?? '',
        method: req.method ?? '',
        proto: `HTTP/${req.httpVersion}`,
        headers: goHeaders(req.rawHeaders),
        namespace: identity.namespace,
        ingress: identity.ingress,
        service: identity.service,
        pod: identity.pod,
      };
      const text = JSON.stringify(body, null, 1);
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'X-Content-Type-Options': 'nosniff',
        'Content-Length': String(Buffer.byteLength(text)),
      });
      res.end(text);
    });
    req.on('error', () => res.destroy());
  };
  // https.Server serves the same request events; listenLoopback only listens and closes it.
  const server = tls ? (https.createServer(tls, handler) as unknown as http.Server) : http.createServer(handler);
  return listenLoopback(server).then(({ port, close }) => ({ identity, port, close }));
}

/** Is this parsed body the echo's JSON (a JSON object with a string `service`)? */
export function asEchoJson(body: string): EchoJson | undefined {
  try {
    const v: unknown = JSON.parse(body);
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { service?: unknown }).service === 'string') return v as EchoJson;
  } catch {
    /* not JSON */
  }
  return undefined;
}
