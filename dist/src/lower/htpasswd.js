/**
 * htpasswd lines and auth-map values (user input from a Secret): each hash must match one
 * scheme's anchored grammar; the user name is printable ASCII without ":" or whitespace.
 */
const B64CRYPT = '[./0-9A-Za-z]';
const SCHEMES = [
    ['apr1', new RegExp(`^\\$apr1\\$${B64CRYPT}{1,8}\\$${B64CRYPT}{22}$`)],
    ['md5-crypt', new RegExp(`^\\$1\\$${B64CRYPT}{1,8}\\$${B64CRYPT}{22}$`)],
    ['sha256-crypt', new RegExp(`^\\$5\\$(?:rounds=[1-9][0-9]{3,8}\\$)?${B64CRYPT}{1,16}\\$${B64CRYPT}{43}$`)],
    ['sha512-crypt', new RegExp(`^\\$6\\$(?:rounds=[1-9][0-9]{3,8}\\$)?${B64CRYPT}{1,16}\\$${B64CRYPT}{86}$`)],
    ['bcrypt', new RegExp(`^\\$2[aby]\\$(?:0[4-9]|[12][0-9]|3[01])\\$${B64CRYPT}{53}$`)],
    ['des-crypt', new RegExp(`^${B64CRYPT}{13}$`)],
    ['sha1', /^\{SHA\}[A-Za-z0-9+/]{27}=$/],
    // Salted SHA-1: 20 bytes of digest, then at least one byte of salt.
    ['ssha', /^\{SSHA\}(?=[A-Za-z0-9+/=]{28,})(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/],
    // Printable ASCII without quotes or backslash (every target's quoting takes it verbatim).
    ['plain', /^\{PLAIN\}[!#-&(-[\]-~]{1,128}$/],
];
/** Printable ASCII without ":", quotes or backslash. */
export const USER_NAME = /^[!#-&(-9;-[\]-~]{1,255}$/;
export const HASH_SCHEME_NAMES = {
    apr1: '$apr1$ (Apache MD5)',
    'md5-crypt': '$1$ (MD5-crypt)',
    'sha256-crypt': '$5$ (SHA-256-crypt)',
    'sha512-crypt': '$6$ (SHA-512-crypt)',
    bcrypt: '$2y$/$2b$/$2a$ (bcrypt)',
    'des-crypt': 'DES-crypt',
    sha1: '{SHA}',
    ssha: '{SSHA}',
    plain: '{PLAIN}',
};
export const EXPECTED_HASH = `a hash in one of the formats ${Object.values(HASH_SCHEME_NAMES).join(', ')}`;
export function hashScheme(hash) {
    return SCHEMES.find(([, re]) => re.test(hash))?.[0];
}
/** An htpasswd file (auth-file): "user:hash" lines; blank lines and "#" comments skipped, as nginx does. */
export function parseHtpasswd(text) {
    const out = { users: [], problems: [] };
    const seen = new Set();
    text.split('\n').forEach((raw, i) => {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        const where = `line ${i + 1}`;
        if (line.trim() === '' || line.startsWith('#'))
            return;
        const colon = line.indexOf(':');
        if (colon < 0) {
            out.problems.push({ where, detail: 'no ":" between user and hash' });
            return;
        }
        add(out, seen, line.slice(0, colon), line.slice(colon + 1), where);
    });
    return out;
}
/** auth-map: each key a user, each value its hash (a trailing newline ignored); sorted by user. */
export function parseAuthMap(data) {
    const out = { users: [], problems: [] };
    const seen = new Set();
    for (const user of Object.keys(data).sort())
        add(out, seen, user, data[user].replace(/\r?\n$/, ''), `key ${JSON.stringify(user)}`);
    return out;
}
function add(out, seen, user, hash, where) {
    if (!USER_NAME.test(user)) {
        out.problems.push({ where, detail: 'the user name must be 1 to 255 printable ASCII characters without spaces, ":", quotes or "\\"' });
        return;
    }
    if (hash === '') {
        out.problems.push({ where, user, detail: 'no hash: this user can never sign in', dropped: true });
        return;
    }
    const scheme = hashScheme(hash);
    if (!scheme) {
        out.problems.push({ where, user, detail: 'the hash is in no known format' });
        return;
    }
    // nginx reads the file top down and stops at the first line of the user.
    if (seen.has(user))
        return;
    seen.add(user);
    out.users.push({ name: user, hash, scheme, where });
}
