// Shared by backends.test.ts (live proxies) and backends-evaluated.test.ts (Traefik evaluator):
// the case's manifests, its compile, its backends and its requests (backend-cases.ts).
import { compile, type CompileResult, type SourceFile, type TargetName } from '../../../src/index.js';
import { NGINX_ANNOTATIONS } from '../../../src/providers/ingress-nginx/keys.js';
import { NGINX_PREFIX } from '../../../src/providers/ingress-nginx/read.js';
import { supportOf } from '../../../src/providers/ingress-nginx/support.js';
import { KEY_SUPPORT } from '../../../src/providers/ingress-nginx/configmap/support.js';
import { writeFiles } from '../../e2e/run-table.js';
import { makeBackendCa, makeCert, send, signLeaf, startAuthServer, startDnsResponder, startEcho, startProxy, type ProxyKind } from '../../harness/index.js';
import { grpcCall, startGrpcEcho, startHttpsEcho, type TlsEcho } from '../../harness/tls-echo.js';
import { BACKEND_CASES, type BackendCase, type BackendCtx, type BackendKind } from './backend-cases.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

let ctxCache: BackendCtx | undefined;
export function backendCtx(): BackendCtx {
  if (ctxCache) return ctxCache;
  const ca = makeBackendCa('ingressc-backend-ca');
  const otherCa = makeBackendCa('ingressc-other-ca');
  ctxCache = {
    ca,
    otherCa,
    backendCert: signLeaf(ca, ['backend.test']),
    balancerCert: signLeaf(ca, ['upstream_balancer', 'upstream-balancer.test']),
    strangerCert: signLeaf(otherCa, ['backend.test']),
    clientCert: signLeaf(ca, ['proxy-client']),
  };
  return ctxCache;
}

/** The case's manifests: Ingresses, TLS Secrets of its TLS hosts, the proxy-ssl Secret, extras. */
export function caseSources(c: BackendCase, ctx: BackendCtx, ports: Record<string, number>): SourceFile[] {
  const docs: string[] = [];
  for (const i of c.ingresses) {
    const port = i.port ? i.port(ports) : 80;
    docs.push(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${i.name}
  namespace: default
  annotations: ${JSON.stringify(i.annotations).replaceAll('{{auth}}', `http://127.0.0.1:${ports.auth}`)}
spec:
  ingressClassName: nginx
${i.tls ? `  tls:\n  - hosts: [${i.host}]\n    secretName: ${i.name}-tls\n` : ''}  rules:
  - host: ${i.host}
    http:
      paths:
      - {path: ${i.path ?? '/'}, pathType: Prefix, backend: {service: {name: ${i.service ?? 'echo'}, port: {${i.portName !== undefined ? `name: ${i.portName}` : `number: ${port}`}}}}}
`);
    if (i.tls) {
      const pair = makeCert([i.host]);
      docs.push(`apiVersion: v1\nkind: Secret\nmetadata: {name: ${i.name}-tls, namespace: default}\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${b64(pair.cert)}\n  tls.key: ${b64(pair.key)}\n`);
    }
  }
  if (c.secret) {
    const data: string[] = [];
    if (c.secret.ca) data.push(`  ca.crt: ${b64(ctx.ca.cert)}`);
    if (c.secret.client) data.push(`  tls.crt: ${b64(ctx.clientCert.cert)}`, `  tls.key: ${b64(ctx.clientCert.key)}`);
    docs.push(`apiVersion: v1\nkind: Secret\nmetadata: {name: backend-ca, namespace: default}\ntype: Opaque\ndata:\n${data.join('\n')}\n`);
  }
  if (c.extra) docs.push(c.extra(ports));
  return [{ path: 'case.yaml', text: docs.join('---\n') }];
}

/** `resolver`: the case's DNS responder (--resolver), for a case with `dns`. */
export function compileCase(c: BackendCase, target: TargetName, ctx: BackendCtx, ports: Record<string, number>, listen: { http: number; https: number }, resolver?: string): CompileResult {
  const backends = c.overrides === false ? [] : Object.entries(ports).map(([svc, port]) => `default/${svc}:80=127.0.0.1:${port}`);
  const cm = c.configMap
    ? { controllerConfig: { path: 'controller-configmap.yaml', text: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ingress-nginx-controller, namespace: ingress-nginx}\ndata: ${JSON.stringify(c.configMap)}\n` } }
    : {};
  return compile(caseSources(c, ctx, ports), { target, listenHttp: `127.0.0.1:${listen.http}`, listenHttps: `127.0.0.1:${listen.https}`, backends, ...cm, ...(resolver !== undefined ? { resolver } : {}) });
}

