import type { Support, SupportRows } from '../support.js';

/**
 * Support rows of the backend-protocol, proxy-ssl-*, service-upstream family (added with each
 * target's live proof: test/conformance/ingress-nginx/backends.test.ts).
 */
const yes: Support = { level: 'supported' };

const nginxProtocol: Support = {
  level: 'partial',
  note: 'gRPC clients are served over TLS only (HTTP/2 by ALPN on the HTTPS listener): nginx 1.22 cannot serve prior-knowledge h2c and HTTP/1.1 on one plaintext port, so a plaintext gRPC client fails to connect',
};

export const ROWS: SupportRows = {
  'backend-protocol': { nginx: nginxProtocol },
  'proxy-ssl-secret': { nginx: yes },
  'proxy-ssl-verify': { nginx: yes },
  'proxy-ssl-name': { nginx: yes },
  'proxy-ssl-server-name': { nginx: yes },
  'proxy-ssl-verify-depth': { nginx: yes },
  'proxy-ssl-ciphers': { nginx: yes },
  'proxy-ssl-protocols': { nginx: yes },
  'service-upstream': { nginx: yes },
};
