import type { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import type { RouteTable } from '../ir/types.js';
import type { ControllerConfig } from '../providers/ingress-nginx/configmap/read.js';

/** The targets whose emitters drop request headers by name (live: test/e2e/header-names.test.ts). */
const DROPS: readonly TargetName[] = ['nginx', 'haproxy', 'envoy', 'caddy'];

/**
 * RouteTable.dropRequestHeaders, ingress-nginx's default (ignore-invalid-headers "true",
 * enable-underscores-in-headers "false") unless the ConfigMap says otherwise. ignore-invalid-headers
 * "false" is honoured by nginx only (applyControllerConfig refuses it elsewhere, IC3153/IC3151).
 * Traefik and the Gateway API cannot remove headers by a pattern of their names: they pass them
 * (IC3157: none of their own routing or access decisions reads such a name, since they match
 * header names exactly; the backends and an auth-url service receive them). An info, not a warning:
 * it is the target's property, reported on every compile whatever the input, so as a warning it would
 * fail every `lint --target traefik --fail-level warning` with nothing the user could change but the target.
 */
export function dropRequestHeaders(cfg: ControllerConfig | undefined, target: TargetName, diags: Diagnostics): RouteTable['dropRequestHeaders'] {
  const s = cfg?.settings;
  if (s?.ignoreInvalidHeaders === false) return undefined;
  const underscore = s?.underscoresInHeaders !== true;
  if (DROPS.includes(target)) return { underscore };
  // At the key when the ConfigMap sets it; otherwise the default is the target's matter, not the ConfigMap's.
  const at = cfg?.entries.find((e) => e.key.key === 'enable-underscores-in-headers' || e.key.key === 'ignore-invalid-headers')?.ref;
  const what = underscore ? 'contains "_" or another character than a letter, digit or "-"' : 'contains a character other than a letter, digit, "-" or "_"';
  const who = target === 'traefik' ? ' and the auth-url services (forwardAuth copies every request header)' : '';
  diags.report('IC3157', at, { what, target, who }, { target });
  return undefined;
}
