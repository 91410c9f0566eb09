import type { BasicAuth, RoutePolicies, RouteTable } from '../../ir/types.js';
import { Section } from './section.js';
/**
 * Basic authentication with HAProxy's userlists: one `userlist` per Secret, checked by
 * `http_auth(<list>)` in the route's policy backend (policies.ts). crypt(3) checks the hashes
 * (lowering refused the formats it does not know); "{PLAIN}" becomes insecure-password.
 */
export declare const userlistName: (b: BasicAuth) => string;
export declare function userlists(ir: RouteTable): Section[];
/**
 * The authentication rules of a policy backend, after its source-range rules (nginx checks the
 * address first: a refused address gets 403 with or without credentials). With satisfy any, a
 * client the source ranges admit needs no credentials, and the 403 rules are not written.
 */
export declare function basicAuthRules(p: RoutePolicies, files: {
    deny?: string;
    allow?: string;
}): string[];
