// Runs the whole conformance suite on one target; shared by cli.ts and conformance.test.ts.
import { compile, type TargetName } from '../../src/index.js';
import { registeredTargets } from '../../src/emit/registry.js';
import { proxyVersion, skipReason, type ProxyKind } from '../harness/index.js';
import { listFeatureFiles, loadFeature, type FeatureFile } from './gherkin.js';
import { knownFailure } from './known-failures.js';
import { runFeature, scenarioKey, type Runner, type ScenarioResult } from './scenario.js';
import { PORTED_FEATURE, runPorted } from './ingress-nginx/run.js';
import { BACKENDS_FEATURE, runBackendCases } from './ingress-nginx/backend-suite.js';
import { ERRORS_FEATURE, runErrorCases } from './ingress-nginx/errors-run.js';
import { CLIENT_CERT_FEATURE, runClientCert } from './ingress-nginx/clientcert-run.js';
import { TUNING_FEATURE, runTuningCases } from './ingress-nginx/tuning-run.js';
import { MIRROR_FEATURE, runMirrorCases } from './ingress-nginx/mirror-run.js';
import { HEADERS_FEATURE, runHeaderCases } from './ingress-nginx/headers-run.js';
import { findTraefikEvaluator } from './traefik.js';
import { join } from 'node:path';
import { repoRoot } from '../harness/proxies.js';
import { evaluateGatewayApi } from '../gateway-api/conformance-adapter.js';

export const ALL_TARGETS: readonly TargetName[] = ['nginx', 'haproxy', 'envoy', 'traefik', 'caddy', 'gateway-api'];
const LIVE: readonly string[] = ['nginx', 'haproxy', 'envoy', 'caddy'];

export interface TargetRun {
  target: TargetName;
  /** Undefined when the target ran; else why it did not. */
  notRun?: string;
  /** Proxy version or evaluator location. */
  via?: string;
  results: ScenarioResult[];
  ms: number;
}

let features: FeatureFile[] | undefined;

/** ingressc's own features (the ported ingress-nginx e2e cases), read from the source tree. */
export const ownFeaturesRoot = (): string => join(repoRoot(), 'test', 'conformance');

/** Every vendored feature file and ingressc's own, parsed once. */
export function allFeatures(): FeatureFile[] {
  const own = ownFeaturesRoot();
  return (features ??= [...listFeatureFiles().map((rel) => loadFeature(rel)), ...listFeatureFiles(own).map((rel) => loadFeature(rel, own))]);
}

const PROBE = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: probe, namespace: probe}
spec:
  ingressClassName: conformance
  rules:
  - host: probe.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: probe, port: {number: 80}}}}
`;

/** How to run `target` here, or why it cannot run (skipReason throws in CI for a missing proxy). */
export async function resolveRunner(target: TargetName): Promise<{ runner?: Runner; why?: string; via?: string }> {
  if (!registeredTargets().includes(target)) return { why: 'emitter not registered yet (src/emit/registry.ts)' };
  try {
    compile([{ path: 'probe.yaml', text: PROBE }], { target, backends: ['probe/probe:80=127.0.0.1:9'] });
  } catch (e) {
    return { why: `emitter throws: ${(e as Error).message.split('\n')[0]}` };
  }
  if (LIVE.includes(target)) {
    const kind = target as ProxyKind;
    const skip = skipReason(kind);
    if (skip) return { why: skip };
    return { runner: { mode: 'live', target, kind }, via: proxyVersion(kind).version ?? kind };
  }
  // Gateway API has no proxy of its own: its route evaluator (test/gateway-api/) answers.
  if (target === 'gateway-api') return { runner: { mode: 'eval', target, evaluate: evaluateGatewayApi }, via: 'route evaluator test/gateway-api/evaluate.ts' };
  const ev = await findTraefikEvaluator();
  if (!ev.evaluator) return { why: ev.why ?? 'evaluator missing' };
  return { runner: { mode: 'eval', target, evaluate: ev.evaluator }, ...(ev.where ? { via: `rule evaluator ${ev.where}` } : {}) };
}

export async function runTarget(target: TargetName, onFeature?: (rel: string, r: ScenarioResult[]) => void): Promise<TargetRun> {
  const t0 = performance.now();
  const { runner, why, via } = await resolveRunner(target);
  if (!runner) return { target, notRun: why ?? 'cannot run', results: [], ms: performance.now() - t0 };
  const results: ScenarioResult[] = [];
  for (const f of allFeatures()) {
    const r = await runFeature(f, runner);
    onFeature?.(f.rel, r);
    results.push(...r);
  }
  // ingress-nginx's own e2e assertions, ported as code (no shared feature file covers them).
  const ported = await runPorted(target);
  onFeature?.(PORTED_FEATURE, ported);
  results.push(...ported);
  const backendCases = await runBackendCases(target);
  onFeature?.(BACKENDS_FEATURE, backendCases);
  results.push(...backendCases);
  const errorPages = await runErrorCases(target);
  onFeature?.(ERRORS_FEATURE, errorPages);
  results.push(...errorPages);
  const clientCert = await runClientCert(target);
  onFeature?.(CLIENT_CERT_FEATURE, clientCert);
  results.push(...clientCert);
  const tuning = await runTuningCases(target);
  onFeature?.(TUNING_FEATURE, tuning);
  results.push(...tuning);
  const headers = await runHeaderCases(target);
  onFeature?.(HEADERS_FEATURE, headers);
  results.push(...headers);
  const mirror = await runMirrorCases(target);
  onFeature?.(MIRROR_FEATURE, mirror);
  results.push(...mirror);
  return { target, ...(via ? { via } : {}), results, ms: performance.now() - t0 };
}

/** Failures not documented in known-failures.ts, and documented ones that did not fail. */
export function unexpected(run: TargetRun): { failures: ScenarioResult[]; stale: string[] } {
  const failures = run.results.filter((r) => r.outcome === 'failed' && !knownFailure(run.target, scenarioKey(r.feature, r.index)));
  const stale = run.results
    .filter((r) => r.outcome !== 'failed' && knownFailure(run.target, scenarioKey(r.feature, r.index)))
    .map((r) => scenarioKey(r.feature, r.index));
  return { failures, stale };
}
