import type { RouteTable } from '../../ir/types.js';
/**
 * RouteTable.forwarded (ingress-nginx's forwarded headers, use-forwarded-headers false): frontend
 * rules that replace whatever the client sent. The client address is `src`, the TCP peer
 * (lowering gives HAProxy no realIp or trustClient: the ConfigMap keys fail there, IC3151).
 * X-Original-Forwarded-For carries the client's last header line (nginx: every line joined).
 */
export declare function forwardedLines(ir: Pick<RouteTable, 'forwarded'>, https: boolean): string[];
