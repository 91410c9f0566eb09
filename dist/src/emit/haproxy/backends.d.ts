import type { Upstream } from '../../ir/types.js';
import type { Variant } from '../upstream-variants.js';
import { type PolicyBackend } from './policies.js';
import { Section } from './section.js';
/** Upstream ids are [a-z0-9_-]; internal backends have no "be_" prefix, so they cannot collide. */
export declare const backendName: (upstreamId: string) => string;
export declare const NOT_FOUND_BACKEND = "not_found";
export declare const RESOLVERS = "dns";
export declare const usesDns: (upstreams: readonly Upstream[]) => boolean;
/**
 * The upstreams' backends; a policy backend per (upstream, policies, settings) (policies.ts); a
 * variant backend `be_<id>.v<n>` per route Host/timeouts without policies (upstream-variants.ts).
 */
export declare function renderBackends(upstreams: readonly Upstream[], policies?: readonly PolicyBackend[], variants?: readonly Variant[]): {
    sections: Section[];
    names: Set<string>;
};
