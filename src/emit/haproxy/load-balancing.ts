import type { HashKeyPart, Upstream } from '../../ir/types.js';
import { cfgWord } from './quote.js';

/** Header, cookie and parameter names and text of a hash key: the provider's grammar, checked again. */
const NAME = /^[A-Za-z0-9_-]+$/;
const name = (s: string): string => {
  if (!NAME.test(s)) throw new Error(`haproxy: refusing hash key text ${JSON.stringify(s)}`);
  return cfgWord(s);
};

/** One key part as a log-format fragment; a fetch without a value gives "" (ingress-nginx's empty variable). */
function part(p: HashKeyPart): string {
  if ('text' in p) return name(p.text);
  if ('request' in p) return { target: '%[url]', 'client-address': '%[src]', host: '%[req.hdr(host),field(1,:),lower]' }[p.request];
  // The first line of the header (fhdr: commas inside the value are kept).
  if ('header' in p) return `%[req.fhdr(${name(p.header).toLowerCase()},1)]`;
  if ('cookie' in p) return `%[req.cook(${name(p.cookie)})]`;
  return `%[url_param(${name(p.query)})]`;
}

/** The transaction variable holding the key (backend rules run before the server is chosen). */
const KEY_VAR = 'txn.ingressc_lb_key';

/**
 * A backend's balancing lines: the key built with set-var-fmt (so an absent value is "" and every
 * such request hashes alike, as in ingress-nginx), hashed consistently; leastconn for ewma.
 */
export function balanceLines(u: Pick<Upstream, 'balance'>): string[] {
  const b = u.balance;
  if (!b) return [];
  if (b.algorithm === 'least-loaded') return ['balance leastconn'];
  return [`http-request set-var-fmt(${KEY_VAR}) "${b.key.map(part).join('')}"`, `balance hash var(${KEY_VAR})`, 'hash-type consistent'];
}
