import type { HashKeyPart, Upstream } from '../../ir/types.js';
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
 * The upstream block's balancing directive (before keepalive, which nginx requires): `hash <key>
 * consistent` (ketama, as ingress-nginx's chash) or least_conn for ewma (no EWMA without Lua).
 */
export function balanceLines(u: Pick<Upstream, 'balance'>): string[] {
  const b = u.balance;
  if (!b) return [];
  if (b.algorithm === 'least-loaded') return ['least_conn;'];
  // nginx balances an empty key round robin; ingress-nginx hashes it (every such request on one
  // endpoint): a constant first character keeps the key non-empty without changing which requests share it.
  return [`hash ${nginxQuote(`k${b.key.map(part).join('')}`, { allowDollar: true })} consistent;`];
}
