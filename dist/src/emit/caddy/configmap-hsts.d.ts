import type { VirtualHost } from '../../ir/types.js';
import type { Route } from './types.js';
/**
 * VhostTls.hsts (ConfigMap hsts*), as ingress-nginx's lua header() sets it: responses of the
 * host's HTTPS routes carry Strict-Transport-Security. Deferred, so it replaces the upstream's
 * header when the response is written rather than being added to before it.
 */
export declare function hstsRoute(vh: VirtualHost, scheme: 'http' | 'https'): Route[];
