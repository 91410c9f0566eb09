// The ported backend cases (backend-cases.ts) as conformance results, feature "ingress-nginx/backends":
// live on nginx, HAProxy, Envoy and Caddy, through the evaluators on Traefik and Gateway API.
import type { TargetName } from '../../../src/index.js';
import type { ProxyKind } from '../../harness/index.js';
import type { ScenarioResult } from '../scenario.js';
import { BACKEND_CASES } from './backend-cases.js';
import { evaluateCase } from './backend-evaluate.js';
import { runLiveCase, type CaseOutcome } from './backend-run.js';

export const BACKENDS_FEATURE = 'ingress-nginx/backends';

export async function runBackendCases(target: TargetName): Promise<ScenarioResult[]> {
  const out: ScenarioResult[] = [];
  for (const [i, c] of BACKEND_CASES.entries()) {
    let r: CaseOutcome;
    try {
      r = target === 'traefik' || target === 'gateway-api' ? evaluateCase(c, target) : await runLiveCase(c, target as ProxyKind);
    } catch (e) {
      r = { outcome: 'failed', reason: (e as Error).message };
    }
    out.push({ feature: BACKENDS_FEATURE, index: i + 1, line: 0, name: `${c.source}: ${c.it}`, outcome: r.outcome, reason: r.reason, ...(r.details ? { details: r.details } : {}), flags: [] });
  }
  return out;
}
