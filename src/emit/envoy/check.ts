import type { SourceRef } from '../../diagnostics/types.js';
import { ROUTER_TYPE } from './listeners.js';
import type { Origins } from './routes.js';
import type { Bootstrap, HcmFilter, Route } from './types.js';

export interface Problem {
  detail: string;
  origin?: SourceRef;
}

/** Envoy's proto validation: a path_separated_prefix may not be "/" or end with "/". */
const SEPARATED_PREFIX = /^[^?#]+[^?#/]$/;

/**
 * What Envoy's schema cannot catch and would only refuse at load time (or, worse, accept and
 * misroute): dangling cluster references, duplicate names and domains, a missing or misplaced
 * router. Runs on the emitted object, so it checks what is actually written.
 */
export function checkBootstrap(b: Bootstrap, origins: Origins = new Map()): Problem[] {
  const problems: Problem[] = [];
  const fail = (detail: string, ...at: object[]): void => {
    const origin = at.map((o) => origins.get(o)).find((o) => o !== undefined);
    problems.push(origin ? { detail, origin } : { detail });
  };
  const { listeners, clusters } = b.static_resources;

  const clusterNames = new Set<string>();
  for (const c of clusters) {
    if (clusterNames.has(c.name)) fail(`duplicate cluster name "${c.name}"`);
    clusterNames.add(c.name);
    if (c.load_assignment.cluster_name !== c.name) fail(`cluster "${c.name}" has load_assignment for "${c.load_assignment.cluster_name}"`);
  }

  const listenerNames = new Set<string>();
  const seenHcm = new Set<HcmFilter>();
  for (const l of listeners) {
    if (listenerNames.has(l.name)) fail(`duplicate listener name "${l.name}"`);
    listenerNames.add(l.name);
    const serverNames = new Set<string>();
    const chainNames = new Set<string>();
    let unmatched = 0;
    for (const chain of l.filter_chains) {
      if (chain.name !== undefined) {
        if (chainNames.has(chain.name)) fail(`listener "${l.name}": duplicate filter chain name "${chain.name}"`);
        chainNames.add(chain.name);
      }
      if (!chain.filter_chain_match) unmatched++;
      for (const sn of chain.filter_chain_match?.server_names ?? []) {
        if (serverNames.has(sn)) fail(`listener "${l.name}": server name "${sn}" is in two filter chains`);
        serverNames.add(sn);
      }
      for (const f of chain.filters) {
        if (f.name === 'envoy.filters.network.tcp_proxy') {
          if (!clusterNames.has(f.typed_config.cluster)) fail(`listener "${l.name}": tcp_proxy names unknown cluster "${f.typed_config.cluster}"`);
          continue;
        }
        if (seenHcm.has(f)) continue; // shared by several chains: check once
        seenHcm.add(f);
        checkHcm(l.name, f, clusterNames, fail);
      }
    }
    if (unmatched > 1) fail(`listener "${l.name}": ${unmatched} filter chains without a match`);
  }
  return problems;
}

function checkHcm(listener: string, f: HcmFilter, clusterNames: Set<string>, fail: (detail: string, ...at: object[]) => void): void {
  const where = `listener "${listener}"`;
  // The request filters, and an upgrade's own chain where it has one (listeners.ts upgradeConfig).
  for (const [chain, filters] of [['http', f.typed_config.http_filters] as const, ...(f.typed_config.upgrade_configs ?? []).flatMap((u) => (u.filters ? [[`${u.upgrade_type} upgrade`, u.filters] as const] : []))]) {
    for (const h of filters) if (!h.typed_config?.['@type']) fail(`${where}: ${chain} filter "${h.name}" has no typed_config`);
    const last = filters[filters.length - 1];
    if (!last || last.name !== 'envoy.filters.http.router' || last.typed_config?.['@type'] !== ROUTER_TYPE) fail(`${where}: the router is not the last ${chain} filter`);
  }

  const rc = f.typed_config.route_config;
  const vhostNames = new Set<string>();
  const domains = new Set<string>();
  for (const vh of rc.virtual_hosts) {
    if (vhostNames.has(vh.name)) fail(`${where}: duplicate virtual host name "${vh.name}"`, vh);
    vhostNames.add(vh.name);
    if (vh.domains.length === 0) fail(`${where}: virtual host "${vh.name}" has no domains`, vh);
    for (const d of vh.domains) {
      // Envoy compares domains case-insensitively; a second `*` is a duplicate too.
      const key = d.toLowerCase();
      if (domains.has(key)) fail(`${where}: domain "${d}" is in two virtual hosts`, vh);
      domains.add(key);
    }
    if (vh.routes.length === 0) fail(`${where}: virtual host "${vh.name}" has no routes`, vh);
    for (const r of vh.routes) checkRoute(`${where}, virtual host "${vh.name}"`, r, clusterNames, (d) => fail(d, r, vh));
  }
}

function checkRoute(where: string, r: Route, clusterNames: Set<string>, fail: (detail: string) => void): void {
  const specifiers = (['path', 'prefix', 'path_separated_prefix', 'safe_regex'] as const).filter((k) => r.match[k] !== undefined);
  if (specifiers.length !== 1) fail(`${where}: a route has ${specifiers.length} path specifiers`);
  const sp = r.match.path_separated_prefix;
  if (sp !== undefined && !SEPARATED_PREFIX.test(sp)) fail(`${where}: invalid path_separated_prefix "${sp}"`);
  const actions = [r.route, r.direct_response, r.redirect].filter((a) => a !== undefined);
  if (actions.length !== 1) fail(`${where}: a route has ${actions.length} actions`);
  const named = r.route ? [...(r.route.cluster !== undefined ? [r.route.cluster] : []), ...(r.route.weighted_clusters?.clusters.map((c) => c.name) ?? [])] : [];
  for (const p of r.route?.request_mirror_policies ?? []) if (!clusterNames.has(p.cluster)) fail(`${where}: mirror policy names unknown cluster "${p.cluster}"`);
  if (r.route && named.length === 0) fail(`${where}: route names no cluster`);
  for (const c of named) if (!clusterNames.has(c)) fail(`${where}: route names unknown cluster "${c}"`);
}
