// Echo backends that speak TLS (backend-protocol HTTPS) and gRPC (GRPC, GRPCS), so tests assert
// what the proxy really sent: SNI, client certificate, :authority, content-type.
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import * as grpc from '@grpc/grpc-js';
import type { CertPair } from './certs.js';
import { acceptUpgrades, type UpgradeSide } from './upgrade.js';

export type TlsEchoReply = {
  service: string;
  method: string;
  path: string;
  host: string | undefined;
  /** SNI the proxy sent (false: none). */
  sni: string | false;
  /** CN of the client certificate the proxy presented, if any. */
  clientCN?: string;
  headers: Record<string, string | string[] | undefined>;
};

export type TlsEcho = { service: string; port: number; close(): Promise<void> };
/** `upgrades`: the WebSocket-style handshakes it answered 101 (upgrade.ts). */
export type HttpsEcho = TlsEcho & { upgrades: UpgradeSide['seen'] };

/**
 * An HTTPS echo backend with `cert`; with `clientCa` it asks for a client certificate and records
 * its CN when it chains to that CA (a connection without one is still answered: the reply says).
 */
export function startHttpsEcho(service: string, cert: CertPair, clientCa?: string, tlsOptions: { minVersion?: 'TLSv1.2' | 'TLSv1.3'; maxVersion?: 'TLSv1.2' | 'TLSv1.3'; ciphers?: string } = {}): Promise<HttpsEcho> {
  const server = https.createServer({ cert: cert.cert, key: cert.key, ...tlsOptions, ...(clientCa ? { requestCert: true, rejectUnauthorized: false, ca: clientCa } : {}) }, (req, res) => {
    req.resume();
    req.on('end', () => {
      const sock = req.socket as TLSSocket;
      const peer = clientCa && sock.authorized ? sock.getPeerCertificate() : undefined;
      const reply: TlsEchoReply = {
        service,
        method: req.method ?? '',
        path: req.url ?? '',
        host: req.headers.host,
        sni: (sock as TLSSocket & { servername?: string | false }).servername ?? false,
        ...(peer?.subject?.CN ? { clientCN: String(peer.subject.CN) } : {}),
        headers: req.headers,
      };
      const body = JSON.stringify(reply);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-echo-service': service });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 65_000;
  const upgrades = acceptUpgrades(server, service);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      const close = (): Promise<void> => new Promise<void>((done) => { upgrades.destroyAll(); server.closeAllConnections(); server.close(() => done()); });
      resolve({ service, port, upgrades: upgrades.seen, close });
    });
  });
}

/** What the gRPC echo answers: its name and the request as it arrived. */
export type GrpcEchoReply = {
  service: string;
  /** :authority of the request. */
  authority: string;
  /** The method path (/ingressc.Echo/Unary). */
  path: string;
  metadata: Record<string, string>;
  message: string;
};

const json = {
  serialize: (v: unknown): Buffer => Buffer.from(JSON.stringify(v)),
  deserialize: (b: Buffer): unknown => JSON.parse(b.toString('utf8')),
};

/** One unary method; messages are JSON (gRPC carries any bytes: no .proto needed). */
const ECHO_SERVICE: grpc.ServiceDefinition = {
  Unary: {
    path: '/ingressc.Echo/Unary',
    requestStream: false,
    responseStream: false,
    requestSerialize: json.serialize,
    requestDeserialize: json.deserialize,
    responseSerialize: json.serialize,
    responseDeserialize: json.deserialize,
  },
};

/** A gRPC echo server on 127.0.0.1: plaintext (h2c), or TLS with `cert` (ALPN h2). */
export function startGrpcEcho(service: string, cert?: CertPair): Promise<TlsEcho> {
  const server = new grpc.Server();
  server.addService(ECHO_SERVICE, {
    Unary: (call: grpc.ServerUnaryCall<{ message?: string; delayMs?: number }, GrpcEchoReply>, cb: grpc.sendUnaryData<GrpcEchoReply>) => {
      const md: Record<string, string> = {};
      for (const [k, v] of Object.entries(call.metadata.getMap())) md[k] = String(v);
      const reply = (): void => cb(null, { service, authority: call.getHost(), path: call.getPath(), metadata: md, message: String(call.request?.message ?? '') });
      // delayMs (at most 10 s): a slow backend, for the proxy's gRPC timeouts.
      const delay = Math.min(Number(call.request?.delayMs ?? 0) || 0, 10_000);
      if (delay > 0) setTimeout(reply, delay);
      else reply();
    },
  });
  const creds = cert ? grpc.ServerCredentials.createSsl(null, [{ cert_chain: Buffer.from(cert.cert), private_key: Buffer.from(cert.key) }], false) : grpc.ServerCredentials.createInsecure();
  return new Promise((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', creds, (err, port) => {
      if (err) return reject(err);
      resolve({ service, port, close: () => new Promise<void>((done) => server.tryShutdown(() => done())) });
    });
  });
}

const EchoClient = grpc.makeGenericClientConstructor(ECHO_SERVICE, 'Echo');

/**
 * One unary call to a gRPC endpoint through the proxy: `authority` is the :authority (the
 * Ingress host); with `tls`, TLS with SNI = authority, trusting `tls.ca`; `metadata`: request metadata to send.
 */
export function grpcCall(port: number, authority: string, opts: { tls?: { ca: string }; timeoutMs?: number; message?: string; delayMs?: number; metadata?: Record<string, string> } = {}): Promise<GrpcEchoReply> {
  const creds = opts.tls ? grpc.credentials.createSsl(Buffer.from(opts.tls.ca)) : grpc.credentials.createInsecure();
  const client = new EchoClient(`127.0.0.1:${port}`, creds, {
    'grpc.default_authority': authority,
    ...(opts.tls ? { 'grpc.ssl_target_name_override': authority } : {}),
  }) as unknown as grpc.Client & { Unary(req: unknown, md: grpc.Metadata, o: grpc.CallOptions, cb: (e: grpc.ServiceError | null, r?: GrpcEchoReply) => void): void };
  const md = new grpc.Metadata();
  for (const [k, v] of Object.entries(opts.metadata ?? {})) md.set(k, v);
  return new Promise((resolve, reject) => {
    client.Unary({ message: opts.message ?? 'hello', delayMs: opts.delayMs ?? 0 }, md, { deadline: Date.now() + (opts.timeoutMs ?? 10_000) }, (e, r) => {
      client.close();
      if (e) reject(e);
      else resolve(r!);
    });
  });
}
