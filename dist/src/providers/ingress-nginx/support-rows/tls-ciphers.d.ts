import type { SupportRows } from '../support.js';
export declare const ROWS: SupportRows;
/** Why the other targets have no row. */
export declare const WHY_NOT: Readonly<Record<string, Partial<Record<'haproxy' | 'envoy' | 'caddy' | 'traefik', string>>>>;
