import type { ResponseRewrites, RouteErrors } from '../ir/types.js';
/** `ingressc match` lines for a route's error pages and response rewrites (RouteErrors, ResponseRewrites). */
export declare function errorLines(e: RouteErrors | undefined, rw: ResponseRewrites | undefined, backend: (id: string) => string): string[];
