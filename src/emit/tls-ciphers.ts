import type { RouteTable, TlsCiphers, VirtualHost } from '../ir/types.js';

/**
 * Which cipher settings each TLS handshake gets, for proxies that choose them by SNI in their own
 * lists (HAProxy's crt-list, Envoy's filter chains, Caddy's connection policies) rather than by
 * server block. As in nginx: a handshake whose SNI names a host takes the host's own settings,
 * field by field, else RouteTable.tlsCiphers (the http level, not the default server's); any
 * other handshake (unknown SNI, none) takes the host-less vhost's (nginx's default server), else
 * RouteTable.tlsCiphers. `fields`: what the target applies per handshake.
 */
export interface CipherPlan {
  /** Handshakes no entry of `hosts` takes. */
  fallback: TlsCiphers;
  /** Vhost name → settings, for every named vhost whose settings differ from the fallback's. */
  hosts: Map<string, TlsCiphers>;
}

type Field = keyof TlsCiphers;

const pick = (c: TlsCiphers, fields: readonly Field[]): TlsCiphers => Object.fromEntries(fields.filter((f) => c[f] !== undefined).map((f) => [f, c[f]])) as TlsCiphers;
const same = (a: TlsCiphers, b: TlsCiphers, fields: readonly Field[]): boolean => fields.every((f) => a[f] === b[f]);

/** A host's settings: its own fields over the RouteTable's. */
export const hostCiphers = (ir: Pick<RouteTable, 'tlsCiphers'>, vh: Pick<VirtualHost, 'tlsCiphers'>, fields: readonly Field[]): TlsCiphers => pick({ ...ir.tlsCiphers, ...vh.tlsCiphers }, fields);

export function cipherPlan(ir: Pick<RouteTable, 'tlsCiphers' | 'vhosts'>, fields: readonly Field[]): CipherPlan {
  const any = ir.vhosts.find((v) => v.kind === 'any');
  const fallback = any ? hostCiphers(ir, any, fields) : pick(ir.tlsCiphers ?? {}, fields);
  const hosts = new Map<string, TlsCiphers>();
  for (const vh of ir.vhosts) {
    if (vh.kind === 'any') continue;
    const own = hostCiphers(ir, vh, fields);
    if (!same(own, fallback, fields)) hosts.set(vh.name, own);
  }
  return { fallback, hosts };
}
