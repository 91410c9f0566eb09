import { type RateLimitBucket, type RoutePolicies, type RouteTable } from '../../ir/types.js';
import type { OutputFile } from '../emitter.js';
import { Section } from './section.js';
export interface LimitTables {
    sections: Section[];
    files: OutputFile[];
    /** The policy backend's limit rules for these policies (before its source-range rules). */
    rules(p: RoutePolicies): string[];
}
/** The window (ms) and count of a bucket: (burst + 1) requests per (burst + 1) / rate periods. */
export declare function slidingWindow(b: RateLimitBucket, periodMs: number): {
    windowMs: number;
    count: number;
};
export declare function limitTables(ir: RouteTable): LimitTables;
