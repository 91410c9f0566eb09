import { matchHost, normalizeHost } from '../../src/ir/match.js';
import type { RouteTable, VirtualHost } from '../../src/ir/types.js';

/**
 * The host Gateway API effectively routes a request as. Where the IR and Gateway API agree it is
 * the host itself; a name two or more labels under a wildcard vhost, which no exact or one-label
 * wildcard vhost claims, is matched by that wildcard in Gateway API (hostnames match one or more
 * labels; reported as IC4502), so it is routed like a one-label name under the wildcard: the
 * returned stand-in, which no vhost claims exactly. `widened` names the wildcard.
 */
export function gatewayHost(ir: RouteTable, hostHeader: string): { host: string; widened?: VirtualHost } {
  const host = normalizeHost(hostHeader);
  const own = matchHost(ir, host).vhost;
  if (own && own.kind !== 'any') return { host: hostHeader };
  const w = ir.vhosts
    .filter((v) => v.kind === 'wildcard' && host.endsWith(`.${v.wildcardSuffix}`))
    .sort((a, b) => b.wildcardSuffix.length - a.wildcardSuffix.length)[0];
  if (!w) return { host: hostHeader };
  let label = 'x';
  while (ir.vhosts.some((v) => v.name === `${label}.${w.wildcardSuffix}`)) label += 'x';
  return { host: `${label}.${w.wildcardSuffix}`, widened: w };
}

/** Hosts of diagnostics `code` (IC4502, IC4503) of a compile, as written in their messages. */
export function flaggedHosts(diags: readonly { code: string; message: string }[], code: string): Set<string> {
  return new Set(diags.filter((d) => d.code === code).map((d) => /host ([^\s:]+)/.exec(d.message)?.[1] ?? ''));
}

/** Is `host` one of `hosts`, or under one of its wildcards at any depth (Gateway API matching)? */
export function coveredBy(hosts: ReadonlySet<string>, hostHeader: string): boolean {
  const host = normalizeHost(hostHeader);
  return [...hosts].some((h) => h === host || (h.startsWith('*.') && host.endsWith(h.slice(1))));
}
