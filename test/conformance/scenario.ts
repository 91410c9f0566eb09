// Runs the scenarios of one feature file on one target: builds the Ingress
// set and the Services the suite would have created (STEPS.md §1), starts one
// conformance echo per Service (N for a scaled one), compiles with ingressc,
// starts the real proxy on loopback (or asks the Traefik rule evaluator), sends
// the requests and checks every assertion. Proxies are shared by every
// scenario of the feature whose Ingress set is the same.
import { CODES } from '../../src/diagnostics/codes.js';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import YAML from 'yaml';
import { compile, type CompileResult, type Diagnostic, type SourceFile, type TargetName } from '../../src/index.js';
import { startProxy, type ProxyKind, type RunningProxy } from '../harness/index.js';
import { capture, certValidFor, describeWire, tls12Cipher, type Address, type Exchange, type WireRequest } from './client.js';
import { startConformanceEcho, type ConformanceEcho, type EchoJson } from './echo.js';
import type { FeatureFile, ScenarioCase } from './gherkin.js';
import { bindSteps, type Action, type BoundStep } from './steps.js';
import type { TraefikEvaluator } from './traefik.js';

export const NAMESPACE = 'ingress-conformance-local';
/** The class the suite defaults Ingresses to, and the one ingressc compiles for. */
export const INGRESS_CLASS = 'conformance';
const BFE_ANNOTATION = 'bfe.ingress.kubernetes.io/';

export type Outcome = 'passed' | 'failed' | 'n/a';

export interface ScenarioResult {
  feature: string;
  index: number;
  line: number;
  name: string;
  outcome: Outcome;
  /** One line: why it failed / is not applicable / what was special about the pass. */
  reason: string;
  /** Failure details: scenario, request, expected, actual. */
  details?: string;
  /** "IS=Prefix" when the request's host has ImplementationSpecific paths (STEPS.md §6). */
  flags: string[];
}

/** How a target is exercised. */
export type Runner =
  | { mode: 'live'; target: TargetName; kind: ProxyKind }
  | { mode: 'eval'; target: TargetName; evaluate: TraefikEvaluator };

/** The ingress-nginx e2e cases ported into test/conformance/ingress-nginx/. */
export const isIngressNginxSuite = (rel: string): boolean => rel.startsWith('ingress-nginx/') || rel.startsWith('ingress2gateway/');

export const scenarioKey = (feature: string, index: number): string => `${feature}#${index}`;

// ------------------------------------------------------------------ world

type Obj = Record<string, unknown>;

interface IngressEntry {
  name: string;
  obj: Obj;
}

interface World {
  /**
   * The class the Ingresses default to is ingress-nginx's (an IngressClass with controller
   * k8s.io/ingress-nginx is compiled with them): set for the ported ingress-nginx suites.
   */
  ingressNginx?: boolean;
  ingresses: IngressEntry[];
  secrets: Array<{ name: string; host: string }>;
  scale: Record<string, number>;
  /** Services whose echo terminates TLS itself, with the suite's certificate for this host (ssl-passthrough backends). */
  tlsBackends?: Record<string, string>;
}

const newWorld = (): World => ({ ingresses: [], secrets: [], scale: {} });

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** Parses a doc string as sigs.k8s.io/yaml does (duplicate keys: the last one wins). */
function parseManifest(text: string): Obj {
  const v: unknown = YAML.parse(text, { uniqueKeys: false });
  if (!isObj(v)) throw new Error('doc string is not a YAML mapping');
  return v;
}

/** The suite's defaults: namespace forced, ingressClassName defaulted (STEPS.md §1). */
function ingressFrom(a: Extract<Action, { t: 'ingress' | 'update-ingress' | 'ingress-rejected' }>): IngressEntry {
  const parsed = parseManifest(a.yaml);
  const obj: Obj =
    a.t === 'ingress' && a.form === 'spec'
      ? { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: a.name }, spec: parsed }
      : parsed;
  const meta = isObj(obj.metadata) ? obj.metadata : (obj.metadata = {});
  meta.namespace = NAMESPACE;
  const spec = isObj(obj.spec) ? obj.spec : (obj.spec = {});
  const annotations = isObj(meta.annotations) ? meta.annotations : {};
  if (spec.ingressClassName === undefined && annotations['kubernetes.io/ingress.class'] === undefined) spec.ingressClassName = INGRESS_CLASS;
  return { name: String(meta.name ?? ''), obj };
}

function putIngress(w: World, e: IngressEntry): void {
  const i = w.ingresses.findIndex((x) => x.name === e.name);
  if (i >= 0) w.ingresses[i] = e;
  else w.ingresses.push(e);
}

interface ServiceUse {
  service: string;
  /** First Ingress that references it (the echo's INGRESS_NAME). */
  ingress: string;
  /** Ports as written in the Ingresses: numbers or names. */
  ports: Array<number | string>;
}

function backendsOf(ing: Obj): Array<{ service: string; port: number | string }> {
  const out: Array<{ service: string; port: number | string }> = [];
  const add = (b: unknown) => {
    if (!isObj(b) || !isObj(b.service)) return;
    const name = b.service.name;
    const port = isObj(b.service.port) ? b.service.port : {};
    const p = typeof port.number === 'number' ? port.number : typeof port.name === 'string' ? port.name : undefined;
    if (typeof name === 'string' && p !== undefined) out.push({ service: name, port: p });
  };
  const spec = isObj(ing.spec) ? ing.spec : {};
  add(spec.defaultBackend);
  for (const r of Array.isArray(spec.rules) ? spec.rules : []) {
    const http = isObj(r) && isObj(r.http) ? r.http : {};
    for (const p of Array.isArray(http.paths) ? http.paths : []) if (isObj(p)) add(p.backend);
  }
  return out;
}

function servicesOf(w: World): ServiceUse[] {
  const by = new Map<string, ServiceUse>();
  for (const ing of w.ingresses)
    for (const b of backendsOf(ing.obj)) {
      const u = by.get(b.service) ?? { service: b.service, ingress: ing.name, ports: [] };
      if (!u.ports.includes(b.port)) u.ports.push(b.port);
      by.set(b.service, u);
    }
  return [...by.values()];
}

