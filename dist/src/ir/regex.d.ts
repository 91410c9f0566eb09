/**
 * ingressc's portable regex subset: the part of PCRE (nginx, HAProxy), RE2 (Envoy), Go regexp
 * (Traefik, Caddy) and JavaScript (match.ts) that every engine reads identically. A pattern is
 * parsed into a small tree and rendered again for each engine, so no user text reaches a config
 * untranslated. Anything outside the subset is a RegexError with the offset of the offending
 * character (backreferences, look-arounds, atomic groups, possessive quantifiers, \Q..\E, inline
 * flags, named groups, POSIX classes, \p, bare braces, non-ASCII...).
 *
 * Where engines differ on a construct the subset keeps, the renderer spells it out:
 * `.` → `[^\n]` (JS `.` also excludes \r), `\d \w \s` → explicit ASCII classes (JS `\s` is
 * Unicode, RE2 `\s` has no \v), `$` → `\z` for PCRE and RE2 (PCRE `$` also matches before a
 * final newline). Matching is case-insensitive (ingress-nginx's `~*`): the caller adds the flag.
 */
export type Flavour = 'pcre' | 're2' | 'js';
export type ClassItem = {
    lo: string;
    hi: string;
} | {
    esc: 'd' | 'w' | 's';
};
export type Node = {
    t: 'alt';
    alts: Node[];
} | {
    t: 'seq';
    items: Node[];
} | {
    t: 'group';
    capture: boolean;
    body: Node;
} | {
    t: 'rep';
    body: Node;
    min: number;
    max: number;
    lazy: boolean;
} | {
    t: 'char';
    c: string;
} | {
    t: 'any';
} | {
    t: 'class';
    negated: boolean;
    items: ClassItem[];
} | {
    t: 'esc';
    e: 'd' | 'w' | 's' | 'D' | 'W' | 'S';
} | {
    t: 'bol';
} | {
    t: 'eol';
};
export interface PortableRegex {
    source: string;
    ast: Node;
    /** Number of capturing groups. */
    groups: number;
}
export declare class RegexError extends Error {
    readonly detail: string;
    /** 0-based offset in the source of the offending character. */
    readonly offset: number;
    constructor(detail: string, 
    /** 0-based offset in the source of the offending character. */
    offset: number);
}
/** RE2 refuses counts above 1000; a smaller bound keeps Envoy's program-size limit in reach. */
export declare const MAX_REPEAT = 255;
export declare function parsePortable(source: string): PortableRegex;
/** The pattern for one engine, without case-insensitivity (the caller adds `(?i)`, `~*`, `-i` or the `i` flag). */
export declare function renderPortable(re: PortableRegex | Node, flavour: Flavour): string;
/** ingress-nginx's location regex for a path: `^<path>` (case-insensitive, open at the end). */
export declare const locationRegex: (path: string) => PortableRegex;
/** Does the case-insensitive `re` match somewhere in `subject` (JavaScript reference)? */
export declare function searchPortable(re: PortableRegex, subject: string): RegExpExecArray | null;
/**
 * A pattern that matches a whole path and captures what a leftmost search for `re` captures:
 * any prefix (lazy), `re`, any rest, the end. For engines that replace (or match) whole paths:
 * Envoy's safe_regex and regex_rewrite, HAProxy's replace-path, Traefik's replacePathRegex.
 */
export declare function wholePathSearch(re: PortableRegex, flavour: Flavour): string;
