import { caddyHeaderName } from './quote.js';
import type { HeaderValue, RouteTable } from '../../ir/types.js';

/**
 * Literal text in a Caddy header value, which Caddy expands as placeholders: "{" and "}" escaped
 * with "\" (Caddy's replacer drops the one "\" just before a brace and keeps the brace; other
 * backslashes are literal). Printable ASCII only (the provider's grammar; live proof:
 * test/e2e/custom-headers.test.ts).
 */
export function caddyText(s: string): string {
  if (!/^[\x20-\x7e]*$/.test(s)) throw new Error(`caddy: refusing header value ${JSON.stringify(s)}`);
  return s.replace(/[{}]/g, (c) => `\\${c}`);
}

const name = (n: string): string => caddyHeaderName(n, { underscore: true });

/** Response headers (Route.responseHeaders) as a reverse_proxy's `headers.response.set`: they replace the upstream's. */
export const responseHeaderSet = (hs: readonly HeaderValue[] | undefined): Record<string, string[]> => Object.fromEntries((hs ?? []).map((h) => [name(h.name), [caddyText(h.value)]]));

/** RouteTable.requestHeaders (proxy-set-headers), set with the forwarded headers (forwarded-headers.ts). */
export const requestHeaderSet = (ir: Pick<RouteTable, 'requestHeaders'>): Record<string, string[]> => Object.fromEntries((ir.requestHeaders ?? []).map((h) => [name(h.name), [caddyText(h.value)]]));
