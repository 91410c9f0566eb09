import type { TargetName } from '../diagnostics/types.js';
import type { RoutePolicies } from '../ir/types.js';

type PolicyName = keyof RoutePolicies;

/**
 * The policies each target applies to string-prefix (ImplementationSpecific under ingress-nginx)
 * and regex routes alike (CORS and affinity apply on every string-prefix route: cors.feature and
 * affinity.feature), each proven there by the ported cases that put it on such routes
 * (test/conformance/ingress-nginx/ REGEX_POLICY_CASES, regex-policy-cases.ts and cors-regex.feature,
 * affinity-regex.feature, which expect IC3072 / IC3140 wherever this table says no). On Exact and Prefix routes every policy applies. A policy
 * not listed for a route kind and target is refused with a located error (IC3072; CORS and
 * affinity on regex routes IC3140) rather than emitted open.
 */
const EVERY_KIND: readonly PolicyName[] = ['sourceAllow', 'sourceDeny', 'maxBodyBytes', 'bodyBufferSize', 'timeouts', 'accessLog'];
const TRAFFIC: readonly PolicyName[] = ['cors', 'affinity'];

const AUTH: readonly PolicyName[] = ['basicAuth', 'externalAuth'];
const PROVEN: Readonly<Record<TargetName, readonly PolicyName[]>> = {
  nginx: [...EVERY_KIND, ...AUTH, 'satisfy', 'limits', 'bandwidth', 'cors', 'affinity', 'upstreamTuning'],
  haproxy: [...EVERY_KIND, ...AUTH, 'satisfy', 'limits', 'cors', 'affinity', 'upstreamTuning'],
  envoy: [...EVERY_KIND, ...AUTH, 'limits', 'cors', 'affinity', 'upstreamTuning'],
  caddy: [...EVERY_KIND, ...AUTH, 'cors', 'affinity', 'upstreamTuning'],
  traefik: [...EVERY_KIND, 'basicAuth', 'cors'],
  'gateway-api': [...EVERY_KIND, 'cors'],
};

/** Does `target` apply `policy` on routes of kind `match`? */
export function appliesOn(target: TargetName, match: string, policy: PolicyName): boolean {
  if (match === 'Exact' || match === 'Prefix') return true;
  return PROVEN[target].includes(policy) || (match === 'StringPrefix' && TRAFFIC.includes(policy));
}

/** The route's policies `target` does not apply on its kind of route: IC3072 / IC3140. */
export function unappliedPolicies(target: TargetName, match: string, policies: RoutePolicies | undefined): { policies: string[]; traffic: string[] } {
  const missing = (Object.keys(policies ?? {}) as PolicyName[]).filter((p) => !appliesOn(target, match, p));
  return { policies: missing.filter((p) => !TRAFFIC.includes(p)), traffic: missing.filter((p) => TRAFFIC.includes(p)) };
}
