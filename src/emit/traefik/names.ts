import type { VirtualHost } from '../../ir/types.js';

/** File names, entry points and object names of the Traefik output: one place, no user text. */

export const DYNAMIC_FILE = 'traefik.yaml';
export const STATIC_FILE = 'traefik-static.yaml';

export const WEB = 'web';
export const WEBSECURE = 'websecure';

/** Built into Traefik (internal handler, answers 418); only used behind a middleware that always answers first. */
export const NOOP_SERVICE = 'noop@internal';

export const REDIRECT_MIDDLEWARE = 'ingressc-redirect-https';
export const NOT_FOUND_MIDDLEWARE = 'ingressc-not-found';
export const UNAVAILABLE_MIDDLEWARE = 'ingressc-unavailable';
/** `ingressc-host-<n>`: sets the Host sent upstream (upstream-vhost), one per distinct value. */
export const hostMiddlewareName = (n: number): string => `ingressc-host-${n}`;

/**
 * Router name stem of a vhost. '_' separates the parts because it cannot occur in a validated
 * host name, so two different vhosts or routes can never produce the same router name.
 */
export function vhostKey(vh: VirtualHost): string {
  switch (vh.kind) {
    case 'exact':
      return `host_${vh.name}`;
    case 'wildcard':
      return `wildcard_${vh.wildcardSuffix}`;
    case 'any':
      return 'any';
  }
}

/** Router stem for requests that match no vhost (only when there is no host-less vhost). */
export const DEFAULT_KEY = 'default';
