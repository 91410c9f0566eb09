/**
 * Shared by test/e2e/forwarded-headers*.test.ts. The forwarded headers a backend receives, live, against ingress-nginx v1.15.1's defaults
 * (nginx.tmpl, use-forwarded-headers false): a client that sends its own X-Forwarded-For,
 * X-Real-IP, X-Forwarded-Proto/-Host/-Port/-Scheme, X-Scheme and Proxy cannot make the backend
 * believe anything else than what the proxy saw: X-Forwarded-For and X-Real-IP are the TCP peer,
 * the scheme and port are the listener's, X-Forwarded-Host is the Host header, the client's
 * X-Forwarded-For goes on as X-Original-Forwarded-For, Proxy is removed (httpoxy), and
 * X-Request-ID is the client's or a generated one.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { compile, type RouteTable, type TargetName } from '../../src/index.js';
import { upstreamHeaders } from '../../src/ir/forwarded.js';
import { ipInRanges } from '../traefik/ip.js';
import { send, startEcho, startProxy, type ProxyKind } from '../harness/index.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';
import { configMapYaml, ingressYaml } from './configmap-live.js';
import { writeFiles } from './run-table.js';

const HOST = 'fwd.test';
const SPOOF = {
  'X-Forwarded-For': '203.0.113.9',
  'X-Real-IP': '203.0.113.10',
  'X-Forwarded-Proto': 'https',
  'X-Forwarded-Host': 'evil.test',
  'X-Forwarded-Port': '1',
  'X-Forwarded-Scheme': 'https',
  'X-Scheme': 'https',
  Proxy: 'http://evil.test:3128',
};

export interface FwdProbe {
  what: string;
  https?: boolean;
  from: string;
  headers: Record<string, string>;
  /** Upstream headers (lowercase), exactly; `{port}` is the listener's port; undefined: absent. */
  want: Record<string, string | undefined>;
  /** Upstream headers that must match. */
  match?: Record<string, RegExp>;
  /** The status (default 200); the headers are checked on a 200 only. */
  status?: number;
  /** Another status on some targets, with the reason. */
  statusOn?: Partial<Record<string, number>>;
  /** Probes with the same name share one keep-alive connection, in order. */
  connection?: string;
  /** A PROXY protocol v1 header first, claiming this source address (the destination: the listener). */
  proxySource?: string;
}

export const DEFAULT_PROBES: FwdProbe[] = [
  {
    what: 'spoofed forwarded headers over HTTP',
    from: '127.0.0.3',
    headers: SPOOF,
    want: {
      'x-forwarded-for': '127.0.0.3',
      'x-real-ip': '127.0.0.3',
      'x-forwarded-proto': 'http',
      'x-forwarded-scheme': 'http',
      'x-scheme': 'http',
      'x-forwarded-host': HOST,
      'x-forwarded-port': '{port}',
      'x-original-forwarded-for': '203.0.113.9',
      proxy: undefined,
    },
    match: { 'x-request-id': /^[0-9a-f-]{32,36}$/ },
  },
  {
    what: 'spoofed forwarded headers over HTTPS',
    https: true,
    from: '127.0.0.4',
    headers: { ...SPOOF, 'X-Forwarded-Proto': 'http', 'X-Scheme': 'http', 'X-Forwarded-Scheme': 'http', 'X-Request-ID': 'client-id-1' },
    want: {
      'x-forwarded-for': '127.0.0.4',
      'x-real-ip': '127.0.0.4',
      'x-forwarded-proto': 'https',
      'x-forwarded-scheme': 'https',
      'x-scheme': 'https',
      'x-forwarded-host': HOST,
      'x-forwarded-port': '{port}',
      'x-request-id': 'client-id-1',
      proxy: undefined,
    },
  },
  {
    // GHSA-62c8-mh53-4cqv (Traefik): headers a client lists in Connection are hop-by-hop; the proxy's own must survive.
    what: 'forwarded headers named in Connection are still sent',
    from: '127.0.0.6',
    headers: { ...SPOOF, Connection: 'keep-alive, X-Forwarded-For, X-Real-IP, X-Forwarded-Host, X-Forwarded-Port, X-Forwarded-Proto, X-Scheme, X-Request-ID, X-Original-Forwarded-For' },
    want: { 'x-forwarded-for': '127.0.0.6', 'x-real-ip': '127.0.0.6', 'x-forwarded-proto': 'http', 'x-scheme': 'http', 'x-forwarded-host': HOST, 'x-forwarded-port': '{port}', 'x-original-forwarded-for': '203.0.113.9' },
    match: { 'x-request-id': /^[0-9a-f-]{32,36}$/ },
    // Envoy refuses a request whose Connection names other headers (400): stricter, nothing reaches the backend.
    statusOn: { envoy: 400 },
  },
  {
    what: 'no forwarded headers sent',
    from: '127.0.0.5',
    headers: {},
    want: { 'x-forwarded-for': '127.0.0.5', 'x-real-ip': '127.0.0.5', 'x-forwarded-proto': 'http', 'x-forwarded-host': HOST, 'x-original-forwarded-for': undefined },
  },
];

