import type { MatchExplanation } from './explain.js';
import type { RouteRow } from './table.js';
/** `ingressc routes`: an aligned table, one row per route, fallback and default backend. */
export declare function renderRoutesTable(rows: readonly RouteRow[]): string;
export declare function renderRoutesJson(rows: readonly RouteRow[]): string;
/** `ingressc match`: the answer first, then why. */
export declare function renderMatchText(m: MatchExplanation): string;
export declare function renderMatchJson(m: MatchExplanation): string;
