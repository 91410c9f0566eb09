import type { Outcome } from './evaluate.js';
import { headersNow } from './forward-auth.js';

/**
 * An evaluated answer in the shape the conformance runner checks a live reply in: the response
 * headers the middlewares and refusals set (lower-case names), and for a proxied request the
 * request headers the backend would see (the client's, then what the middlewares set or removed;
 * the entry point's own X-Forwarded-* and X-Real-Ip are not modelled).
 */
export function evaluatedReply(clientHeaders: Record<string, string> | undefined, o: Outcome): { headers: Record<string, string>; json?: { headers: Record<string, string> } } {
  const headers = Object.fromEntries(Object.entries(o.responseHeaders ?? {}).filter(([, v]) => v !== '').map(([k, v]) => [k.toLowerCase(), v]));
  if (o.kind !== 'proxied') return { headers };
  const seen = Object.fromEntries(Object.entries(headersNow({ headers: clientHeaders ?? {} }, o.setHeaders)).map(([k, v]) => [k, v.join(', ')]));
  return { headers, json: { headers: seen } };
}
