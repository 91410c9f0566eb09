import type { UpstreamRetry } from '../../ir/types.js';
/**
 * proxy-next-upstream* on a backend: `retries` counts the attempts after the first (nginx's tries
 * count them all; 0, "no limit", is one attempt per server, which is where nginx stops too), and
 * every retry is redispatched to another server (`option redispatch 1`), as nginx passes the
 * request to the next one. No retry: `retries 0`.
 */
export declare function retryLines(r: UpstreamRetry, servers: number): string[];
