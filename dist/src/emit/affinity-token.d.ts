import type { Endpoint } from '../ir/types.js';
/**
 * The affinity cookie's value for an endpoint, where a target names endpoints itself (HAProxy,
 * nginx): an opaque, stable hash of its address (ingress-nginx's persistent mode also hashes the
 * endpoint), so the cookie does not reveal it.
 */
export declare const endpointToken: (e: Endpoint) => string;