/** Does any rule for `host` (exact or one-label wildcard) use ImplementationSpecific? */
function hostUsesIS(w: World, host: string): boolean {
  const h = host.toLowerCase().replace(/:\d+$/, '');
  for (const ing of w.ingresses) {
    const spec = isObj(ing.obj.spec) ? ing.obj.spec : {};
    for (const r of Array.isArray(spec.rules) ? spec.rules : []) {
      if (!isObj(r)) continue;
      const rh = typeof r.host === 'string' ? r.host.toLowerCase() : '';
      const match = rh === h || (rh.startsWith('*.') && h.endsWith(rh.slice(1)) && !h.slice(0, -rh.length + 1).includes('.'));
      if (!match || !isObj(r.http)) continue;
      for (const p of Array.isArray(r.http.paths) ? r.http.paths : []) if (isObj(p) && p.pathType === 'ImplementationSpecific') return true;
    }
  }
  return false;
}

// ------------------------------------------------------------------ certificates

const certCache = new Map<string, { cert: string; key: string }>();

/** The suite's Secret: RSA-2048, self-signed, CN=default O=Acme Co, SAN DNS:<host>, serverAuth. */
export function suiteCertificate(host: string): { cert: string; key: string } {
  const hit = certCache.get(host);
  if (hit) return hit;
  const tmp = mkdtempSync(join(os.tmpdir(), 'ingressc-conf-cert-'));
  try {
    const key = join(tmp, 'tls.key');
    const crt = join(tmp, 'tls.crt');
    const san = /^[0-9.]+$/.test(host) ? `IP:${host}` : `DNS:${host}`;
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '365', '-subj', '/CN=default/O=Acme Co',
        '-addext', `subjectAltName=${san}`,
        '-addext', 'keyUsage=critical,digitalSignature,keyEncipherment',
        '-addext', 'extendedKeyUsage=serverAuth',
        '-addext', 'basicConstraints=critical,CA:FALSE',
        '-keyout', key, '-out', crt,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 },
    );
    // The Go suite writes a PKCS#1 "RSA PRIVATE KEY".
    const rsaKey = execFileSync('openssl', ['rsa', '-in', key, '-traditional'], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 }).toString();
    const pair = { cert: readFileSync(crt, 'utf8'), key: rsaKey };
    certCache.set(host, pair);
    return pair;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ sources

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** Ingresses + the Services and TLS Secrets the suite would have created. */
function sourcesFor(w: World, extra: IngressEntry[] = []): SourceFile[] {
  const out: SourceFile[] = [];
  // YAML 1.1 as Kubernetes reads it: a string such as "yes" stays quoted (1.2 would write it bare, a boolean to ingressc).
  [...w.ingresses, ...extra].forEach((ing, i) => out.push({ path: `ingress-${i + 1}-${ing.name}.yaml`, text: YAML.stringify(ing.obj, { version: '1.1' }) }));
  if (w.ingressNginx)
    out.push({ path: 'ingressclass.yaml', text: YAML.stringify({ apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: INGRESS_CLASS }, spec: { controller: 'k8s.io/ingress-nginx' } }) });
  const svcWorld: World = { ...w, ingresses: [...w.ingresses, ...extra] };
  for (const s of servicesOf(svcWorld)) {
    const ports = s.ports.map((p) => (typeof p === 'number' ? { port: p, targetPort: 3000 } : { name: p, port: 8080, targetPort: 3000 }));
    out.push({
      path: `service-${s.service}.yaml`,
      text: YAML.stringify({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: s.service, namespace: NAMESPACE },
        spec: { type: 'NodePort', selector: { app: `${s.ingress}-${s.service}` }, ports },
      }),
    });
  }
  for (const sec of w.secrets) {
    const { cert, key } = suiteCertificate(sec.host);
    out.push({
      path: `secret-${sec.name}.yaml`,
      text: YAML.stringify({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: sec.name, namespace: NAMESPACE },
        type: 'kubernetes.io/tls',
        data: { 'tls.crt': b64(cert), 'tls.key': b64(key) },
      }),
    });
  }
  return out;
}

function compileWorld(target: TargetName, sources: SourceFile[], backends: string[], ports = { http: 80, https: 443 }): CompileResult {
  return compile(sources, {
    target,
    listenHttp: `127.0.0.1:${ports.http}`,
    listenHttps: `127.0.0.1:${ports.https}`,
    backends,
    ingressClass: INGRESS_CLASS,
    ...(target === 'nginx' ? NGINX_ROUTING : {}),
  });
}

/**
 * INGRESSC_CONFORMANCE_NGINX_ROUTING=maps runs the nginx target with `--nginx-routing maps`
 * (read by this runner only): the suite then proves the map routing against the same scenarios.
 */
const NGINX_ROUTING: { nginxRouting?: 'maps' } = process.env.INGRESSC_CONFORMANCE_NGINX_ROUTING === 'maps' ? { nginxRouting: 'maps' } : {};

const errorsOf = (d: Diagnostic[]): Diagnostic[] => d.filter((x) => x.severity === 'error');
const showDiags = (d: Diagnostic[]): string => d.map((x) => `${x.code} ${x.message}`).join('; ');

function writeFiles(dir: string, files: CompileResult['files']): void {
  for (const f of files) {
    const p = join(dir, f.path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.content, { mode: f.mode ?? 0o644 });
    chmodSync(dirname(p), 0o755);
  }
}

// ------------------------------------------------------------------ deployments

class Failure extends Error {}
/** A scenario the target cannot apply to, found at compile time (an annotation or match it does not honour fails closed). */
class NotApplicable extends Error {}

/**
 * In the ingress-nginx suites, a target that does not honour an annotation (IC2101 access, IC2102 routing) or cannot express a
 * rewrite (IC4507, Gateway API) refuses to compile: the scenario does not apply to it (the matrix lists why).
 */
