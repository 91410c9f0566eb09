import type { BasicAuthUser, HashScheme } from '../ir/types.js';
/** Printable ASCII without ":", quotes or backslash. */
export declare const USER_NAME: RegExp;
export declare const HASH_SCHEME_NAMES: Readonly<Record<HashScheme, string>>;
export declare const EXPECTED_HASH: string;
export declare function hashScheme(hash: string): HashScheme | undefined;
/** One problem in a Secret's user list: where (a line of the htpasswd text, or a map key), what. */
export interface UserProblem {
    where: string;
    user?: string;
    detail: string;
    /** A user with an empty hash can never sign in (nginx): dropped, with a warning. */
    dropped?: boolean;
}
export interface ParsedUsers {
    users: (BasicAuthUser & {
        where: string;
    })[];
    problems: UserProblem[];
}
/** An htpasswd file (auth-file): "user:hash" lines; blank lines and "#" comments skipped, as nginx does. */
export declare function parseHtpasswd(text: string): ParsedUsers;
/** auth-map: each key a user, each value its hash (a trailing newline ignored); sorted by user. */
export declare function parseAuthMap(data: Readonly<Record<string, string>>): ParsedUsers;
