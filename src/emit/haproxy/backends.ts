import type { Endpoint, Upstream } from '../../ir/types.js';
import type { Variant } from '../upstream-variants.js';
import { address, cfgName, cfgWord } from './quote.js';
import { Section } from './section.js';

/** Upstream ids are [a-z0-9_-]; internal backends have no "be_" prefix, so they cannot collide. */
export const backendName = (upstreamId: string): string => `be_${upstreamId}`;
export const NOT_FOUND_BACKEND = 'not_found';
export const RESOLVERS = 'dns';

export const usesDns = (upstreams: readonly Upstream[]): boolean => upstreams.some((u) => u.endpoints.some((e) => e.kind === 'dns'));

/**
 * DNS names are resolved by libc at start-up when possible, else left without an address
 * (`none`) so `haproxy -c` passes where cluster names do not resolve; the `resolvers` section
 * keeps them current at run time. (`last` needs a server-state-file and is skipped without one.)
 */
function serverLine(e: Endpoint, i: number): string {
  const base = `server s${i + 1} ${address(e.host, e.port)}`;
  return e.kind === 'dns' ? `${base} resolvers ${RESOLVERS} init-addr last,libc,none` : base;
}

/** ingress-nginx's default for proxy-send-timeout and proxy-read-timeout, in seconds. */
const NGINX_SEND_READ_DEFAULT = 60;

/**
 * A route's Host (upstream-vhost) and timeouts. HAProxy has one server-side inactivity timeout for
 * both directions, so `timeout server` is the larger of the send and read timeouts (each 60 s, as
 * in ingress-nginx, when the Ingress does not set it): neither direction times out earlier than on
 * ingress-nginx, the other one may time out later.
 */
function variantLines(s: Section, v: Variant): void {
  if (v.host !== undefined) s.line(`http-request set-header Host ${cfgWord(v.host)}`);
  const t = v.timeouts;
  if (t?.connect !== undefined) s.line(`timeout connect ${t.connect}s`);
  if (t?.send !== undefined || t?.read !== undefined) s.line(`timeout server ${Math.max(t.send ?? NGINX_SEND_READ_DEFAULT, t.read ?? NGINX_SEND_READ_DEFAULT)}s`);
}

export function renderBackends(upstreams: readonly Upstream[], variants: readonly Variant[] = []): { sections: Section[]; names: Set<string> } {
  const sections: Section[] = [];
  const names = new Set<string>();
  const byId = new Map(upstreams.map((u) => [u.id, u]));
  const all: { u: Upstream; v?: Variant }[] = upstreams.map((u) => ({ u }));
  for (const v of variants) all.push({ u: byId.get(v.upstream)!, v });
  for (const { u, v } of all) {
    const name = cfgName(backendName(v?.name ?? u.id));
    names.add(name);
    const s = new Section(`backend ${name}`);
    if (v) variantLines(s, v);
    // A Service without ready endpoints: answer 503 like a controller would, not 404.
    if (u.endpoints.length === 0) s.line('http-request return status 503');
    else u.endpoints.forEach((e, i) => s.line(serverLine(e, i)));
    sections.push(s);
  }
  names.add(NOT_FOUND_BACKEND);
  sections.push(new Section(`backend ${NOT_FOUND_BACKEND}`).line('http-request return status 404'));
  return { sections, names };
}
