/**
 * A Secret `data` value as the API server decodes it: JSON `[]byte`, i.e. Go's base64.StdEncoding,
 * which skips "\r" and "\n" (a YAML block scalar's line breaks) and nothing else, and needs the
 * padded length. Any other byte (a space, "-", a misplaced "=") makes kubectl refuse the object:
 * undefined here, so every reader of Secret data reports it instead of guessing.
 */
export declare function decodeSecretData(value: string): Buffer | undefined;
/** The decoded value as UTF-8 text; undefined when it is not base64 or not UTF-8. */
export declare function decodeSecretText(value: string): string | undefined;
