import type { BasicAuthUser, RoutePolicies } from './types.js';
/**
 * The IR's access semantics (RoutePolicies): who a route admits, in the order ingress-nginx's
 * location checks (nginx's access phase: the address rules, then basic authentication, then the
 * external auth request). Every emitter must agree with this function.
 */
export interface AccessRequest {
    /** The TCP peer; absent: unknown (a source range then decides nothing). */
    clientIp?: string;
    /** The Authorization header as sent. */
    authorization?: string;
    /** What the external auth service answers this request (absent: not asked / unknown). */
    externalStatus?: number;
}
export type AccessDecision = {
    admitted: true;
} | {
    admitted: false;
    status: 401 | 403 | 500 | 302;
    why: string;
}
/** The decision depends on something the evaluator cannot know (a hash it cannot check, an unknown client address or auth answer). */
 | {
    admitted: undefined;
    why: string;
};
/**
 * `inRange(cidrs, ip)` decides source ranges (the caller's CIDR matcher). satisfy all: the first
 * refusing check answers; satisfy any: one admitting check is enough, else 401 (nginx keeps a 401
 * over a 403).
 */
export declare function decideAccess(p: RoutePolicies | undefined, req: AccessRequest, inRange: (cidrs: readonly string[], ip: string) => boolean): AccessDecision;
export declare function basicCredentials(header: string | undefined): {
    user: string;
    password: string;
} | undefined;
/** true/false for the formats checked here ({PLAIN}, {SHA}, {SSHA}, $apr1$, $1$); undefined for the others. */
export declare function verifyPassword(u: BasicAuthUser, password: string): boolean | undefined;
/** Poul-Henning Kamp's MD5-crypt ($1$), and Apache's variant with the magic "$apr1$". */
export declare function md5Crypt(password: string, salt: string, magic: string): string;
