import type { Upstream } from '../../ir/types.js';
import type { Variant } from '../upstream-variants.js';
import { Section } from './section.js';
/** Upstream ids are [a-z0-9_-]; internal backends have no "be_" prefix, so they cannot collide. */
export declare const backendName: (upstreamId: string) => string;
export declare const NOT_FOUND_BACKEND = "not_found";
export declare const RESOLVERS = "dns";
export declare const usesDns: (upstreams: readonly Upstream[]) => boolean;
export declare function renderBackends(upstreams: readonly Upstream[], variants?: readonly Variant[]): {
    sections: Section[];
    names: Set<string>;
};
