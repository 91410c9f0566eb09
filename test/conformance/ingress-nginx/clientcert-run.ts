// Runs the ported client-certificate cases (clientcert-cases.ts): live HTTPS requests with and
// without client certificates on the targets that honour auth-tls-*; Traefik through its evaluator
// (the TLS options a handshake's SNI selects and Go's verification of the client certificate,
// test/traefik/tls-options.ts); elsewhere the compile must refuse them (fail closed, IC2101),
// which is reported as not applicable.
import { compile, type CompileResult, type TargetName } from '../../../src/index.js';
import { supportOf } from '../../../src/providers/ingress-nginx/support.js';
import { writeFiles } from '../../e2e/run-table.js';
import { makeCa, makeCert, makeClientCert, makeSubCa, send, startEcho, startProxy, type CertPair, type ProxyKind, type TestCa } from '../../harness/index.js';
import type { ScenarioResult } from '../scenario.js';
import { TraefikModel } from '../../traefik/evaluate.js';
import { readOutput } from '../../traefik/output.js';
import { clientCertificateAccepted, handshakeOptions } from '../../traefik/tls-options.js';
import { CLIENT_CERT_CASES, type CertCase, type CertRequest } from './clientcert-cases.js';

export const CLIENT_CERT_FEATURE = 'ingress-nginx/client-certificates';
const LIVE: readonly string[] = ['nginx', 'haproxy', 'envoy', 'caddy'];
/** Checked with an evaluator instead of a live proxy. */
const EVALUATED: readonly string[] = ['traefik'];

type Cas = { ca: TestCa; other: TestCa; sub?: TestCa & { chain: string }; subSub?: TestCa & { chain: string } };
let cas: Cas | undefined;
const clients = new Map<string, CertPair>();
const testCas = (): Cas => (cas ??= { ca: makeCa('ingressc test CA'), other: makeCa('unrelated CA') });
/**
 * Traefik verifies through any intermediates the client sends, bounded only by the CA's
 * basicConstraints pathlen, and refuses a CA without one (IC4308): its cases use a CA whose pathlen
 * is the case's depth (one set per depth), so the intermediates the cases send are checked.
 */
const boundedCas = new Map<number, Cas>();
const casFor = (c: CertCase, target: TargetName): Cas => {
  if (!EVALUATED.includes(target)) return testCas();
  const depth = Number(c.ingresses.find((i) => i.annotations[`${KEY}auth-tls-verify-depth`] !== undefined)?.annotations[`${KEY}auth-tls-verify-depth`] ?? 1);
  let set = boundedCas.get(depth);
  if (!set) boundedCas.set(depth, (set = { ca: makeCa(`ingressc test CA (pathlen ${depth})`, { pathLen: depth }), other: makeCa('unrelated CA') }));
  return set;
};
const KEY = 'nginx.ingress.kubernetes.io/';
/** The issuer of a request's certificate; intermediates are made on first use (sent after the leaf). */
function issuer(which: NonNullable<CertRequest['cert']>, c: Cas = testCas()): TestCa & { chain?: string } {
  if (which === 'ca') return c.ca;
  if (which === 'other-ca') return c.other;
  const sub = (c.sub ??= makeSubCa(c.ca, 'ingressc intermediate CA'));
  if (which === 'sub-ca') return sub;
  return (c.subSub ??= makeSubCa(sub, 'ingressc second intermediate CA'));
}
function clientCert(which: NonNullable<CertRequest['cert']>, cn: string, set: Cas = testCas()): CertPair {
  const key = `${set.ca.cn} ${which} ${cn}`;
  let c = clients.get(key);
  if (!c) {
    const ca = issuer(which, set);
    const leaf = makeClientCert(ca, cn);
    clients.set(key, (c = { ...leaf, cert: leaf.cert + (ca.chain ?? '') }));
  }
  return c;
}

const secretName = (host: string): string => `tls-${host.replace(/\./g, '-')}`;

function sources(c: CertCase, ca: TestCa = testCas().ca): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const h of [c.host, ...(c.otherHosts ?? [])]) {
    const pair = makeCert([h]);
    out.push({
      path: `${secretName(h)}.yaml`,
      text: `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nmetadata: {name: ${secretName(h)}, namespace: default}\nstringData:\n  tls.crt: ${JSON.stringify(pair.cert)}\n  tls.key: ${JSON.stringify(pair.key)}\n`,
    });
  }
  out.push({ path: 'ca-secret.yaml', text: `apiVersion: v1\nkind: Secret\nmetadata: {name: ca-secret, namespace: default}\nstringData:\n  ca.crt: ${JSON.stringify(ca.cert)}\n` });
  for (const i of c.ingresses)
    out.push({
      path: `${i.name}.yaml`,
      text: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${i.name}
  namespace: default
  annotations: ${JSON.stringify(i.annotations)}
spec:
  ingressClassName: nginx
  tls: [{hosts: [${c.host}], secretName: ${secretName(c.host)}}]
  rules:
  - host: ${c.host}
    http:
      paths:
      - {path: ${i.path ?? '/'}, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}
`,
    });
  for (const h of c.otherHosts ?? [])
    out.push({
      path: `${h}.yaml`,
      text: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: ${secretName(h)}, namespace: default}
spec:
  ingressClassName: nginx
  tls: [{hosts: [${h}], secretName: ${secretName(h)}}]
  rules:
  - host: ${h}
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}
`,
    });
  return out;
}

