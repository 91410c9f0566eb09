/**
 * Failures the fuzzer finds that are reported to the owners of validate/, lower/ and the emitters
 * and not fixed yet. A matching failure is counted as "known" (and printed once per issue), not as
 * a new failure, so `npm test` stays green while the fix is pending. Remove an entry with its fix:
 * the fuzzer then proves it.
 */
export interface KnownIssue {
  id: string;
  summary: string;
  /** Matches the failure detail of runCase/realValidate. */
  match: RegExp;
}

export const KNOWN_ISSUES: readonly KnownIssue[] = [
  {
    id: 'long-path',
    summary:
      'validation accepts paths of any length; nginx -t refuses a location parameter of ~4 KB ("too long parameter") and the HAProxy emitter refuses map keys over 4096 characters (IC4002). Fix: cap path length in validate/ingress.ts checkPath (e.g. 2048) with a located IC2xxx diagnostic.',
    match: /too long parameter|refusing map key .*longer than 4096 characters/s,
  },
  {
    id: 'long-cert-file-name',
    summary:
      'certificate files are certs/<namespace>-<secretName>.crt; a 63-character namespace plus a 253-character secretName gives a file name over 255 bytes, so writing the output fails (ENAMETOOLONG). Fix: in lower/tls.ts shorten long ids (prefix + hash), or refuse with a located diagnostic.',
    match: /ENAMETOOLONG|file name longer than 255 bytes/,
  },
];

export function knownIssue(detail: string): KnownIssue | undefined {
  return KNOWN_ISSUES.find((k) => k.match.test(detail));
}
