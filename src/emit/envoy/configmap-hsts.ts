import type { VirtualHost } from '../../ir/types.js';
import type { VirtualHost as EnvoyVhost } from './types.js';

/**
 * VhostTls.hsts (ConfigMap hsts*), as ingress-nginx's lua header() sets it: responses of the
 * host's HTTPS virtual host carry Strict-Transport-Security, the upstream's replaced.
 */
export function hstsVhost(vh: VirtualHost, scheme: 'http' | 'https'): Pick<EnvoyVhost, 'response_headers_to_add'> {
  const v = vh.tls?.hsts;
  if (scheme !== 'https' || v === undefined) return {};
  // A formatter string: "%" is its only special character, and a max-age has none.
  return { response_headers_to_add: [{ header: { key: 'strict-transport-security', value: v.replace(/%/g, '%%') }, append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' }] };
}
