/** Where a diagnostic or an IR node came from: 1-based line and column in a named input. */
export interface SourceRef {
  file: string;
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
}

export type Severity = 'error' | 'warning' | 'info';

export type TargetName = 'nginx' | 'haproxy' | 'envoy' | 'traefik' | 'gateway-api';

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  loc?: SourceRef;
  /** Set when the finding only concerns one output target. */
  target?: TargetName;
  /** Dotted field path inside the manifest, e.g. spec.rules[0].host. */
  field?: string;
}
