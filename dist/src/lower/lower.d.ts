import type { Diagnostics } from '../diagnostics/collector.js';
import { type RouteTable } from '../ir/types.js';
import type { ResolvedOptions } from '../options.js';
import type { Inventory } from '../validate/model.js';
/** Inventory → RouteTable: every Ingress semantic is decided here, once, for all targets. */
export declare function lower(inv: Inventory, opts: ResolvedOptions, diags: Diagnostics): RouteTable;