function refusedByTarget(w: World, d: Deployment): string | undefined {
  // Load balancing is tuning: a target that cannot apply it warns and balances its own way (IC2103).
  const tuning = w.ingressNginx ? d.result.diagnostics.find((x) => x.code === 'IC2103' && x.message.includes('(load balancing)')) : undefined;
  if (tuning) return `the target does not apply it (tuning, a warning): ${tuning.code} ${tuning.message.split(' ')[1] ?? ''}`;
  if (!w.ingressNginx || !d.error) return undefined;
  // IC3071: the target honours the annotation but refuses this value (a located error, as the matrix says);
  // IC3072/IC3140: it does not apply the policy on this kind of route (lower/route-kind-policies.ts);
  // IC4507: a rewrite Gateway API cannot express; IC4122/IC4304: a canary on a sticky route the target cannot tell apart.
  const why = d.result.diagnostics.find((x) => x.severity === 'error' && ['IC2101', 'IC2102', 'IC3071', 'IC3072', 'IC3140', 'IC4507', 'IC4122', 'IC4304'].includes(x.code));
  return why && `the target fails closed: ${why.code} ${why.message.split(' ')[1] ?? ''}`;
}

interface Deployment {
  key: string;
  result: CompileResult;
  echoes: ConformanceEcho[];
  proxy?: RunningProxy;
  address?: Address;
  traefik?: { config: string; files: Map<string, string>; serviceNames: Map<string, string> };
  /** Set when compile or start failed; every scenario using it fails with this. */
  error?: string;
}

const worldKey = (w: World): string => JSON.stringify(w);

/** One per (target, feature file): the deployments its scenarios share. */
export class FeatureRunner {
  private readonly deployments = new Map<string, Promise<Deployment>>();

  constructor(readonly runner: Runner) {}

  deploy(w: World): Promise<Deployment> {
    const key = worldKey(w);
    let d = this.deployments.get(key);
    if (!d) {
      d = this.start(structuredClone(w), key);
      this.deployments.set(key, d);
    }
    return d;
  }

  private async start(w: World, key: string): Promise<Deployment> {
    const echoes: ConformanceEcho[] = [];
    const backends: string[] = [];
    for (const s of servicesOf(w)) {
      const n = w.scale[s.service] ?? 1;
      const eps: string[] = [];
      for (let i = 0; i < n; i++) {
        const tlsHost = w.tlsBackends?.[s.service];
        const e = await startConformanceEcho(
          {
            service: s.service,
            ingress: s.ingress,
            namespace: NAMESPACE,
            pod: n > 1 || w.scale[s.service] !== undefined ? `${s.service}-${i}` : `${s.ingress}-${s.service}-0`,
          },
          tlsHost !== undefined ? suiteCertificate(tlsHost) : undefined,
        );
        echoes.push(e);
        eps.push(`127.0.0.1:${e.port}`);
      }
      for (const p of s.ports) backends.push(`${NAMESPACE}/${s.service}:${p}=${eps.join(',')}`);
    }
    const sources = sourcesFor(w);
    const { target } = this.runner;
    let result: CompileResult;
    try {
      result = compileWorld(target, sources, backends);
    } catch (e) {
      return { key, result: { ok: false, files: [], diagnostics: [] }, echoes, error: `ingressc threw: ${(e as Error).message}` };
    }
    if (!result.ok) return { key, result, echoes, error: `ingressc rejected the Ingress set: ${showDiags(errorsOf(result.diagnostics))}` };
    const d: Deployment = { key, result, echoes };
    if (this.runner.mode === 'eval') {
      // The routers live in the dynamic file; the evaluator also gets every emitted file.
      const files = new Map(result.files.map((f) => [f.path, f.content]));
      const dynamic = result.files.find((f) => /^\s*routers:/m.test(f.content)) ?? result.files.find((f) => f.path === result.mainFile);
      const serviceNames = new Map<string, string>();
      for (const u of result.ir?.upstreams ?? []) serviceNames.set(u.id, u.service);
      d.traefik = { config: dynamic?.content ?? '', files, serviceNames };
      return d;
    }
    const kind = this.runner.kind;
    try {
      d.proxy = await startProxy({
        kind,
        build: (ports, dir) => {
          const r = compileWorld(target, sources, backends, ports);
          if (!r.ok) throw new Error(`ingressc rejected the Ingress set: ${showDiags(errorsOf(r.diagnostics))}`);
          writeFiles(dir, r.files);
          // Without certificates there is no HTTPS listener, though a redirect Location names its port.
          return { waitFor: r.ir?.certificates.length ? [ports.http, ports.https] : [ports.http] };
        },
      });
      d.address = d.proxy.ports;
    } catch (e) {
      d.error = `${kind} did not start: ${(e as Error).message.split('\n').slice(0, 12).join('\n')}`;
    }
    return d;
  }

  /** Compiles without starting anything (status-absent, rejection checks). */
  compileOnly(w: World, extra: IngressEntry[] = []): CompileResult {
    const backends = servicesOf({ ...w, ingresses: [...w.ingresses, ...extra] }).flatMap((s) => s.ports.map((p) => `${NAMESPACE}/${s.service}:${p}=127.0.0.1:9`));
    return compileWorld(this.runner.target, sourcesFor(w, extra), backends);
  }

  async close(): Promise<void> {
    const all = await Promise.all(this.deployments.values());
    this.deployments.clear();
    await Promise.all(all.map(async (d) => {
      await d.proxy?.stop();
      await Promise.all(d.echoes.map((e) => e.close()));
    }));
  }
}

// ------------------------------------------------------------------ applicability

/** Why a scenario cannot apply to ingressc at all (before any target runs), or undefined. */
export function notApplicable(feature: string, bound: BoundStep[]): string | undefined {
  if (feature.startsWith('ingress-bfe/conformance/'))
    return `bfe's edited copy of upstream's ${feature.split('/').pop()}; upstream's copy is run instead`;
  for (const { action: a } of bound) {
    if (a.t === 'ingress-bfe') return `BFE-only: Ingress with BFE ${a.what}`;
    if (a.t === 'ingress-service-info') return 'BFE-only: weighted balancing over a placeholder Service (bfe.ingress.kubernetes.io/balance.weight)';
    if (a.t === 'status-not-success') return "BFE-only: waits for BFE's status annotation to report an error";
    if (a.t === 'ingress' || a.t === 'ingress-rejected' || a.t === 'update-ingress') {
      let obj: Obj;
      try {
        obj = parseManifest(a.yaml);
      } catch {
        continue;
      }
      const meta = isObj(obj.metadata) ? obj.metadata : {};
      const ann = isObj(meta.annotations) ? Object.keys(meta.annotations).find((k) => k.startsWith(BFE_ANNOTATION)) : undefined;
      if (ann) return `BFE-only annotation ${ann}`;
    }
  }
  return undefined;
}

