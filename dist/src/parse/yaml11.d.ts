import { Schema } from 'yaml';
/**
 * Scalars as Kubernetes reads them. kubectl and the API server turn YAML into JSON with
 * sigs.k8s.io/yaml (v1.4–v1.6 and its main branch), which decodes with go-yaml v2 into
 * interface{}: YAML 1.1 rules, resolved by go-yaml's resolve.go, not by the YAML 1.1 spec's
 * regexes. This module reproduces that function so every value ingressc validates is the value the
 * API server receives:
 * - booleans are exactly y Y yes Yes YES true True TRUE on On ON and n N no No NO false False FALSE
 *   off Off OFF; nulls "" ~ null Null NULL;
 * - integers are Go's strconv.ParseInt(s, 0, 64) after removing every "_": 0x/0X hex, 0b/0B
 *   binary, 0o/0O and a leading 0 octal (0777 is 511), a sign allowed; above int64 the
 *   unsigned and big-integer cases; "08" is no octal and becomes the float 8;
 * - floats are .inf/.nan in the spellings above and `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
 *   (a "." first: `\.[0-9]+` with an exponent); out-of-range exponents stay strings;
 * - timestamps (2024-01-01) are decoded into interface{} as their text (decode.go), so they are
 *   strings; sexagesimal 1:20, "=", +.nan and -.nan are strings; `<<` is a merge key.
 */
export type PlainKind = 'null' | 'bool' | 'int' | 'float' | 'str';
/** The kind and value go-yaml v2 gives an untagged plain scalar. */
export declare function resolve11(s: string): [PlainKind, unknown];
/** A plain scalar's value as Kubernetes reads it. */
export declare const plainValue: (s: string) => unknown;
/**
 * Bytes as a Go string reaches JSON: encoding/json replaces each byte that does not start a valid
 * UTF-8 sequence with U+FFFD (one per byte, unlike TextDecoder's maximal subparts).
 */
export declare function goBytesToString(b: Uint8Array): string;
/** The schema every document is composed with, whatever %YAML directive it carries. */
export declare const K8S_SCHEMA: Schema;
