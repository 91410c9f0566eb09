import type { Diagnostic } from './types.js';
/**
 * SARIF 2.1.0 (OASIS) for code-scanning UIs: one run, a rule per code used (id, name, descriptions,
 * help text, default level), one result per located finding with a physical location and region.
 * Findings without a location (usage, I/O) become tool execution notifications, since code scanning
 * rejects results without a location. Byte-stable: no timestamps, no absolute paths of ours.
 */
export interface SarifOptions {
    /** ingressc version for tool.driver.version (omitted when absent). */
    version?: string;
}
export declare function toSarif(ds: readonly Diagnostic[], opts?: SarifOptions): Record<string, unknown>;
export declare function renderSarif(ds: readonly Diagnostic[], opts?: SarifOptions): string;
