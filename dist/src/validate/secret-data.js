/**
 * A Secret `data` value as the API server decodes it: JSON `[]byte`, i.e. Go's base64.StdEncoding,
 * which skips "\r" and "\n" (a YAML block scalar's line breaks) and nothing else, and needs the
 * padded length. Any other byte (a space, "-", a misplaced "=") makes kubectl refuse the object:
 * undefined here, so every reader of Secret data reports it instead of guessing.
 */
export function decodeSecretData(value) {
    const clean = value.replace(/[\r\n]/g, '');
    if (clean.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean))
        return undefined;
    return Buffer.from(clean, 'base64');
}
/** The decoded value as UTF-8 text; undefined when it is not base64 or not UTF-8. */
export function decodeSecretText(value) {
    const text = decodeSecretData(value)?.toString('utf8');
    return text === undefined || text.includes('\uFFFD') ? undefined : text;
}
