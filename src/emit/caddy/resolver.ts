import { isIP } from '../../util/is-ip.js';
import { resolverAddress } from '../../util/resolver-address.js';
import { dialAddress } from './quote.js';

/**
 * --resolver on Caddy: every reverse_proxy whose upstream dials a name (a cluster Service, an
 * external auth host) gets its http transport's `resolver`, which Caddy uses for the dial instead
 * of the system resolver. Names are looked up when a request is proxied, never at load.
 * One walk over the finished config reaches every reverse_proxy (routes, shared named routes,
 * canary and auth handlers) without threading the option through each of them.
 */
export function applyResolver(config: unknown, resolver: string): void {
  const r = resolverAddress(resolver);
  if (!r) return;
  // Caddy reads "host:port" network addresses (UDP by default), as it reads dial addresses.
  const address = dialAddress(r.host, r.port);
  walk(config, (o) => {
    if (o.handler !== 'reverse_proxy' || !Array.isArray(o.upstreams)) return;
    if (!(o.upstreams as { dial: string }[]).some((u) => isIP(dialHost(u.dial)) === 0)) return;
    const transport = (o.transport ?? { protocol: 'http' }) as Record<string, unknown>;
    o.transport = { ...transport, resolver: { addresses: [address] } };
  });
}

/** "name:80" → "name", "[::1]:80" → "::1". */
function dialHost(dial: string): string {
  const m = /^\[([^\]]*)\]:[0-9]+$/.exec(dial) ?? /^(.*):[0-9]+$/.exec(dial);
  return m ? m[1]! : dial;
}

function walk(node: unknown, visit: (o: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) for (const n of node) walk(n, visit);
  else if (node !== null && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    for (const v of Object.values(node)) walk(v, visit);
  }
}
