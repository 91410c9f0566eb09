/**
 * What a Gateway does with a TLS connection (Gateway API v1.6.1, GEP-2643 / TLSRoute), before any
 * HTTPRoute: among the listeners on the port with protocol HTTPS or TLS, the one whose hostname
 * matches the SNI most specifically (exact, then a wildcard, then none) takes it. An HTTPS
 * listener terminates TLS (HTTPRoutes then route the request); a TLS listener in Passthrough mode
 * hands the connection, undecrypted, to the backend of the TLSRoute attached to it
 * (parentRefs[].sectionName) whose hostnames contain the SNI. Only what ingressc writes is
 * modelled (one rule, one backendRef); anything else throws.
 */
interface Listener {
  name: string;
  hostname?: string;
  port: number;
  protocol: string;
  tls?: { mode?: string };
}
interface Obj {
  kind: string;
  metadata: { name: string; namespace: string };
  spec: { listeners?: Listener[]; parentRefs?: { name: string; sectionName?: string }[]; hostnames?: string[]; rules?: { backendRefs?: { name: string; namespace?: string; port: number }[] }[] };
}

export type TlsOutcome =
  | { kind: 'terminate'; listener: string }
  | { kind: 'passthrough'; listener: string; route: string; service: { namespace: string; name: string; port: number } }
  | { kind: 'refused' };

const score = (hostname: string | undefined, sni: string): number => {
  if (hostname === undefined) return 1;
  if (hostname === sni) return 3;
  if (hostname.startsWith('*.') && sni.endsWith(hostname.slice(1)) && sni.length > hostname.length - 1) return 2;
  return 0;
};

export function selectTls(objects: readonly unknown[], port: number, sni: string): TlsOutcome {
  const objs = objects as Obj[];
  const gateway = objs.find((o) => o.kind === 'Gateway');
  if (!gateway) throw new Error('no Gateway');
  const candidates = (gateway.spec.listeners ?? []).filter((l) => l.port === port && (l.protocol === 'HTTPS' || l.protocol === 'TLS'));
  let best: Listener | undefined;
  let bestScore = 0;
  for (const l of candidates) {
    const s = score(l.hostname, sni.toLowerCase());
    if (s > bestScore) [best, bestScore] = [l, s];
    else if (s === bestScore && s > 0) throw new Error(`two listeners equally specific for ${sni}: ${best!.name}, ${l.name}`);
  }
  if (!best) return { kind: 'refused' };
  if (best.protocol === 'HTTPS') return { kind: 'terminate', listener: best.name };
  if (best.tls?.mode !== 'Passthrough') throw new Error(`listener ${best.name}: only Passthrough TLS listeners are modelled`);
  const routes = objs.filter((o) => o.kind === 'TLSRoute' && o.metadata.namespace === gateway.metadata.namespace && (o.spec.parentRefs ?? []).some((p) => p.name === gateway.metadata.name && p.sectionName === best!.name) && (o.spec.hostnames ?? []).includes(sni.toLowerCase()));
  if (routes.length !== 1) throw new Error(`${routes.length} TLSRoutes for ${sni} on ${best.name}`);
  const r = routes[0]!;
  const b = r.spec.rules?.[0]?.backendRefs?.[0];
  if (!b || r.spec.rules!.length !== 1 || r.spec.rules![0]!.backendRefs!.length !== 1) throw new Error(`TLSRoute ${r.metadata.name}: one rule with one backendRef is modelled`);
  return { kind: 'passthrough', listener: best.name, route: r.metadata.name, service: { namespace: b.namespace ?? r.metadata.namespace, name: b.name, port: b.port } };
}