/** Compiles one Ingress of HOST (TLS) for `target`, with `data` as the controller ConfigMap when given. */
export function compileFwd(target: TargetName, ports: { http: number; https: number }, echoPort: number, data?: Record<string, string>, annotations: Record<string, string> = {}, extra: { path: string; text: string }[] = []) {
  return compile(
    [
      ...extra,
      { path: 'ing.yaml', text: ingressYaml('fwd', HOST, { 'ssl-redirect': 'false', ...annotations }, true) },
      { path: 'secret.yaml', text: tlsSecretYaml('cm-tls', { hosts: [HOST] }) },
      ...(data ? [{ path: 'cm.yaml', text: configMapYaml(data) }] : []),
    ],
    {
      target,
      listenHttp: `127.0.0.1:${ports.http}`,
      listenHttps: `127.0.0.1:${ports.https}`,
      backends: [`default/echo:80=127.0.0.1:${echoPort}`],
      ...(data ? { controllerConfig: 'ingress-nginx/ingress-nginx-controller' } : {}),
    },
  );
}

/** Runs the probes on `kind` and returns what differed. */
export async function runFwd(kind: TargetName, probes: readonly FwdProbe[], data?: Record<string, string>, annotations: Record<string, string> = {}, extra: { path: string; text: string }[] = []): Promise<string[]> {
  const echo = await startEcho('echo');
  let proxy;
  try {
    let ir: RouteTable | undefined;
    proxy = await startProxy({
      kind: kind as ProxyKind,
      build: (ports, dir) => {
        const r = compileFwd(kind, ports, echo.port, data, annotations, extra);
        assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
        ir = r.ir;
        writeFiles(dir, r.files);
      },
    });
    const failures: string[] = [];
    // Each shared connection must really be one (else a keep-alive probe would prove nothing).
    const agents = new Map<string, { agent: http.Agent; sockets: number }>();
    const agentOf = (name: string): http.Agent => {
      const known = agents.get(name);
      if (known) return known.agent;
      const entry = { agent: new http.Agent({ keepAlive: true, maxSockets: 1 }), sockets: 0 };
      const create = entry.agent.createConnection.bind(entry.agent);
      entry.agent.createConnection = ((...args: Parameters<typeof create>) => (entry.sockets++, create(...args))) as typeof create;
      agents.set(name, entry);
      return entry.agent;
    };
    for (const p of probes) {
      const port = p.https ? proxy.ports.https : proxy.ports.http;
      const r = await send({ port, host: HOST, path: '/', headers: p.headers, localAddress: p.from, timeoutMs: 15_000, ...(p.https ? { tls: { servername: HOST } } : {}), ...(p.connection ? { agent: agentOf(p.connection) } : {}), ...(p.proxySource ? { preamble: `PROXY TCP4 ${p.proxySource} 127.0.0.1 40000 ${port}\r\n` } : {}) });
      const up = ((r.json as { headers?: Record<string, string> } | undefined)?.headers ?? {}) as Record<string, string | undefined>;
      const got: string[] = [];
      const status = p.statusOn?.[kind] ?? p.status ?? 200;
      if (r.status !== status) got.push(`status ${r.status}, expected ${status}`);
      if (r.status === 200)
        for (const [h, v] of Object.entries(p.want)) {
        const want = v?.replace('{port}', String(port));
        if (up[h] !== want) got.push(`${h}: ${JSON.stringify(up[h])}, expected ${JSON.stringify(want)}`);
      }
      // The IR's model (src/ir/forwarded.ts) must say the same as the proxy did.
      if (r.status === 200 && ir) {
        const model = upstreamHeaders(ir, { peer: p.from, https: p.https === true, port, host: HOST, headers: p.headers, ...(p.proxySource ? { proxySource: p.proxySource } : {}) }, (cidrs, ip) => ipInRanges(ip, cidrs));
        for (const [h, v] of Object.entries(model)) if (!(h === 'x-request-id' && v === '<generated>') && up[h] !== v) got.push(`${h}: ${JSON.stringify(up[h])}, the IR model says ${JSON.stringify(v)}`);
      }
      if (r.status === 200) for (const [h, re] of Object.entries(p.match ?? {})) if (!re.test(String(up[h]))) got.push(`${h}: ${JSON.stringify(up[h])}, expected ${re}`);
      if (got.length) failures.push(`${p.what}: ${got.join('; ')}`);
    }
    for (const [name, a] of agents) {
      if (a.sockets !== 1) failures.push(`connection ${name}: ${a.sockets} connections, expected one`);
      a.agent.destroy();
    }
    return failures;
  } finally {
    await proxy?.stop();
    await echo.close();
  }
}

