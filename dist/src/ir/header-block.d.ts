import type { HeaderBlock, RouteTable } from './types.js';
type Headers = Readonly<Record<string, string | readonly string[]>>;
export declare const blockMatches: (b: HeaderBlock, value: string) => boolean;
/** RouteTable.headerBlocks: the entry that refuses a request with these headers (403), if any. */
export declare function headerBlockOf(ir: Pick<RouteTable, 'headerBlocks'>, headers: Headers | undefined): HeaderBlock | undefined;
export {};
