import type { Diagnostic } from './types.js';
/**
 * GitHub Actions workflow commands, one line per finding:
 * `::error file=a.yaml,line=7,col=11,endLine=7,endColumn=22,title=IC2020::host "…" must be…`.
 * Severity maps to error / warning / notice. Values are escaped as the runner expects.
 */
export declare function renderGithub(ds: readonly Diagnostic[]): string;
