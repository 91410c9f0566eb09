/**
 * Shared by the test/e2e/configmap-*.test.ts files: Ingress and ConfigMap text, and a live run of
 * request probes against one compiled output (a proxy started by the harness).
 */
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compile, type CompileResult, type TargetName } from '../../src/index.js';
import { send, startEcho, startProxy, type ProxyKind } from '../harness/index.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';
import { writeFiles } from './run-table.js';

const A = 'nginx.ingress.kubernetes.io/';

export const LIVE: readonly TargetName[] = ['nginx', 'haproxy', 'envoy', 'caddy'];

/** An Ingress of one host with "/" to default/echo:80 (TLS with Secret cm-tls when `tls`). */
export const ingressYaml = (name: string, host: string, annotations: Record<string, string>, tls = false, path = '/'): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: default
  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [A + k, v])))}
spec:
  ingressClassName: nginx
${tls ? `  tls:\n  - hosts: [${host}]\n    secretName: cm-tls\n` : ''}  rules:
  - host: ${host}
    http:
      paths:
      - {path: ${JSON.stringify(path)}, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}
`;

export const configMapYaml = (data: Record<string, string>): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ingress-nginx-controller, namespace: ingress-nginx}\ndata:\n${Object.entries(data).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}\n`).join('')}`;

export interface Case {
  ingresses: { name: string; host: string; annotations?: Record<string, string>; tls?: boolean; path?: string }[];
  data: Record<string, string>;
  /** Hosts the cm-tls certificate names. */
  tlsHosts?: string[];
}

export function buildCase(
  c: Case,
  target: TargetName,
  ports: { http: number; https: number },
  echoPort: number,
  extra: { path: string; text: string }[] = [],
  more: { backends?: string[]; defaultBackend?: string } = {},
): CompileResult {
  const sources = [
    ...c.ingresses.map((i) => ({ path: `${i.name}.yaml`, text: ingressYaml(i.name, i.host, i.annotations ?? {}, i.tls, i.path) })),
    ...(c.tlsHosts?.length ? [{ path: 'secret.yaml', text: tlsSecretYaml('cm-tls', { hosts: c.tlsHosts }) }] : []),
    { path: 'cm.yaml', text: configMapYaml(c.data) },
    ...extra,
  ];
  return compile(sources, {
    target,
    listenHttp: `127.0.0.1:${ports.http}`,
    listenHttps: `127.0.0.1:${ports.https}`,
    backends: [`default/echo:80=127.0.0.1:${echoPort}`, ...(more.backends ?? [])],
    ...(more.defaultBackend ? { defaultBackend: more.defaultBackend } : {}),
    controllerConfig: 'ingress-nginx/ingress-nginx-controller',
  });
}

export interface Probe {
  what: string;
  host: string;
  path?: string;
  https?: boolean;
  method?: string;
  headers?: Record<string, string>;
  from?: string;
  expect: number;
  /** The Location header, exactly (ports written as {http} and {https}). */
  location?: string;
  /** Response headers, exactly; undefined = absent. */
  responseHeaders?: Record<string, string | undefined>;
  /** Response headers that must match. */
  responseHeaderMatch?: Record<string, RegExp>;
  /** The echo that answers (the name it was started with); default "echo" for a 200. */
  by?: string;
  /** The body's length once decoded by its Content-Encoding (gzip, br or none). */
  decodedLength?: number;
  /** The request headers the backend received (lowercase names), exactly; undefined = absent. */
  upstreamHeaders?: Record<string, string | undefined>;
  only?: readonly TargetName[];
}

const describe = (p: Probe): string => `${p.what}: ${p.method ?? 'GET'} ${p.https ? 'https' : 'http'}://${p.host}${p.path ?? '/'}${p.from ? ` from ${p.from}` : ''}`;

/**
 * Starts `kind` on the output of `build` (echo backends named `echos`, the first "echo", passed by
 * name to their ports), sends every probe, and returns what differed.
 */
export async function runProbes(
  kind: TargetName,
  build: (ports: { http: number; https: number }, echoPort: number, echoPorts: Record<string, number>) => CompileResult,
  probes: readonly Probe[],
  echos: readonly string[] = ['echo'],
): Promise<string[]> {
  const started: Awaited<ReturnType<typeof startEcho>>[] = [];
  for (const name of echos) started.push(await startEcho(name));
  const echoPorts = Object.fromEntries(echos.map((n, i) => [n, started[i]!.port]));
  let proxy;
  try {
    proxy = await startProxy({
      kind: kind as ProxyKind,
      build: (ports, dir) => {
        const r = build(ports, started[0]!.port, echoPorts);
        assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
        writeFiles(dir, r.files);
      },
    });
    const ports = proxy.ports;
    const failures: string[] = [];
    for (const p of probes.filter((x) => (x.only ?? LIVE).includes(kind))) {
      const r = await send({
        port: p.https ? ports.https : ports.http,
        host: p.host,
        path: p.path ?? '/',
        ...(p.method ? { method: p.method } : {}),
        ...(p.headers ? { headers: p.headers } : {}),
        ...(p.https ? { tls: { servername: p.host } } : {}),
        ...(p.from ? { localAddress: p.from } : {}),
        timeoutMs: 15_000,
      });
      const got: string[] = [];
      if (r.status !== p.expect) got.push(`status ${r.status}, expected ${p.expect}`);
      // A ?bytes= answer is no JSON: its X-Echo-Service header names the echo.
      const by = (r.json as { service?: string } | undefined)?.service ?? r.headers['x-echo-service'];
      if ((p.by !== undefined || p.expect === 200) && by !== (p.by ?? 'echo')) got.push(`answered by ${String(by)}, expected ${p.by ?? 'echo'}`);
      if (p.location !== undefined) {
        const want = p.location.replace('{http}', String(ports.http)).replace('{https}', String(ports.https));
        if (r.headers.location !== want) got.push(`Location ${String(r.headers.location)}, expected ${want}`);
      }
      for (const [h, v] of Object.entries(p.responseHeaders ?? {})) if (r.headers[h.toLowerCase()] !== v) got.push(`response header ${h}: ${JSON.stringify(r.headers[h.toLowerCase()])}, expected ${JSON.stringify(v)}`);
      for (const [h, re] of Object.entries(p.responseHeaderMatch ?? {})) if (!re.test(String(r.headers[h.toLowerCase()]))) got.push(`response header ${h}: ${JSON.stringify(r.headers[h.toLowerCase()])}, expected ${re}`);
      if (p.decodedLength !== undefined) {
        const raw = r.raw ?? Buffer.alloc(0);
        const enc = r.headers['content-encoding'];
        const n = enc === 'gzip' ? gunzipSync(raw).length : enc === 'br' ? brotliDecompressSync(raw).length : enc === undefined ? raw.length : -1;
        if (n !== p.decodedLength) got.push(`decoded body of ${n} bytes (Content-Encoding ${String(enc)}), expected ${p.decodedLength}`);
      }
      const up = ((r.json as { headers?: Record<string, string> } | undefined)?.headers ?? {}) as Record<string, string | undefined>;
      for (const [h, v] of Object.entries(p.upstreamHeaders ?? {})) if (up[h] !== v) got.push(`upstream header ${h}: ${JSON.stringify(up[h])}, expected ${JSON.stringify(v)}`);
      if (got.length) failures.push(`${describe(p)}: ${got.join('; ')}`);
    }
    return failures;
  } finally {
    await proxy?.stop();
    for (const e of started) await e.close();
  }
}