function compileCase(c: CertCase, target: TargetName, ports: { http: number; https: number }, echoPort: number): CompileResult {
  return compile(sources(c, casFor(c, target).ca), { target, listenHttp: `127.0.0.1:${ports.http}`, listenHttps: `127.0.0.1:${ports.https}`, backends: [`default/echo:80=127.0.0.1:${echoPort}`] });
}

/** Refused only with IC2101, and the support rows indeed lack one of the case's keys on the target? */
function refusedClosed(r: CompileResult, c: CertCase, target: TargetName): string | undefined {
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (r.ok || errors.length === 0 || !errors.every((d) => d.code === 'IC2101')) return undefined;
  const keys = c.ingresses.flatMap((i) => Object.keys(i.annotations)).map((k) => k.replace(/^nginx\.ingress\.kubernetes\.io\//, ''));
  if (keys.every((k) => supportOf(k, target))) return undefined;
  return `compile exits 1 (fail closed): ${[...new Set(errors.map((d) => d.field ?? d.message))].join(', ')} not enforceable`;
}

const describe = (c: CertCase, q: CertRequest): string =>
  `${q.plain ? 'http' : 'https'}://${c.host}${q.path ?? '/'}${q.sni ? ` (SNI ${q.sni})` : ''} ${q.cert ? `with a certificate from ${{ ca: 'the CA', 'other-ca': 'another CA', 'sub-ca': 'an intermediate of the CA', 'sub-sub-ca': 'a second-level intermediate of the CA' }[q.cert]}${q.cn ? ` (CN=${q.cn})` : ''}` : 'without a certificate'}`;

async function runCase(c: CertCase, target: TargetName): Promise<{ outcome: ScenarioResult['outcome']; reason: string; details?: string }> {
  const echo = await startEcho('echo');
  try {
    if (EVALUATED.includes(target)) return evaluateCase(c, target, echo.port);
    if (!LIVE.includes(target)) {
      const r = compileCase(c, target, { http: 18080, https: 18443 }, echo.port);
      const refused = refusedClosed(r, c, target);
      if (refused) return { outcome: 'n/a', reason: refused };
      return { outcome: 'failed', reason: r.ok ? `${target} compiled client-certificate annotations this runner cannot check` : 'compile failed', details: r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n') };
    }
    let refused: string | undefined;
    let compileError: string | undefined;
    let proxy;
    try {
      proxy = await startProxy({
        kind: target as ProxyKind,
        build: (ports, dir) => {
          const r = compileCase(c, target, ports, echo.port);
          refused = refusedClosed(r, c, target);
          if (!r.ok) {
            compileError = r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n');
            throw new Error('compile failed');
          }
          writeFiles(dir, r.files);
        },
      });
    } catch (e) {
      if (refused) return { outcome: 'n/a', reason: refused };
      return { outcome: 'failed', reason: compileError ? 'compile failed' : 'proxy did not start', details: compileError ?? (e as Error).message };
    }
    const problems: string[] = [];
    try {
      for (const q of c.requests) {
        const cert = q.cert ? clientCert(q.cert, q.cn ?? c.host) : undefined;
        let status: number;
        let reply;
        try {
          reply = await send({
            port: q.plain ? proxy.ports.http : proxy.ports.https,
            host: c.host,
            path: q.path ?? '/',
            ...(q.headers ? { headers: q.headers } : {}),
            // SNI "" → none: the client sends a handshake without server_name.
            ...(q.plain ? {} : { tls: { servername: q.sni ?? c.host, ...(cert ? { cert: cert.cert, key: cert.key } : {}) } }),
          });
          status = reply.status;
        } catch (e) {
          // A TLS alert is this target's documented way of refusing (support.ts: partial).
          if (q.handshakeRefusalOn?.includes(target) && /alert|handshake|socket hang up|ECONNRESET/i.test((e as Error).message)) continue;
          problems.push(`${describe(c, q)}: ${(e as Error).message}, expected ${q.expect}`);
          continue;
        }
        const expect = q.partialOn?.[target] ?? q.expect;
        if (status !== expect) {
          problems.push(`${describe(c, q)}: status ${status}, expected ${expect}`);
          continue;
        }
        const json = reply.json as { service?: string; headers?: Record<string, string> } | undefined;
        if (expect === 200 && json?.service !== 'echo') problems.push(`${describe(c, q)}: not answered by the backend`);
        if (q.location !== undefined && reply.headers.location !== q.location) problems.push(`${describe(c, q)}: Location ${String(reply.headers.location)}, expected ${q.location}`);
        if (q.upstreamHeader) {
          const got = json?.headers?.[q.upstreamHeader.name];
          if (typeof got !== 'string' || !got.startsWith(q.upstreamHeader.startsWith)) problems.push(`${describe(c, q)}: the backend got ${q.upstreamHeader.name}: ${JSON.stringify(got)?.slice(0, 80)}, expected it to start with ${q.upstreamHeader.startsWith}`);
        }
      }
    } finally {
      await proxy.stop();
    }
    if (problems.length) return { outcome: 'failed', reason: problems[0]!, details: `${c.source}: ${c.it}\n${problems.join('\n')}` };
    return { outcome: 'passed', reason: `${c.requests.length} requests` };
  } finally {
    await echo.close();
  }
}

/** Every client-certificate case on `target`, as conformance results. */
export async function runClientCert(target: TargetName): Promise<ScenarioResult[]> {
  const out: ScenarioResult[] = [];
  for (const [i, c] of CLIENT_CERT_CASES.entries()) {
    const r = await runCase(c, target);
    out.push({ feature: CLIENT_CERT_FEATURE, index: i + 1, line: 0, name: `${c.source}: ${c.it}`, outcome: r.outcome, reason: r.reason, ...(r.details ? { details: r.details } : {}), flags: [] });
  }
  return out;
}

/**
 * A case on Traefik, without a binary: per request, the TLS options the SNI selects and whether
 * Go's verification lets the handshake complete with the certificate sent (a handshake refusal is
 * the documented answer where the case names the target in handshakeRefusalOn), then the request
 * through the rule evaluator (its 421 when the Host has other options than the SNI).
 */
function evaluateCase(c: CertCase, target: TargetName, echoPort: number): { outcome: ScenarioResult['outcome']; reason: string; details?: string } {
  const set = casFor(c, target);
  const r = compileCase(c, target, { http: 18080, https: 18443 }, echoPort);
  const refused = refusedClosed(r, c, target);
  if (refused) return { outcome: 'n/a', reason: refused };
  if (!r.ok) return { outcome: 'failed', reason: 'compile failed', details: r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n') };
  const out = readOutput(r.files);
  const model = new TraefikModel(out.dynamic);
  const problems: string[] = [];
  for (const q of c.requests) {
    const pem = q.cert ? clientCert(q.cert, q.cn ?? c.host, set).cert : undefined;
    const [leaf, ...chain] = pem?.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----\n?/g) ?? [];
    const sni = q.sni ?? c.host;
    if (!q.plain) {
      const hs = handshakeOptions(model.tlsOptions, sni === '' ? undefined : sni);
      const completes = hs !== 'closed' && clientCertificateAccepted(hs.option, out.files, leaf ? { cert: leaf, intermediates: chain.join('') } : undefined);
      if (!completes) {
        if (!q.handshakeRefusalOn?.includes(target)) problems.push(`${describe(c, q)}: the handshake fails, expected ${q.expect}`);
        continue;
      }
    }
    const o = model.route({ host: c.host, path: q.path ?? '/', https: !q.plain, ...(q.plain ? {} : { sni }), ...(q.headers ? { headers: q.headers } : {}) });
    const expect = q.partialOn?.[target] ?? q.expect;
    if (o.status !== expect) {
      problems.push(`${describe(c, q)}: status ${o.status}, expected ${expect}`);
      continue;
    }
    if (expect === 200 && o.kind !== 'proxied') problems.push(`${describe(c, q)}: not answered by the backend`);
    if (q.location !== undefined && (o.kind !== 'redirect' || o.location !== q.location)) problems.push(`${describe(c, q)}: Location ${o.kind === 'redirect' ? o.location : 'none'}, expected ${q.location}`);
    if (q.upstreamHeader && o.kind === 'proxied') {
      const got = o.setHeaders[q.upstreamHeader.name];
      // The documented difference: the backend gets no ssl-client-* header (the client's own removed).
      const ok = q.upstreamHeaderAbsentOn?.includes(target) ? got === '' : got?.startsWith(q.upstreamHeader.startsWith) === true;
      if (!ok) problems.push(`${describe(c, q)}: the backend got ${q.upstreamHeader.name}: ${JSON.stringify(got)}, expected ${q.upstreamHeaderAbsentOn?.includes(target) ? 'none' : `it to start with ${q.upstreamHeader.startsWith}`}`);
    }
  }
  if (problems.length) return { outcome: 'failed', reason: problems[0]!, details: `${c.source}: ${c.it}\n${problems.join('\n')}` };
  return { outcome: 'passed', reason: `${c.requests.length} requests (evaluator)` };
}