// ------------------------------------------------------------------ one scenario

interface Ctx {
  world: World;
  deployment?: Deployment;
  exchanges: Exchange[];
  flags: Set<string>;
  notes: Set<string>;
  /** Assertions a rule evaluator cannot observe (backend/transport details). */
  unobserved: Set<string>;
  /** Mismatches the compile reported as differences the target cannot express (reportedDifference). */
  differences: Set<string>;
}

/**
 * A step's mismatch that a located compile warning reports as a difference the target cannot
 * express: the scenario is then not applicable on that target (with the warning as the reason),
 * never passed; the other steps still run and can fail it. Each code explains one kind of
 * mismatch only, checked by the caller, for the host the warning names:
 * - IC4502 (Gateway API): a name two or more labels under a reported wildcard gets its routes;
 * - IC4509 (Gateway API): the HTTPS redirect's Location keeps the final "/" ingress-nginx drops;
 * - IC4510 (Gateway API): the CORS filter's answers (corsDifference);
 * - IC4508 (Gateway API): a 404 for a path that differs only in case from a rewrite's PathPrefix the
 *   warning names as case-sensitive.
 */
function reportedDifference(ctx: Ctx, code: 'IC4502' | 'IC4508' | 'IC4509' | 'IC4510', requestHost: string, explains?: (message: string) => boolean): string | undefined {
  const host = requestHost.replace(/:\d+$/, '').toLowerCase();
  const d = ctx.deployment?.result.diagnostics.find((x) => {
    const named = /^host (\S+?):/.exec(x.message)?.[1];
    if (x.code !== code || x.severity !== 'warning' || named === undefined || (explains && !explains(x.message))) return false;
    if (code === 'IC4502') return named.startsWith('*.') && host.endsWith(named.slice(1)) && host.slice(0, -named.length + 1).includes('.');
    return named === host || (named.startsWith('*.') && host.endsWith(named.slice(1)));
  });
  return d && `reported difference (${code} warning at compile): ${CODES[code].title}`;
}

const PREFLIGHT_ONLY = new Set(['access-control-allow-methods', 'access-control-allow-headers', 'access-control-max-age']);

/**
 * IC4510: whether a CORS mismatch is one the Gateway API CORS filter is reported to make (and which):
 * - 'status': a 204 expected for an OPTIONS request, which the filter answers only as a real preflight
 *   (with Access-Control-Request-Method), with 200 or 204, else proxies;
 * - 'proxied': an OPTIONS request without Access-Control-Request-Method that reached the backend;
 * - a header name: a CORS header missing from the answer to a request without Origin, an
 *   Allow-Methods/-Headers/Max-Age missing from an answer that is not a preflight's, or
 *   Allow-Credentials missing beside "Access-Control-Allow-Origin: *".
 */
