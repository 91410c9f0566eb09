import type { Certificate, RouteTable, VirtualHost } from '../../ir/types.js';
import { HTTPS_DEFAULT_LISTENER, HTTP_LISTENER, httpsListenerName, listenerSetName } from './names.js';
import { GROUP, type CertificateRef, type Listener, type ParentRef } from './types.js';
import { isPassthroughHost } from './tlsroute.js';

/** A Gateway holds at most 64 listeners (CRD maxItems); so does each ListenerSet. */
export const MAX_LISTENERS = 64;

export interface GatewayRef {
  namespace: string;
  name: string;
}

export interface ListenerPlan {
  /** Listeners on the Gateway itself. */
  gateway: Listener[];
  /** Further listeners, in ListenerSets of at most 64, in the Gateway's namespace. */
  sets: Listener[][];
  /** Where a listener lives, for parentRefs. */
  parentOf: Map<string, ParentRef>;
  /** HTTPS listener of each TLS vhost (by vhost name). */
  tlsListener: Map<string, string>;
  /** The HTTPS listener without hostname (default certificate), when HTTPS is served. */
  httpsDefault?: string;
  /** Secrets the listeners reference (namespace/name), for ReferenceGrants. */
  secrets: Certificate[];
}

const certRef = (c: Certificate, gw: GatewayRef): CertificateRef => ({ name: c.secretName, ...(c.namespace !== gw.namespace ? { namespace: c.namespace } : {}) });

/** Gateway API hostname of a vhost: exact host or "*.suffix"; none for the host-less vhost. */
export const gatewayHostname = (vh: VirtualHost): string | undefined => (vh.kind === 'any' ? undefined : vh.name);

/**
 * Listeners: plain HTTP on the IR's HTTP port for every host; when there are certificates, one
 * HTTPS listener without hostname serving the default certificate (hosts without a TLS section,
 * like every other target serves them), and one HTTPS listener per TLS vhost with its Secret.
 * Gateway API selects the most specific listener hostname for an SNI, which is the IR's choice of
 * certificate by TLS host. Listeners past the 64th go to ListenerSets attached to the Gateway.
 */
export function planListeners(ir: RouteTable, gw: GatewayRef): ListenerPlan {
  const certs = new Map(ir.certificates.map((c) => [c.id, c]));
  const all: Listener[] = [{ name: HTTP_LISTENER, port: ir.listen.http.port, protocol: 'HTTP', allowedRoutes: { namespaces: { from: 'Same' } } }];
  const tlsListener = new Map<string, string>();
  const used = new Map<string, Certificate>();
  const https = (name: string, cert: Certificate, hostname?: string): Listener => {
    used.set(cert.id, cert);
    return { name, ...(hostname ? { hostname } : {}), port: ir.listen.https.port, protocol: 'HTTPS', tls: { mode: 'Terminate', certificateRefs: [certRef(cert, gw)] }, allowedRoutes: { namespaces: { from: 'Same' } } };
  };
  const def = ir.defaultCertificate ? certs.get(ir.defaultCertificate) : undefined;
  if (def) all.push(https(HTTPS_DEFAULT_LISTENER, def));
  for (const vh of ir.vhosts) {
    const cert = vh.tls?.certificate ? certs.get(vh.tls.certificate) : undefined;
    const hostname = gatewayHostname(vh);
    // A passthrough host's SNI belongs to its TLS listener (tlsroute.ts): no HTTPS listener of that hostname.
    if (!cert || !hostname || isPassthroughHost(ir, vh.name)) continue;
    const name = httpsListenerName(vh);
    tlsListener.set(vh.name, name);
    all.push(https(name, cert, hostname));
  }
  const gateway = all.slice(0, MAX_LISTENERS);
  const sets: Listener[][] = [];
  for (let i = MAX_LISTENERS; i < all.length; i += MAX_LISTENERS) sets.push(all.slice(i, i + MAX_LISTENERS));
  const parentOf = new Map<string, ParentRef>();
  for (const l of gateway) parentOf.set(l.name, { kind: 'Gateway', name: gw.name, sectionName: l.name });
  sets.forEach((ls, i) => {
    for (const l of ls) parentOf.set(l.name, { group: GROUP, kind: 'ListenerSet', name: listenerSetName(gw.name, i + 1), sectionName: l.name });
  });
  return { gateway, sets, parentOf, tlsListener, ...(def ? { httpsDefault: HTTPS_DEFAULT_LISTENER } : {}), secrets: [...used.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}
