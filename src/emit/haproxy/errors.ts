import type { VariantSettings } from '../upstream-variants.js';
import { cfgName, quotedArg } from './quote.js';

/**
 * A default-backend standing in for a Service without endpoints (RouteErrors.standIn) is told so:
 * X-Code and the context headers (static), X-Format a copy of the client's Accept (the whole
 * header line: req.hdr would split it at commas), only when the client sent one.
 */
export const acceptCopy = (name: string, cond: string): string => `http-request set-header ${cfgName(name)} %[req.fhdr(accept)] ${cond} { req.fhdr(accept) -m found }`;

/** Backend lines for a variant's headers (upstream-variants.ts). */
export function headerLines(v: VariantSettings): string[] {
  const out = (v.headers ?? []).map((h) => `http-request set-header ${cfgName(h.name)} ${quotedArg(h.value)}`);
  if (v.acceptAs !== undefined) out.push(acceptCopy(v.acceptAs, 'if'));
  return out;
}