function corsDifference(ctx: Ctx, ex: Exchange | undefined, what: 'status' | 'proxied' | string): string | undefined {
  const req = ex?.hops[0];
  if (!ex || !req) return undefined;
  const h = new Map(Object.entries(req.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const preflight = req.method === 'OPTIONS' && h.has('origin') && h.has('access-control-request-method');
  let explained: boolean;
  if (what === 'status') explained = req.method === 'OPTIONS' && (preflight ? ex.status === 200 && !ex.echo : ex.echo !== undefined);
  else if (what === 'proxied') explained = req.method === 'OPTIONS' && !preflight && ex.echo !== undefined;
  else {
    const name = what.toLowerCase();
    const present = Object.keys(ex.headers).some((k) => k.toLowerCase() === name);
    const acao = Object.entries(ex.headers).find(([k]) => k.toLowerCase() === 'access-control-allow-origin')?.[1];
    explained =
      !present &&
      name.startsWith('access-control-') &&
      (!h.has('origin') || (PREFLIGHT_ONLY.has(name) && !preflight) || (name === 'access-control-allow-credentials' && acao?.length === 1 && acao[0] === '*'));
  }
  return explained ? reportedDifference(ctx, 'IC4510', req.host) : undefined;
}

const NO_ROUTE_STATUS = 404;

function describeExchange(ex: Exchange | undefined): string {
  if (!ex) return '(no request was sent)';
  if (ex.error) return `transport error: ${ex.error}`;
  const parts = [`status ${ex.status} ${ex.proto}`];
  if (ex.hops.length > 1) parts.push(`after ${ex.hops.length - 1} redirect(s) via ${ex.hops.slice(1).map(describeWire).join(' → ')}`);
  if (ex.echo) parts.push(`served by "${ex.echo.service}" (pod ${ex.echo.pod}; backend saw ${ex.echo.method} ${ex.echo.path} Host=${ex.echo.host} ${ex.echo.proto})`);
  else parts.push(`not served by an echo backend; body ${JSON.stringify(ex.body.slice(0, 120))}`);
  if (ex.cert) parts.push(`certificate SANs ${ex.cert.sans.join(',') || '(none)'}`);
  if (ex.simulated) parts.push('(decided by the rule evaluator)');
  return parts.join('; ');
}

function headerCheck(where: string, have: Record<string, string[]>, rows: Array<[string, string]>): string | undefined {
  const lower: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(have)) (lower[k.toLowerCase()] ??= []).push(...v);
  for (const [key, value] of rows) {
    const vals = lower[key.toLowerCase()];
    if (!vals) return `${where} header ${key} missing (have: ${Object.keys(have).join(', ')})`;
    if (value !== '*' && !vals.includes(value)) return `${where} header ${key} is ${JSON.stringify(vals)}, expected ${JSON.stringify(value)}`;
  }
  return undefined;
}

/** Runs one scenario's steps; throws Failure with a message on the first failing step. */
async function execute(fr: FeatureRunner, bound: BoundStep[], ctx: Ctx): Promise<void> {
  const runner = fr.runner;
  const last = () => ctx.exchanges[ctx.exchanges.length - 1];
  const ensure = async (): Promise<Deployment> => {
    const d = await fr.deploy(ctx.world);
    ctx.deployment = d;
    const refused = refusedByTarget(ctx.world, d);
    if (refused) throw new NotApplicable(refused);
    if (d.error) throw new Failure(d.error);
    return d;
  };
  const send = async (first: WireRequest, count: number): Promise<void> => {
    const d = await ensure();
    // The ingress-nginx suites read ImplementationSpecific as ingress-nginx does, not as Prefix.
    if (!ctx.world.ingressNginx && hostUsesIS(ctx.world, first.host)) ctx.flags.add('IS=Prefix');
    ctx.exchanges = [];
    for (let i = 0; i < count; i++) {
      // ingress-nginx's e2e client answers the first response (framework.go: http.ErrUseLastResponse).
      const follow = !ctx.world.ingressNginx;
      if (runner.mode === 'live') ctx.exchanges.push(await capture(d.address!, first, follow, 5000));
      else ctx.exchanges.push(await evaluate(runner.evaluate, d, first, follow));
    }
    const hopped = ctx.exchanges.find((x) => x.hops.length > 1);
    if (hopped) ctx.notes.add(`followed redirect ${hopped.hops.map((h) => `${h.scheme}://${h.host}${h.path}`).join(' → ')} (STEPS.md §3.6)`);
  };
  const echoOf = (what: string): EchoJson => {
    const ex = last();
    if (!ex?.echo) throw new Failure(`${what}: the response was not an echo backend's JSON`);
    return ex.echo;
  };
  /** Backend/transport details an evaluator cannot observe. */
  const unobservable = (what: string, names: readonly string[] = []): boolean => {
    if (last()?.simulated && !(what === 'the response headers' && last()?.evaluatorSaw?.responseHeaders && names.length > 0 && names.every(evaluatorKnowsHeader))) {
      ctx.unobserved.add(what);
      return true;
    }
    return false;
  };

  for (const { step, action: a } of bound) {
    const where = `step (line ${step.line}) "${step.text}"`;
    try {
      switch (a.t) {
        case 'namespace':
          break;
        case 'secret':
          ctx.world.secrets = ctx.world.secrets.filter((s) => s.name !== a.name).concat({ name: a.name, host: a.host });
          break;
        case 'ingress':
        case 'update-ingress':
          putIngress(ctx.world, ingressFrom(a));
          break;
        case 'tls-backend':
          ctx.world.tlsBackends = { ...(ctx.world.tlsBackends ?? {}), [a.service]: a.host };
          break;
        case 'scale':
          ctx.world.scale[a.service] = a.replicas;
          ctx.notes.add(`adapted: "${a.service}" scaled to ${a.replicas} = ${a.replicas} echo processes as its endpoints`);
          break;
        case 'status-ready':
          await ensure();
          break;
        case 'status-absent': {
          // Adapted (STEPS.md §5.B): ingressc, compiling for class "conformance", emits no route for a foreign class.
          const r = fr.compileOnly(ctx.world);
          const skipped = r.diagnostics.some((d) => d.code === 'IC3008');
          const routes = (r.ir?.vhosts.length ?? 0) + (r.ir?.defaultUpstream ? 1 : 0);
          const otherErrors = errorsOf(r.diagnostics).filter((d) => d.code !== 'IC1006');
          if (!skipped || otherErrors.length > 0 || (r.ok && routes > 0))
            throw new Failure(`expected ingressc to emit no route for an Ingress of a foreign class; got ok=${r.ok}, ${routes} route(s), diagnostics: ${showDiags(r.diagnostics) || '(none)'}`);
          ctx.notes.add(`adapted: ingressc skips the foreign class (IC3008)${r.ok ? '' : ' and reports nothing to compile (IC1006)'}`);
          break;
        }
        case 'ingress-rejected': {
          const r = fr.compileOnly(ctx.world, [ingressFrom(a)]);
          if (r.ok) throw new Failure('expected ingressc to reject this Ingress (the API server would), but it compiled');
          const errs = errorsOf(r.diagnostics);
          ctx.notes.add(`adapted: ingressc rejects it (${errs.map((d) => `${d.code} ${d.message}`).join('; ')})`);
          break;
        }
        case 'ingress-bfe':
        case 'ingress-service-info':
        case 'status-not-success':
          throw new Failure(`BFE-only step reached: ${step.text}`);
        case 'send': {
          const u = new URL(a.url);
          const scheme = u.protocol === 'https:' ? 'https' : 'http';
          await send({ method: a.method, scheme, host: u.hostname, path: u.pathname || '/', ...(a.headers ? { headers: a.headers } : {}) }, a.count);
          break;
        }
        case 'send-numbered': {
          // One request per number; the batch is every response (send() keeps only its own).
          const all: typeof ctx.exchanges = [];
          for (let i = 1; i <= a.count; i++) {
            const u = new URL(a.url.replaceAll('{n}', String(i)));
            const headers = a.headers && Object.fromEntries(Object.entries(a.headers).map(([k, vs]) => [k, vs.map((v) => v.replaceAll('{n}', String(i)))]));
            await send({ method: a.method, scheme: u.protocol === 'https:' ? 'https' : 'http', host: u.hostname, path: `${u.pathname || '/'}${u.search}`, ...(headers ? { headers } : {}) }, 1);
            all.push(...ctx.exchanges);
          }
          ctx.exchanges = all;
          break;
        }
        case 'send-host-path': {
          const d = await ensure();
          const host = a.host !== '' ? a.host : runner.mode === 'live' ? `127.0.0.1:${d.address!.http}` : '127.0.0.1';
          await send({ method: a.method, scheme: 'http', host, path: `/${a.path}` }, 1);
          break;
        }
        case 'status': {
          const ex = last();
          if (!ex || ex.error) throw new Failure(`expected status ${a.code}`);
          if (a.code === 404 || a.code === 500) {
            // "No route" (STEPS.md §4): upstream writes 404, bfe 500; ingressc's proxies answer 404.
            const okStatus = ex.status === NO_ROUTE_STATUS || (a.code === 500 && ex.status === 500);
            const widened = !okStatus || ex.echo ? reportedDifference(ctx, 'IC4502', ex.hops[0]!.host) : undefined;
            if (widened) ctx.differences.add(widened);
            else if (!okStatus || ex.echo) throw new Failure(`expected no route (${a.code}${a.code === 500 ? ', bfe\'s no-route code; 404 accepted' : ''}) and no backend answering`);
            if (a.code === 500 && ex.status === 404) ctx.notes.add('no route: bfe expects 500, ingressc answers 404 (STEPS.md §4)');
          } else if (ex.status !== a.code) {
            const cors = a.code === 204 ? corsDifference(ctx, ex, 'status') : undefined;
            const path = ex.hops[0]!.path.split('?')[0]!;
            const caseOnly = (m: string): boolean =>
              [...m.matchAll(/"([^"]+)\(\/\|\$\)\(\.\*\)"/g)].some(([, p]) => {
                const lower = path.toLowerCase();
                const prefix = p!.toLowerCase();
                return !path.startsWith(p!) && (lower === prefix || lower.startsWith(`${prefix}/`));
              });
            const cased = ex.status === NO_ROUTE_STATUS && !ex.echo ? reportedDifference(ctx, 'IC4508', ex.hops[0]!.host, caseOnly) : undefined;
            if (cased) {
              ctx.differences.add(cased);
              break;
            }
            if (cors) ctx.differences.add(cors);
            else throw new Failure(`expected status ${a.code}`);
          }
          break;
        }
        case 'served-by': {
          const ex = last();
          if (ex?.simulated) {
            if (ex.echo?.service !== a.service) throw new Failure(`expected to be served by "${a.service}"`);
            break;
          }
          const e = echoOf(`expected to be served by "${a.service}"`);
          if (e.service !== a.service) throw new Failure(`expected to be served by "${a.service}"`);
          break;
        }
        case 'served-by-every': {
          const other = ctx.exchanges.filter((x) => x.echo?.service !== a.service);
          if (ctx.exchanges.length === 0 || other.length) throw new Failure(`expected all ${ctx.exchanges.length} responses from "${a.service}"; ${other.length} were not (e.g. ${describeExchange(other[0])})`);
          break;
        }
        case 'served-by-count': {
          const n = ctx.exchanges.filter((x) => x.echo?.service === a.service).length;
          const failed = ctx.exchanges.filter((x) => x.status !== 200 || !x.echo).length;
          if (failed) throw new Failure(`expected every response from an echo backend; ${failed} were not`);
          if (n < a.min || n > a.max) throw new Failure(`expected between ${a.min} and ${a.max} of ${ctx.exchanges.length} responses from "${a.service}", got ${n}`);
          ctx.notes.add(`${n} of ${ctx.exchanges.length} from "${a.service}"`);
          break;
        }
        case 'served-by-all': {
          const seen = new Set(ctx.exchanges.map((x) => x.echo?.service).filter((s): s is string => !!s));
          const missing = a.services.filter((s) => !seen.has(s));
          if (missing.length) throw new Failure(`expected responses from every one of ${a.services.join(', ')}; never served by ${missing.join(', ')}`);
          break;
        }
        case 'request-host':
          if (unobservable('the Host the backend saw')) break;
          if (echoOf('request host').host !== a.host) throw new Failure(`expected the backend to see Host "${a.host}"`);
          break;
        case 'request-path': {
          if (!last()?.evaluatorSaw?.path && unobservable('the path the backend saw')) break;
          const want = a.path.startsWith('/') ? a.path : `/${a.path}`;
          if (echoOf('request path').path !== want) throw new Failure(`expected the backend to see path "${want}"`);
          break;
        }
        case 'request-method':
          if (unobservable('the method the backend saw')) break;
          if (echoOf('request method').method !== a.method) throw new Failure(`expected the backend to see method "${a.method}"`);
          break;
        case 'request-proto':
          if (unobservable('the proxy→backend protocol')) break;
          if (echoOf('request proto').proto !== a.proto) throw new Failure(`expected the proxy→backend protocol "${a.proto}"`);
          break;
        case 'response-proto': {
          if (unobservable('the response protocol')) break;
          const ex = last();
          if (ex?.proto !== a.proto) throw new Failure(`expected response protocol "${a.proto}"`);
          break;
        }
        case 'response-headers': {
          if (unobservable('the response headers', a.rows.map(([k]) => k))) break;
          const ex = last();
          const missing = a.rows.filter(([k]) => !Object.keys(ex?.headers ?? {}).some((h) => h.toLowerCase() === k.toLowerCase()));
          const cors = missing.length ? missing.map(([k]) => corsDifference(ctx, ex, k)) : [];
          if (cors.length && cors.every((c) => c !== undefined)) {
            ctx.differences.add(cors[0]!);
            const bad = headerCheck('response', ex?.headers ?? {}, a.rows.filter((r) => !missing.includes(r)));
            if (bad) throw new Failure(`expected response headers ${a.rows.map(([k, v]) => `${k}=${v}`).join(', ')}: ${bad}`);
            break;
          }
          const bad = headerCheck('response', ex?.headers ?? {}, a.rows);
          if (bad) throw new Failure(`expected response headers ${a.rows.map(([k, v]) => `${k}=${v}`).join(', ')}: ${bad}`);
          break;
        }
        case 'request-headers': {
          const saw = last()?.evaluatorSaw?.setHeaders;
          if (!(saw && a.rows.every(([k]) => k.toLowerCase() in saw)) && unobservable('the request headers the backend saw')) break;
          const bad = headerCheck('request', echoOf('request headers').headers, a.rows);
          if (bad) throw new Failure(`expected backend request headers ${a.rows.map(([k, v]) => `${k}=${v}`).join(', ')}: ${bad}`);
          break;
        }
        case 'request-header-absent': {
          // The evaluator knows the headers the middlewares set; the suite's request sent none of these.
          if (!last()?.evaluatorSaw?.setHeaders && unobservable('the request headers the backend saw')) break;
          const have = Object.keys(echoOf('request headers').headers).find((k) => k.toLowerCase() === a.name.toLowerCase());
          if (have) throw new Failure(`expected the backend not to see header ${a.name}`);
          break;
        }
        case 'response-header-absent': {
          if (unobservable('the response headers', [a.name])) break;
          const have = Object.keys(last()?.headers ?? {}).find((k) => k.toLowerCase() === a.name.toLowerCase());
          if (have) throw new Failure(`expected no response header ${a.name}, got ${JSON.stringify(last()!.headers[have])}`);
          break;
        }
        case 'response-header-exact': {
          if (unobservable('the response headers', [a.name])) break;
          const vals = Object.entries(last()?.headers ?? {}).filter(([k]) => k.toLowerCase() === a.name.toLowerCase()).flatMap(([, v]) => v);
          const cors = vals.length === 0 ? corsDifference(ctx, last(), a.name) : undefined;
          if (cors) ctx.differences.add(cors);
          else if (vals.length !== 1 || vals[0] !== a.value) throw new Failure(`expected exactly one response header ${a.name}: ${JSON.stringify(a.value)}, got ${JSON.stringify(vals)}`);
          break;
        }
        case 'response-header-contains': {
          if (unobservable('the response headers', [a.name])) break;
          const vals = Object.entries(last()?.headers ?? {}).filter(([k]) => k.toLowerCase() === a.name.toLowerCase()).flatMap(([, v]) => v);
          const hit = vals.some((v) => v.includes(a.value));
          const cors = !a.negate && vals.length === 0 ? corsDifference(ctx, last(), a.name) : undefined;
          if (cors) ctx.differences.add(cors);
          else if (hit === a.negate) throw new Failure(`expected response header ${a.name} ${a.negate ? 'not ' : ''}to contain ${JSON.stringify(a.value)}, got ${JSON.stringify(vals)}`);
          break;
        }
        case 'send-with-cookie': {
          // The cookie's name=value from the last response's Set-Cookie, sent back as a browser would.
          const set = Object.entries(last()?.headers ?? {}).filter(([k]) => k.toLowerCase() === 'set-cookie').flatMap(([, v]) => v);
          const pair = set.map((v) => v.split(';', 1)[0]!.trim()).find((p) => p.startsWith(`${a.cookie}=`));
          if (!pair) throw new Failure(`expected the last response to set cookie ${a.cookie}, got Set-Cookie ${JSON.stringify(set)}`);
          const u = new URL(a.url);
          await send({ method: a.method, scheme: u.protocol === 'https:' ? 'https' : 'http', host: u.hostname, path: u.pathname || '/', headers: { ...a.headers, Cookie: [pair] } }, a.count);
          break;
        }
        case 'same-pod': {
          // The evaluator names the server a sticky cookie chose (else the endpoint is not observable).
          if (!ctx.exchanges.every((x) => x.evaluatorSaw?.server) && unobservable('the endpoint that served each request')) break;
          const pods = new Set(ctx.exchanges.map((x) => x.echo?.pod ?? '(no echo)'));
          if (pods.size !== 1 || pods.has('(no echo)')) throw new Failure(`expected every response from one pod, saw ${[...pods].sort().join(', ')}`);
          break;
        }
        case 'not-proxied': {
          const ex = last();
          if (!ex || ex.error) throw new Failure('expected a response from the proxy itself');
          const cors = ex.echo ? corsDifference(ctx, ex, 'proxied') : undefined;
          if (cors) ctx.differences.add(cors);
          else if (ex.echo) throw new Failure('expected the proxy to answer without calling the backend');
          break;
        }
        case 'verify-hostname': {
          if (unobservable('the served certificate')) break;
          const ex = last();
          const https = ex?.hops[ex.hops.length - 1]?.scheme === 'https';
          if (!ex || !https) throw new Failure(`expected an HTTPS exchange verifying "${a.host}"`);
          if (!ex.cert) throw new Failure(`expected a certificate for "${a.host}", none recorded`);
          if (ex.cert.firstDnsSan !== a.host) throw new Failure(`expected the certificate's first DNS SAN to be "${a.host}"`);
          if (!certValidFor(ex.cert.peer, a.host)) throw new Failure(`expected the certificate to be valid for "${a.host}"`);
          break;
        }
        case 'tls12-handshake': {
          const d = await ensure();
          // The rule evaluators have no TLS: not applicable there, with the target's own warning when it has one.
          if (runner.mode !== 'live') {
            const warned = d.result.diagnostics.find((x) => x.code === 'IC2103');
            throw new NotApplicable(warned ? `${warned.code} ${warned.message}` : 'a TLS handshake, which the rule evaluator does not model');
          }
          const got = await tls12Cipher(d.address!, a.host, a.ciphers);
          if (got !== (a.expect ?? null)) throw new Failure(`expected a TLS 1.2 handshake offering ${a.ciphers} to ${a.expect ? `agree on ${a.expect}` : 'be refused'}; it ${got ? `agreed on ${got}` : 'was refused'}`);
          break;
        }
        case 'pods': {
          if (unobservable('load balancing over pods')) break;
          const pods = new Set(ctx.exchanges.filter((x) => x.status === a.status && x.echo).map((x) => x.echo!.pod));
          if (pods.size !== a.pods) throw new Failure(`expected ${a.pods} distinct pods among the ${a.status} responses, saw ${pods.size}: ${[...pods].sort().join(', ')}`);
          break;
        }
        case 'pods-at-least': {
          if (unobservable('load balancing over pods')) break;
          const failed = ctx.exchanges.filter((x) => x.status !== 200 || !x.echo).length;
          if (failed) throw new Failure(`expected every response from an echo backend; ${failed} were not`);
          const pods = new Set(ctx.exchanges.map((x) => x.echo!.pod));
          if (pods.size < a.min) throw new Failure(`expected responses from at least ${a.min} pods, saw ${pods.size}: ${[...pods].sort().join(', ')}`);
          ctx.notes.add(`${pods.size} pods served the batch`);
          break;
        }
        case 'location': {
          const ex = last();
          const loc = ex?.headers.location?.[0];
          // A live proxy listens on random ports where the suite's cluster has 80 and 443: the
          // Location is compared with those ports mapped back and default ports left out.
          const want = normalizeLocation(a.location);
          const got = loc === undefined ? undefined : normalizeLocation(loc, ctx.deployment?.address);
          const slash = got !== undefined && got === `${want}/` ? reportedDifference(ctx, 'IC4509', ex!.hops[0]!.host) : undefined;
          if (slash) ctx.differences.add(slash);
          else if (got !== want) throw new Failure(`expected Location "${a.location}", got ${JSON.stringify(loc)}${got !== loc ? ` (compared as ${JSON.stringify(got)})` : ''}`);
          break;
        }
        case 'location-matches': {
          const loc = last()?.headers.location?.[0];
          const got = loc === undefined ? undefined : normalizeLocation(loc, ctx.deployment?.address);
          if (got === undefined || !new RegExp(a.pattern).test(got)) throw new Failure(`expected a Location matching /${a.pattern}/, got ${JSON.stringify(loc)}${got !== loc ? ` (compared as ${JSON.stringify(got)})` : ''}`);
          break;
        }
      }
    } catch (e) {
      if (e instanceof Failure) {
        const ex = last();
        const req = ex ? ex.hops.map(describeWire).join(' → ') : '(none)';
        const lines = [`at ${where}`, `request: ${req}`, `expected: ${e.message}`, `actual: ${describeExchange(ex)}`];
        throw new Failure(lines.join('\n'));
      }
      throw e;
    }
  }
}

