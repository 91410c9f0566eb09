import type { RouteTable } from '../../ir/types.js';
import type { TextWriter } from '../text-writer.js';
export declare function blockMaps(w: TextWriter, ir: Pick<RouteTable, 'headerBlocks'>): void;
export declare const blockServerLines: (ir: Pick<RouteTable, 'headerBlocks'>) => string[];
