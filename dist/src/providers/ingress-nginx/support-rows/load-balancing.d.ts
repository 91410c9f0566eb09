import type { SupportRows } from '../support.js';
export declare const ROWS: SupportRows;
