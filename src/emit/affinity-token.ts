import { createHash } from 'node:crypto';
import type { Endpoint } from '../ir/types.js';

/**
 * The affinity cookie's value for an endpoint, where a target names endpoints itself (HAProxy,
 * nginx): an opaque, stable hash of its address (ingress-nginx's persistent mode also hashes the
 * endpoint), so the cookie does not reveal it.
 */
export const endpointToken = (e: Endpoint): string => createHash('sha256').update(`${e.host}:${e.port}`).digest('hex').slice(0, 16);
