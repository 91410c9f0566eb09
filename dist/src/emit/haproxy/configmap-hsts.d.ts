import type { OutputFile } from '../emitter.js';
import type { RouteTable } from '../../ir/types.js';
/**
 * VhostTls.hsts (ConfigMap hsts*), as ingress-nginx's lua header() sets it: every response to an
 * HTTPS request of the host, the ones HAProxy answers itself included (http-after-response),
 * carries Strict-Transport-Security, the upstream's replaced. The hosts are looked up by their
 * vhost key (txn.vh, maps.ts) in hsts.map.
 */
export declare const HSTS_MAP = "hsts.map";
export declare function hstsLines(ir: Pick<RouteTable, 'vhosts'>): string[];
export declare function hstsFiles(ir: Pick<RouteTable, 'vhosts'>): OutputFile[];
