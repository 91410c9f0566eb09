import type { VirtualHost } from '../../ir/types.js';
import type { VirtualHost as EnvoyVhost } from './types.js';
/**
 * VhostTls.hsts (ConfigMap hsts*), as ingress-nginx's lua header() sets it: responses of the
 * host's HTTPS virtual host carry Strict-Transport-Security, the upstream's replaced.
 */
export declare function hstsVhost(vh: VirtualHost, scheme: 'http' | 'https'): Pick<EnvoyVhost, 'response_headers_to_add'>;
