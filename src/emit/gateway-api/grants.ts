import type { Certificate } from '../../ir/types.js';
import type { GatewayRef } from './listeners.js';
import { grantName } from './names.js';
import type { TLSRoute } from './tlsroute.js';
import { API_VERSION, GROUP, type BackendRef, type GRPCRoute, type HTTPRoute, type ReferenceGrant, type RouteFilter } from './types.js';

/**
 * ReferenceGrants for every reference that leaves the Gateway's namespace, as narrow as Gateway
 * API allows: Secrets are granted to the Gateway (and its ListenerSets) only, Services to the
 * HTTPRoutes only, each by name, one grant per target namespace and kind.
 */
export function buildGrants(gw: GatewayRef, secrets: readonly Certificate[], routes: readonly (HTTPRoute | GRPCRoute | TLSRoute)[], withListenerSets: boolean): ReferenceGrant[] {
  const secretNames = new Map<string, Set<string>>();
  for (const c of secrets) if (c.namespace !== gw.namespace) add(secretNames, c.namespace, c.secretName);
  const serviceNames = new Map<string, Set<string>>();
  const routeKinds = new Map<string, Set<'HTTPRoute' | 'GRPCRoute' | 'TLSRoute'>>();
  for (const r of routes)
    for (const rule of r.spec.rules)
      // A RequestMirror's Service is a reference from the HTTPRoute too.
      for (const b of [...(rule.backendRefs ?? []), ...mirrorRefs(rule)]) {
        addBackend(serviceNames, b);
        if (b.namespace !== undefined) routeKinds.set(b.namespace, (routeKinds.get(b.namespace) ?? new Set()).add(r.kind));
      }
  const grants: ReferenceGrant[] = [];
  for (const ns of [...new Set([...secretNames.keys(), ...serviceNames.keys()])].sort()) {
    const s = secretNames.get(ns);
    if (s) {
      const from: ReferenceGrant['spec']['from'] = [{ group: GROUP, kind: 'Gateway', namespace: gw.namespace }];
      if (withListenerSets) from.push({ group: GROUP, kind: 'ListenerSet', namespace: gw.namespace });
      grants.push(grant(ns, grantName(gw.namespace, gw.name, 'secrets'), from, 'Secret', s));
    }
    const v = serviceNames.get(ns);
    if (v) grants.push(grant(ns, grantName(gw.namespace, gw.name, 'services'), [...(routeKinds.get(ns) ?? [])].sort().map((kind) => ({ group: GROUP, kind, namespace: gw.namespace })), 'Service', v));
  }
  return grants;
}

const mirrorRefs = (rule: object): BackendRef[] => ('filters' in rule ? ((rule as { filters?: RouteFilter[] }).filters ?? []) : []).flatMap((f) => (f.type === 'RequestMirror' ? [f.requestMirror.backendRef] : []));

function add(m: Map<string, Set<string>>, ns: string, name: string): void {
  const s = m.get(ns) ?? new Set<string>();
  s.add(name);
  m.set(ns, s);
}

function addBackend(m: Map<string, Set<string>>, b: BackendRef): void {
  if (b.namespace !== undefined) add(m, b.namespace, b.name);
}

function grant(namespace: string, name: string, from: ReferenceGrant['spec']['from'], kind: 'Secret' | 'Service', names: Set<string>): ReferenceGrant {
  return { apiVersion: API_VERSION, kind: 'ReferenceGrant', metadata: { name, namespace }, spec: { from, to: [...names].sort().map((n) => ({ group: '', kind, name: n })) } };
}
