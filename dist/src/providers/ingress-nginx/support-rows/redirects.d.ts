import type { TargetName } from '../../../diagnostics/types.js';
import type { SupportRows } from '../support.js';
/** Targets that decide the HTTPS redirect per location (src/lower/redirects.ts). */
export declare const PER_LOCATION_SSL_REDIRECT: ReadonlySet<TargetName>;
export declare const ROWS: SupportRows;
