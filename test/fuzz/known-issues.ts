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
  // Both issues found so far (long paths, long certificate file names) are fixed: IC2035 and hashed certificate ids.
  {
    id: 'nginx-broadcast-cidr',
    summary: 'source ranges: nginx refuses `allow 255.255.255.255/32` (its address parser reads 255.255.255.255 as INADDR_NONE); the source-range emitter must write it another way or refuse it, located',
    match: /invalid parameter "255\.255\.255\.255/,
  },
];

export function knownIssue(detail: string): KnownIssue | undefined {
  return KNOWN_ISSUES.find((k) => k.match.test(detail));
}