/**
 * Response headers an evaluator run can judge: it reports the headers the proxy's middlewares set,
 * and the suite's echo backend never sends Access-Control-* or Set-Cookie, so for those names the
 * evaluator's answer is the whole response's. Others (Date, Server, Content-*) are not observable.
 */
const evaluatorKnowsHeader = (name: string): boolean => /^(?:access-control-|set-cookie$)/i.test(name);

/** An absolute URL with the live listener ports read as 80/443 and a default port dropped; the rest exactly as written. */
function normalizeLocation(u: string, live?: Address): string {
  return u.replace(/^(https?):\/\/([^/?#]*?)(?::(\d+))?(?=[/?#]|$)/, (_m, scheme: string, host: string, port: string | undefined) => {
    let p = port;
    if (live && p === String(live.http)) p = '80';
    else if (live && p === String(live.https)) p = '443';
    return `${scheme}://${host}${p !== undefined && p !== (scheme === 'https' ? '443' : '80') ? `:${p}` : ''}`;
  });
}

async function evaluate(fn: TraefikEvaluator, d: Deployment, r: WireRequest, follow: boolean): Promise<Exchange> {
  const t = d.traefik!;
  const decision = await fn(t.config, { host: r.host, path: r.path, https: r.scheme === 'https', method: r.method, ...(r.headers ? { headers: r.headers } : {}), ...(follow ? {} : { follow: false }) }, t.files);
  let service: string | undefined;
  if (decision.service !== undefined) {
    // Map the Traefik service name back to the Kubernetes Service via the upstream id it embeds.
    // Exact id first, else the longest id the name contains ("ns_a_80" is inside "ns_a_8080" too).
    const ids = [...t.serviceNames.keys()].filter((id) => decision.service!.includes(id)).sort((a, b) => b.length - a.length);
    const id = t.serviceNames.has(decision.service) ? decision.service : ids[0];
    if (id !== undefined) service = t.serviceNames.get(id);
    service ??= decision.service;
  }
  const echo: EchoJson | undefined =
    service !== undefined && decision.status < 300
      ? { service, path: decision.path?.split('?', 1)[0] ?? r.path, host: r.host, method: r.method, proto: 'HTTP/1.1', headers: Object.fromEntries(Object.entries(decision.setHeaders ?? {}).map(([k, v]) => [k, [v]])), namespace: NAMESPACE, ingress: '', pod: decision.server ?? '' }
      : undefined;
  return {
    hops: [r],
    status: decision.status,
    proto: 'HTTP/1.1',
    headers: { ...Object.fromEntries(Object.entries(decision.responseHeaders ?? {}).filter(([, v]) => v !== '').map(([k, v]) => [k.toLowerCase(), [v]])), ...(decision.location ? { location: [decision.location] } : {}) },
    body: '',
    ...(echo ? { echo } : {}),
    simulated: true,
    evaluatorSaw: { path: echo !== undefined && decision.path !== undefined, ...(echo && decision.setHeaders ? { setHeaders: decision.setHeaders } : {}), ...(decision.responseHeaders ? { responseHeaders: true } : {}), ...(echo && decision.server ? { server: true } : {}) },
  };
}

/** Runs every scenario of one feature on one target. */
export async function runFeature(feature: FeatureFile, runner: Runner): Promise<ScenarioResult[]> {
  const fr = new FeatureRunner(runner);
  const results: ScenarioResult[] = [];
  try {
    for (const sc of feature.scenarios) results.push(await runScenario(fr, feature, sc));
  } finally {
    await fr.close();
  }
  return results;
}

async function runScenario(fr: FeatureRunner, feature: FeatureFile, sc: ScenarioCase): Promise<ScenarioResult> {
  const base = { feature: feature.rel, index: sc.index, line: sc.line, name: sc.name.split('\n')[0]!.trim() };
  let bound: BoundStep[];
  try {
    bound = bindSteps(sc.steps);
  } catch (e) {
    return { ...base, outcome: 'failed', reason: (e as Error).message, details: (e as Error).message, flags: [] };
  }
  const na = notApplicable(feature.rel, bound);
  if (na) return { ...base, outcome: 'n/a', reason: na, flags: [] };
  const world = newWorld();
  if (isIngressNginxSuite(feature.rel)) world.ingressNginx = true;
  const ctx: Ctx = { world, exchanges: [], flags: new Set(), notes: new Set(), unobserved: new Set(), differences: new Set() };
  try {
    await execute(fr, bound, ctx);
    if (ctx.differences.size) return { ...base, outcome: 'n/a', reason: [...ctx.differences].join('; '), flags: [...ctx.flags] };
    if (ctx.unobserved.size) ctx.notes.add(`routing checked by the rule evaluator; not observable there: ${[...ctx.unobserved].join(', ')}`);
    return { ...base, outcome: 'passed', reason: [...ctx.notes].join('; '), flags: [...ctx.flags] };
  } catch (e) {
    if (e instanceof NotApplicable) return { ...base, outcome: 'n/a', reason: e.message, flags: [...ctx.flags] };
    const msg = e instanceof Failure ? e.message : `harness error: ${(e as Error).stack ?? String(e)}`;
    const expected = /^expected: (.*)$/m.exec(msg)?.[1];
    return { ...base, outcome: 'failed', reason: expected ?? msg.split('\n')[0]!, details: msg, flags: [...ctx.flags] };
  }
}
