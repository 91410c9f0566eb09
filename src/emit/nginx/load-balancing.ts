import { createHash } from 'node:crypto';
import type { Endpoint, HashKeyPart, Upstream } from '../../ir/types.js';
import type { TextWriter } from '../text-writer.js';
import { subsetGroups } from '../subset-groups.js';
import { nginxQuote } from './quote.js';

/** Names and text of a hash key: the provider's grammar, checked again before "$" is let through. */
const NAME = /^[A-Za-z0-9_-]+$/;
const safe = (s: string): string => {
  if (!NAME.test(s)) throw new Error(`nginx: refusing hash key text ${JSON.stringify(s)}`);
  return s;
};

/** One key part as nginx text: a variable in ${} form (text may follow), or the text itself. */
function part(p: HashKeyPart): string {
  if ('text' in p) return safe(p.text);
  if ('request' in p) return { target: '${request_uri}', 'client-address': '${binary_remote_addr}', host: '${host}' }[p.request];
  // nginx's $http_ names: lowercase, "-" as "_".
  if ('header' in p) return `\${http_${safe(p.header).toLowerCase().replace(/-/g, '_')}}`;
  if ('cookie' in p) return `\${cookie_${safe(p.cookie)}}`;
  return `\${arg_${safe(p.query)}}`;
}

/**
 * The quoted key. nginx balances an empty key round robin; ingress-nginx hashes it (every such
 * request on one endpoint): a constant first character keeps it non-empty without changing which
 * requests share a key.
 */
const keyText = (key: readonly HashKeyPart[]): string => nginxQuote(`k${key.map(part).join('')}`, { allowDollar: true });

/**
 * The upstream block's balancing directive (before keepalive, which nginx requires): `hash <key>
 * consistent` (ketama, as ingress-nginx's chash) or least_conn for ewma (no EWMA without Lua).
 * A subset upstream's blocks are its groups, balanced at random (subsetBlocks).
 */
export function balanceLines(u: Pick<Upstream, 'balance'>): string[] {
  const b = u.balance;
  if (!b) return [];
  if (b.algorithm === 'least-loaded') return ['least_conn;'];
  if (b.subsetSize !== undefined) return [];
  return [`hash ${keyText(b.key)} consistent;`];
}

/** The variable naming a subset upstream's group for the request ([a-z0-9_] only). */
const groupVar = (u: Upstream): string => `$ingressc_lb_${createHash('sha256').update(u.id).digest('hex').slice(0, 12)}`;

/** The proxy_pass host of a subset upstream: its group's block, named by the request's key. */
export const subsetTarget = (u: Upstream, name: string): string | undefined => (u.balance?.algorithm === 'hash' && u.balance.subsetSize !== undefined ? `${name}_g${groupVar(u)}` : undefined);

/**
 * A subset upstream's group blocks `<name>_g<i>` and the split_clients that maps the key to a group
 * (MurmurHash2 of the key into equal shares: the same key, the same group).
 */
export function subsetBlocks(w: TextWriter, u: Upstream, name: string, server: (e: Endpoint) => string, tail: readonly string[]): void {
  if (u.balance?.algorithm !== 'hash' || u.balance.subsetSize === undefined) return;
  const groups = subsetGroups(u.endpoints, u.balance.subsetSize).map((g) => g.map((i) => u.endpoints[i]!));
  // Shares in steps of 0.01%, the last group takes the rest.
  const share = (Math.floor(10000 / groups.length) / 100).toFixed(2);
  w.line();
  w.block(`split_clients ${keyText(u.balance.key)} ${groupVar(u)}`, () => groups.forEach((_, i) => w.line(i === groups.length - 1 ? `* ${i + 1};` : `${share}% ${i + 1};`)));
  groups.forEach((g, i) => {
    w.line();
    w.block(`upstream ${name}_g${i + 1}`, () => {
      for (const e of g) w.line(server(e));
      // At random inside the group, as chashsubset.lua (before keepalive, which nginx requires).
      w.line('random;');
      for (const l of tail) w.line(l);
    });
  });
}
