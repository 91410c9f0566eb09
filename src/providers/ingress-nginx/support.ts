import type { TargetName } from '../../diagnostics/types.js';

/**
 * What each target honours of an ingress-nginx annotation. A key or target missing here is not
 * honoured: lower/annotation-support.ts then fails closed or warns by the key's kind. An emitter
 * that learns a feature adds its row here, and its live tests prove it.
 */
export interface Support {
  level: 'supported' | 'partial';
  /** For 'partial': what differs from ingress-nginx. */
  note?: string;
}

const perHostRedirect: Support = {
  level: 'partial',
  note: 'decided per host, by the (oldest) Ingress whose tls section names the host, not per path as ingress-nginx does: the value on other Ingresses of that host has no effect',
};

const full: Support = { level: 'supported' };
/** Path matching and rewriting (docs/ir-v2.md "Path matching"), proven by test/conformance/ingress-nginx/. */
const pathRows: Partial<Record<TargetName, Support>> = { nginx: full, haproxy: full, envoy: full, traefik: full };

const SUPPORT: Readonly<Record<string, Partial<Record<TargetName, Support>>>> = {
  'ssl-redirect': { nginx: perHostRedirect, haproxy: perHostRedirect, envoy: perHostRedirect, traefik: perHostRedirect, 'gateway-api': perHostRedirect },
  'use-regex': pathRows,
  'rewrite-target': pathRows,
  'x-forwarded-prefix': pathRows,
};

export function supportOf(key: string, target: TargetName): Support | undefined {
  return SUPPORT[key]?.[target];
}
