/**
 * Block-style YAML for the Traefik and Gateway API outputs: plain objects, arrays, strings, numbers and
 * booleans in insertion order. Written directly because the `yaml` package's Document model made
 * serialising 100k routes the slowest step of a compile. Strings are JSON double-quoted (a JSON
 * string is a valid YAML double-quoted scalar), or plain when `plainStrings` is set and a plain
 * scalar cannot be read as anything else.
 */
export interface YamlWriterOptions {
    /** Write strings unquoted when that is unambiguous (Traefik); otherwise always double-quoted. */
    plainStrings?: boolean;
}
export declare function toBlockYaml(value: unknown, opts?: YamlWriterOptions): string;
/** toBlockYaml's text as ~64 KB chunks, never joined (a file written piece by piece: emitter.ts piecewiseFile). */
export declare function toBlockYamlChunks(value: unknown, opts?: YamlWriterOptions): string[];
