import type { FamilyReader } from './reader.js';
/**
 * mirror-target, mirror-host, mirror-request-body (ingress-nginx's mirror/main.go), as written
 * (valid values only). What they mean is decided in src/lower/mirror.ts. ingress-nginx falls back
 * to a default for a value its validator refuses; ingressc refuses it instead (IC2081).
 */
export interface MirrorSettings {
    /** mirror-target; absent (or empty): no mirror. */
    target?: MirrorTarget;
    /** mirror-host: the Host header of the copy, as written; absent: the target's host. */
    host?: string;
    /** mirror-request-body: false for "off"; absent: "on". */
    body?: boolean;
}
/**
 * A mirror-target URL: `<scheme>://<host>[:<port>]` and a template of the copy's request target.
 * The one nginx variable every target can send alike is `$request_uri` (the request target as the
 * client sent it, path and query); any other variable is refused.
 */
export interface MirrorTarget {
    scheme: 'http' | 'https';
    /** DNS name (lowercased), IPv4, or IPv6 without brackets. */
    host: string;
    port?: number;
    /** Not empty; the first part starts with "/" or is the request target. */
    parts: MirrorTemplatePart[];
}
export type MirrorTemplatePart = {
    text: string;
} | {
    request: 'target';
};
/** mirror-target: the URL and its template, or what was expected. */
export declare function parseMirrorTarget(value: string): {
    value: MirrorTarget;
} | {
    expected: string;
};
/** mirror-host: a host name or IP address, an optional port (the Host header of the copy). */
export declare function parseMirrorHost(value: string): {
    value: string;
} | {
    expected: string;
};
/** The copy's Host header by default: the target's host without its port (ingress-nginx: url.Hostname()). */
export declare const defaultMirrorHost: (t: MirrorTarget) => string;
export declare const MIRROR_KEYS: readonly ['mirror-target', 'mirror-host', 'mirror-request-body'];
export declare const mirrorReader: FamilyReader;