/** Every key of the case has a support row on `target`? */
export function claimed(c: BackendCase, target: TargetName): boolean {
  // A ConfigMap key: its annotation's row, or its own (KEY_SUPPORT) for a controller-wide key.
  if (Object.keys(c.configMap ?? {}).some((k) => supportOf(k, target) === undefined && KEY_SUPPORT[k]?.[target] === undefined)) return false;
  return c.ingresses.every((i) =>
    Object.entries(i.annotations).every(([k, v]) => {
      const name = k.slice(NGINX_PREFIX.length);
      const s = supportOf(name, target);
      // A tuning key without a row is only a warning: the case still compiles.
      if (s === undefined) return NGINX_ANNOTATIONS.find((a) => a.key === name)?.kind === 'tuning';
      return s.refuse?.(v) === undefined;
    }),
  );
}

export async function startBackends(c: BackendCase, ctx: BackendCtx): Promise<{ ports: Record<string, number>; close(): Promise<void> }> {
  const started: { close(): Promise<void> }[] = [];
  const ports: Record<string, number> = {};
  const start = (svc: string, kind: BackendKind): Promise<TlsEcho | { port: number; close(): Promise<void> }> => {
    switch (kind) {
      case 'http':
        return startEcho(svc);
      case 'https':
        return startHttpsEcho(svc, ctx.backendCert);
      case 'https-tls13':
        return startHttpsEcho(svc, ctx.backendCert, undefined, { minVersion: 'TLSv1.3' });
      case 'https-aes128':
        return startHttpsEcho(svc, ctx.backendCert, undefined, { maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256' });
      case 'https-mtls':
        return startHttpsEcho(svc, ctx.backendCert, ctx.ca.cert);
      case 'https-balancer':
        return startHttpsEcho(svc, ctx.balancerCert);
      case 'https-stranger':
        return startHttpsEcho(svc, ctx.strangerCert);
      case 'grpc':
        return startGrpcEcho(svc);
      case 'grpcs':
        return startGrpcEcho(svc, ctx.backendCert);
      case 'grpcs-stranger':
        return startGrpcEcho(svc, ctx.strangerCert);
      case 'auth':
        return startAuthServer();
    }
  };
  for (const [svc, kind] of Object.entries(c.services)) {
    const s = await start(svc, kind);
    started.push(s);
    ports[svc] = s.port;
  }
  return { ports, close: async () => void (await Promise.all(started.map((s) => s.close()))) };
}

/** Sends the case's requests to a proxy listening on `listen`; returns every mismatch. */
export async function runRequests(c: BackendCase, listen: { http: number; https: number }, opts: { noH2c?: boolean; unusableBackend?: number } = {}): Promise<string[]> {
  const problems: string[] = [];
  for (const q of c.requests) {
    // nginx 1.22 serves gRPC over TLS only (its backend-protocol row says so).
    if (q.kind === 'grpc' && !q.tls && opts.noH2c) continue;
    if (q.kind === 'http') {
      const what = `${q.https ? 'https' : 'http'}://${q.host}${q.path ?? '/'}`;
      const tlsCert = c.ingresses.find((i) => i.host === q.host && i.tls) ? makeCert([q.host]).cert : undefined;
      let r;
      try {
        r = await send({ port: q.https ? listen.https : listen.http, host: q.host, path: q.path ?? '/', ...(q.https ? { tls: { servername: q.host, ...(tlsCert ? { ca: tlsCert } : {}) } } : {}), timeoutMs: 15_000 });
      } catch (e) {
        problems.push(`${what}: ${(e as Error).message}`);
        continue;
      }
      const j = r.json as { service?: string; sni?: string | false; clientCN?: string } | undefined;
      // A backend the proxy cannot use (TLS refused): nginx answers 502, HAProxy and Envoy 503.
      const statusOk = r.status === q.expect.status || (q.expect.status === 502 && r.status === 503 && opts.unusableBackend === 503);
      if (!statusOk) problems.push(`${what}: status ${r.status}, expected ${q.expect.status} (${r.body.slice(0, 120)})`);
      else if (q.expect.service !== undefined && j?.service !== q.expect.service) problems.push(`${what}: answered by ${j?.service ?? '(not a backend)'}, expected ${q.expect.service}`);
      else {
        if (q.expect.host !== undefined && (j as { host?: string } | undefined)?.host !== q.expect.host) problems.push(`${what}: backend saw Host ${JSON.stringify((j as { host?: string } | undefined)?.host)}, expected ${q.expect.host}`);
        if (q.expect.sni !== undefined && j?.sni !== q.expect.sni) problems.push(`${what}: backend saw SNI ${JSON.stringify(j?.sni)}, expected ${JSON.stringify(q.expect.sni)}`);
        if (q.expect.clientCN !== undefined && (j?.clientCN ?? null) !== q.expect.clientCN) problems.push(`${what}: backend saw client certificate ${JSON.stringify(j?.clientCN)}, expected ${JSON.stringify(q.expect.clientCN)}`);
      }
    } else {
      const what = `gRPC ${q.tls ? 'TLS' : 'h2c'} ${q.host}${q.delayMs ? ` (backend delay ${q.delayMs} ms)` : ''}`;
      const tlsCert = q.tls ? makeCert([q.host]).cert : undefined;
      try {
        const r = await grpcCall(q.tls ? listen.https : listen.http, q.host, { ...(tlsCert ? { tls: { ca: tlsCert } } : {}), ...(q.delayMs ? { delayMs: q.delayMs } : {}), ...(q.metadata ? { metadata: q.metadata } : {}), timeoutMs: 15_000 });
        if (!q.expect.ok) problems.push(`${what}: succeeded, expected an error`);
        else {
          if (r.service !== q.expect.service) problems.push(`${what}: answered by ${r.service}, expected ${q.expect.service}`);
          if (r.authority !== q.expect.authority) problems.push(`${what}: backend saw :authority ${r.authority}, expected ${q.expect.authority}`);
          if (r.metadata['content-type'] !== undefined && r.metadata['content-type'] !== 'application/grpc') problems.push(`${what}: content-type ${r.metadata['content-type']}`);
          for (const [k, v] of Object.entries(q.expect.metadata ?? {})) if (r.metadata[k] !== v) problems.push(`${what}: backend saw metadata ${k} ${JSON.stringify(r.metadata[k])}, expected ${JSON.stringify(v)}`);
        }
      } catch (e) {
        if (q.expect.ok) problems.push(`${what}: ${(e as Error).message}`);
      }
    }
  }
  return problems;
}


export interface CaseOutcome {
  outcome: 'passed' | 'failed' | 'n/a';
  reason: string;
  details?: string;
}

const errors = (r: CompileResult): string => r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n');

/** A compile result for a case that must not be served on `target`: refused as it must be? */
export function checkRefusal(c: BackendCase, target: TargetName, r: CompileResult): CaseOutcome | undefined {
  if (c.compileError) {
    const ok = !r.ok && r.diagnostics.some((d) => d.code === c.compileError && d.loc !== undefined);
    return ok ? { outcome: 'passed', reason: `refused with ${c.compileError}, located` } : { outcome: 'failed', reason: `expected a located ${c.compileError}`, details: errors(r) };
  }
  if (!claimed(c, target)) {
    const ok = !r.ok && r.diagnostics.some((d) => ['IC2101', 'IC2102', 'IC3071', 'IC3151'].includes(d.code));
    return ok
      ? { outcome: 'n/a', reason: `fail closed: ${[...new Set(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.field ?? d.code))].join(', ')} not honoured on ${target}` }
      : { outcome: 'failed', reason: `${target} has no row for a key of this case and must refuse it`, details: errors(r) };
  }
  return undefined;
}

/** One case live on a proxy: its backends, the proxy built from the compiled output, its requests. */
export async function runLiveCase(c: BackendCase, kind: ProxyKind): Promise<CaseOutcome> {
  const ctx = backendCtx();
  const dns = c.dns ? await startDnsResponder(c.dns.records) : undefined;
  const resolver = dns ? `127.0.0.1:${dns.port}` : undefined;
  const backends = await startBackends(c, ctx);
  try {
    const refusal = c.compileError || !claimed(c, kind) ? checkRefusal(c, kind, compileCase(c, kind, ctx, backends.ports, { http: 18080, https: 18443 })) : undefined;
    if (refusal) return refusal;
    let compileError: string | undefined;
    let proxy;
    try {
      proxy = await startProxy({
        kind,
        build: (ports, dir) => {
          const r = compileCase(c, kind, ctx, backends.ports, ports, resolver);
          if (!r.ok) {
            compileError = errors(r);
            throw new Error('compile failed');
          }
          writeFiles(dir, r.files);
        },
      });
    } catch (e) {
      return { outcome: 'failed', reason: compileError ? 'compile failed' : 'proxy did not start', details: compileError ?? (e as Error).message };
    }
    try {
      // nginx 1.22 serves gRPC over TLS only; a backend whose TLS fails: nginx and Caddy 502, HAProxy and Envoy 503.
      const problems = await runRequests(c, proxy.ports, { noH2c: kind === 'nginx', unusableBackend: kind === 'nginx' || kind === 'caddy' ? 502 : 503 });
      // The answers came through the responder: the proxy asked for the names the case resolves.
      for (const name of c.dns?.asked ?? []) if (!dns!.queries.includes(name)) problems.push(`the proxy never asked the DNS responder for ${name} (asked: ${dns!.queries.join(', ') || 'nothing'})`);
      return problems.length ? { outcome: 'failed', reason: problems[0]!, details: `${c.source}: ${c.it}\n${c.translation}\n${problems.join('\n')}` } : { outcome: 'passed', reason: `${c.requests.length} requests` };
    } finally {
      await proxy.stop();
    }
  } finally {
    await backends.close();
    await dns?.close();
  }
}
