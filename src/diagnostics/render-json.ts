import { CODES, type Code } from './codes.js';
import type { Diagnostic } from './types.js';

/**
 * `ingressc lint --format json`: one stable document (format version 1). Keys always appear in this
 * order; optional keys are omitted, never null. Documented in README ("lint --format json").
 */
export interface JsonReport {
  format: 'ingressc-lint';
  version: 1;
  summary: { errors: number; warnings: number; infos: number; files: number; skipped: number };
  diagnostics: JsonDiagnostic[];
}

export interface JsonDiagnostic {
  code: string;
  severity: Diagnostic['severity'];
  /** Short rule title from the catalogue ("host is an IP address"). */
  title: string;
  message: string;
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endCol?: number;
  /** Dotted field path inside the manifest. */
  field?: string;
  /** Set when the finding only concerns one output target. */
  target?: string;
}

export function toJsonReport(ds: readonly Diagnostic[], files: { checked?: readonly string[]; skipped?: readonly unknown[] } = {}): JsonReport {
  const n = (s: string) => ds.filter((d) => d.severity === s).length;
  return {
    format: 'ingressc-lint',
    version: 1,
    summary: { errors: n('error'), warnings: n('warning'), infos: n('info'), files: files.checked?.length ?? 0, skipped: files.skipped?.length ?? 0 },
    diagnostics: ds.map((d) => {
      const j: JsonDiagnostic = { code: d.code, severity: d.severity, title: titleOf(d.code), message: d.message };
      if (d.loc) {
        j.file = d.loc.file;
        j.line = d.loc.line;
        j.col = d.loc.col;
        if (d.loc.endLine !== undefined) j.endLine = d.loc.endLine;
        if (d.loc.endCol !== undefined) j.endCol = d.loc.endCol;
      }
      if (d.field) j.field = d.field;
      if (d.target) j.target = d.target;
      return j;
    }),
  };
}

export function renderJson(ds: readonly Diagnostic[], files: { checked?: readonly string[]; skipped?: readonly unknown[] } = {}): string {
  return JSON.stringify(toJsonReport(ds, files), null, 2) + '\n';
}

export const titleOf = (code: string): string => (CODES as Record<string, { title: string }>)[code]?.title ?? code;
export const helpOf = (code: string): string | undefined => (CODES as Record<string, { help?: string }>)[code as Code]?.help;
