import type { RouteMirror } from '../ir/types.js';
/** The copy a mirroring route sends for one request target (as the client sent it): its URL, Host and whether it has the body. */
export declare function mirrorCopy(m: RouteMirror, requestTarget: string): {
    url: string;
    hostHeader: string;
    body: boolean;
};
