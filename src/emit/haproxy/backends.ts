import type { Endpoint, Upstream } from '../../ir/types.js';
import { address, cfgName } from './quote.js';
import { policyRules, type PolicyBackend } from './policies.js';
import { Section } from './section.js';

/** Upstream ids are [a-z0-9_-]; internal backends have no "be_" prefix, so they cannot collide. */
export const backendName = (upstreamId: string): string => `be_${upstreamId}`;
export const NOT_FOUND_BACKEND = 'not_found';
export const RESOLVERS = 'dns';

export const usesDns = (upstreams: readonly Upstream[]): boolean => upstreams.some((u) => u.endpoints.some((e) => e.kind === 'dns'));

/**
 * DNS names start without an address (`init-addr none`) and the `resolvers` section fills them in
 * at run time: loading never waits on DNS (a libc lookup at start-up blocked `haproxy -c` for
 * seconds per server where the resolver does not answer: minutes at 10,000 Services).
 */
function serverLine(e: Endpoint, i: number): string {
  const base = `server s${i + 1} ${address(e.host, e.port)}`;
  return e.kind === 'dns' ? `${base} resolvers ${RESOLVERS} init-addr none` : base;
}

export function renderBackends(upstreams: readonly Upstream[], policies: readonly PolicyBackend[] = []): { sections: Section[]; names: Set<string> } {
  const sections: Section[] = [];
  const names = new Set<string>();
  const backend = (name: string, u: Upstream, rules: readonly string[]): void => {
    names.add(cfgName(name));
    const s = new Section(`backend ${cfgName(name)}`);
    for (const r of rules) s.line(r);
    // A Service without ready endpoints: answer 503 like a controller would, not 404.
    if (u.endpoints.length === 0) s.line('http-request return status 503');
    else u.endpoints.forEach((e, i) => s.line(serverLine(e, i)));
    sections.push(s);
  };
  for (const u of upstreams) backend(backendName(u.id), u, []);
  for (const p of policies) backend(p.name, p.upstream, policyRules(p));
  names.add(NOT_FOUND_BACKEND);
  sections.push(new Section(`backend ${NOT_FOUND_BACKEND}`).line('http-request return status 404'));
  return { sections, names };
}
