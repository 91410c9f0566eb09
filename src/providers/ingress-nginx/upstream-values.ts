/**
 * Anchored grammars of the upstream annotations (upstream-vhost, proxy-*-timeout). Each parser
 * returns the value, or what was expected (the caller reports it, located at the key).
 */

/** A DNS name (RFC 1123 labels), optionally with ":port": what the Host header of a backend request may be. */
const HOST = /^(?=.{1,253}(?::|$))[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?(?::([0-9]{1,5}))?$/;

export function parseUpstreamVhost(value: string): { value: string } | { expected: string } {
  const m = HOST.exec(value);
  if (!m || (m[1] !== undefined && (Number(m[1]) < 1 || Number(m[1]) > 65535)))
    return { expected: `a host name with an optional :port (e.g. "backend.example.com"), found ${JSON.stringify(value)}` };
  return { value };
}

/** A day is far beyond any proxy timeout anyone means; larger values are a typo. */
export const MAX_TIMEOUT_SECONDS = 86_400;

/**
 * ingress-nginx reads these with strconv.Atoi (an optional sign and decimal digits, no unit) and
 * writes `<n>s`; a value Atoi refuses ("50k", "5s") falls back to the default there, silently.
 * ingressc reports it instead, and refuses 0 and negative numbers, which nginx would reject.
 */
export function parseTimeoutSeconds(value: string): { value: number } | { expected: string } {
  const m = /^\+?([0-9]{1,9})$/.exec(value);
  const n = m ? Number(m[1]) : NaN;
  if (!(n >= 1 && n <= MAX_TIMEOUT_SECONDS))
    return { expected: `whole seconds without a unit, 1 to ${MAX_TIMEOUT_SECONDS} (e.g. "60"), found ${JSON.stringify(value)}` };
  return { value: n };
}
