// nginx's stream module, which the ssl-passthrough output loads (src/emit/nginx/passthrough.ts):
// Debian ships it apart from nginx-light, as libnginx-mod-stream.
import { existsSync } from 'node:fs';
import { STREAM_MODULE } from '../../src/emit/nginx/passthrough.js';
import { skipReason, type ProxyKind } from './proxies.js';

/** skipReason(kind), and for nginx also the stream module (CI=true: missing is an error, as for the proxies). */
export function passthroughSkipReason(kind: ProxyKind): string | undefined {
  const base = skipReason(kind);
  if (base !== undefined || kind !== 'nginx' || existsSync(STREAM_MODULE)) return base;
  const hint = 'apt-get install -y --no-install-recommends libnginx-mod-stream';
  if (process.env.CI === 'true') throw new Error(`nginx's stream module (${STREAM_MODULE}) is required in CI: install it with ${hint}`);
  return `nginx's stream module is not installed (${hint}); skipping live nginx ssl-passthrough tests`;
}
