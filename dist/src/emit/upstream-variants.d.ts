import { type HeaderValue, type ResponseRewrites, type Route, type UpstreamRetry, type UpstreamTimeouts } from '../ir/types.js';
/** The per-route proxy settings that targets keep on a backend/cluster rather than on the route. */
export interface VariantSettings {
    host?: string;
    timeouts?: UpstreamTimeouts;
    /** Other request headers the route sets (a default-backend stand-in's X-Code and context, errors.ts). */
    headers?: {
        name: string;
        value: string;
    }[];
    /** A request header that gets a copy of the client's Accept, when it sent one (a stand-in's X-Format). */
    acceptAs?: string;
    /** Rewrites of the upstream's response headers (proxy-redirect, proxy-cookie). */
    responseRewrites?: ResponseRewrites;
    /** Upstream statuses that go to the route's error pages instead of the client (RouteErrors). */
    intercept?: number[];
    /** proxy-next-upstream*: where a target keeps retries on the backend (HAProxy, Caddy). */
    retry?: UpstreamRetry;
    /** proxy-request-buffering "on": the backend gets the request once its body is read (HAProxy). */
    bufferRequest?: true;
    /** Response headers that replace the upstream's (Route.responseHeaders: custom-headers, add-headers). */
    responseHeaders?: HeaderValue[];
}
export interface Variant extends VariantSettings {
    /** The name of the backend/cluster/named route: the upstream id, or `<id>.v<n>` for a variant. */
    name: string;
    upstream: string;
}
export declare const settingsOf: (r: Pick<Route, 'filters' | 'policies' | 'errors' | 'responseRewrites' | 'responseHeaders'> | undefined) => VariantSettings;
/**
 * Where a target sets the upstream Host or timeouts per backend (HAProxy backends, Envoy clusters,
 * Caddy's shared reverse_proxy handlers), routes of one upstream with different settings need
 * backends of their own. A route without settings uses the upstream's own (its id); each distinct
 * setting gets `<id>.v<n>` in order of first use, which is deterministic because the IR is. "." never
 * occurs in an upstream id, so a variant cannot take another upstream's name.
 */
export declare class UpstreamVariants {
    private readonly settingKeys?;
    private readonly byKey;
    private readonly byName;
    private readonly count;
    /**
     * `settingKeys`: kept text of each route's settings (null: none), for callers that name the same
     * route objects again: the text does not depend on the variants named so far, so one map can
     * serve several instances (Caddy's two servers).
     */
    constructor(settingKeys?: Map<object, string | null> | undefined);
    /** The backend name for `upstream` as used by `route` (none: a fallback or default). */
    name(upstream: string, route?: Pick<Route, 'filters' | 'policies' | 'errors' | 'responseRewrites' | 'responseHeaders'>): string;
    private settingsKey;
    /** The variant of this name (undefined for an upstream's own name): a lookup, not a search of all() (issue 17). */
    named(name: string): Variant | undefined;
    /** Every variant named so far, in order of first use. */
    all(): Variant[];
}
