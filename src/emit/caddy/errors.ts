import type { VariantSettings } from '../upstream-variants.js';
import { caddyLiteral } from './quote.js';

/**
 * A default-backend standing in for a Service without endpoints (RouteErrors.standIn): X-Code and
 * the context headers, and X-Format from the client's Accept placeholder (header names are HTTP
 * tokens; values pass caddyLiteral, so nothing but the placeholder below is expanded).
 */
export function standInHeaders(v: VariantSettings | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const h of v?.headers ?? []) {
    if (!/^[A-Za-z0-9-]+$/.test(h.name)) throw new Error(`caddy: refusing header name ${JSON.stringify(h.name)}`);
    out[h.name] = [caddyLiteral(h.value)];
  }
  if (v?.acceptAs !== undefined) out[v.acceptAs] = ['{http.request.header.Accept}'];
  return out;
}
