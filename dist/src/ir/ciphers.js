/**
 * OpenSSL cipher strings (ingress-nginx's ssl-ciphers, nginx's ssl_ciphers): the one grammar, and
 * what a proxy without OpenSSL can make of one. nginx and HAProxy hand the string to OpenSSL as it
 * is. Envoy (BoringSSL) and Caddy (Go's crypto/tls) take suite names one by one: a plain
 * colon-separated list of names is translated (cipherSuitesFor), and anything else is refused
 * (cipherRefusal), because keywords and operators (HIGH, !aNULL, +RSA, @STRENGTH) are defined by
 * OpenSSL's own table and ordering rules, which only OpenSSL expands faithfully.
 */
/**
 * ingress-nginx's regexValidSSLCipher (annotations/sslcipher): letters, digits, "!", ":", "+",
 * "-", "_", and the tokens "@STRENGTH" and "@SECLEVEL=0".."@SECLEVEL=5"; not empty; 1024
 * characters at most. No quote, space, ";", "$", "{" or "#" can pass, so the value is one word in
 * every proxy's configuration.
 */
const CIPHER_STRING = /^(?:[A-Za-z0-9!:+_-]|@STRENGTH|@SECLEVEL=[0-5])+$/;
export const MAX_CIPHER_STRING = 1024;
export const isCipherString = (value) => value.length <= MAX_CIPHER_STRING && CIPHER_STRING.test(value);
/** The grammar in words, for located errors. */
export const CIPHER_STRING_GRAMMAR = 'an OpenSSL cipher list of letters, digits and ! : + - _, with @STRENGTH or @SECLEVEL=0-5 (e.g. "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256")';
/** ingress-nginx's ssl-ciphers default (config.go sslCiphers, configmap.md). */
export const DEFAULT_SSL_CIPHERS = 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256';
const both = (iana) => ({ iana, boringssl: true, go: true });
const neither = (iana) => ({ iana, boringssl: false, go: false });
/** RSA key exchange: Caddy refuses these names (unsupported cipher suite). */
const boringOnly = (iana) => ({ iana, boringssl: true, go: false });
/**
 * OpenSSL's names of TLS 1.2 suites that ingressc translates. Suites neither library offers are
 * listed so that a list naming them is still understood: those names are left out there, which
 * only refuses more clients (DHE needs ssl-dh-param, which ingressc writes for no target, so nginx
 * does not negotiate them either). TLS 1.3 names are not part of an OpenSSL cipher list (OpenSSL
 * ignores them there, beside other names): left out the same way.
 */
const SUITES = {
    'ECDHE-ECDSA-AES128-GCM-SHA256': both('TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256'),
    'ECDHE-RSA-AES128-GCM-SHA256': both('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'),
    'ECDHE-ECDSA-AES256-GCM-SHA384': both('TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384'),
    'ECDHE-RSA-AES256-GCM-SHA384': both('TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'),
    'ECDHE-ECDSA-CHACHA20-POLY1305': both('TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256'),
    'ECDHE-RSA-CHACHA20-POLY1305': both('TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256'),
    'ECDHE-ECDSA-AES128-SHA': both('TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA'),
    'ECDHE-RSA-AES128-SHA': both('TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'),
    'ECDHE-ECDSA-AES256-SHA': both('TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA'),
    'ECDHE-RSA-AES256-SHA': both('TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA'),
    'AES128-GCM-SHA256': boringOnly('TLS_RSA_WITH_AES_128_GCM_SHA256'),
    'AES256-GCM-SHA384': boringOnly('TLS_RSA_WITH_AES_256_GCM_SHA384'),
    'AES128-SHA': boringOnly('TLS_RSA_WITH_AES_128_CBC_SHA'),
    'AES256-SHA': boringOnly('TLS_RSA_WITH_AES_256_CBC_SHA'),
    'ECDHE-ECDSA-AES128-SHA256': neither('TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256'),
    'ECDHE-RSA-AES128-SHA256': neither('TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256'),
    'ECDHE-ECDSA-AES256-SHA384': neither('TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384'),
    'ECDHE-RSA-AES256-SHA384': neither('TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384'),
    'AES128-SHA256': neither('TLS_RSA_WITH_AES_128_CBC_SHA256'),
    'AES256-SHA256': neither('TLS_RSA_WITH_AES_256_CBC_SHA256'),
    'DHE-RSA-AES128-GCM-SHA256': neither('TLS_DHE_RSA_WITH_AES_128_GCM_SHA256'),
    'DHE-RSA-AES256-GCM-SHA384': neither('TLS_DHE_RSA_WITH_AES_256_GCM_SHA384'),
    'DHE-RSA-CHACHA20-POLY1305': neither('TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256'),
    'DHE-RSA-AES128-SHA256': neither('TLS_DHE_RSA_WITH_AES_128_CBC_SHA256'),
    'DHE-RSA-AES256-SHA256': neither('TLS_DHE_RSA_WITH_AES_256_CBC_SHA256'),
    'DHE-RSA-AES128-SHA': neither('TLS_DHE_RSA_WITH_AES_128_CBC_SHA'),
    'DHE-RSA-AES256-SHA': neither('TLS_DHE_RSA_WITH_AES_256_CBC_SHA'),
    TLS_AES_128_GCM_SHA256: neither('TLS_AES_128_GCM_SHA256'),
    TLS_AES_256_GCM_SHA384: neither('TLS_AES_256_GCM_SHA384'),
    TLS_CHACHA20_POLY1305_SHA256: neither('TLS_CHACHA20_POLY1305_SHA256'),
};
const LIBRARY_NAME = { boringssl: "Envoy's BoringSSL", go: "Go's crypto/tls" };
/** The names of a plain list (names joined by ":", each one ingressc knows); undefined for anything else. */
function plainNames(value) {
    const names = value.split(':');
    return names.every((n) => Object.prototype.hasOwnProperty.call(SUITES, n)) ? names : undefined;
}
/**
 * Why `lib` cannot apply this cipher string (an already valid one), or undefined. Accepted: a
 * plain list of known OpenSSL suite names of which `lib` offers at least one (an empty list would
 * leave the proxy's defaults, which let in what the list keeps out).
 */
export function cipherRefusal(value, lib) {
    const names = plainNames(value);
    if (!names) {
        const odd = value.split(':').find((n) => !Object.prototype.hasOwnProperty.call(SUITES, n)) ?? value;
        return `${LIBRARY_NAME[lib]} takes TLS 1.2 suite names one by one, and ${JSON.stringify(odd)} is not an OpenSSL suite name ingressc translates: keywords and operators (HIGH, !aNULL, +RSA, @STRENGTH) are expanded by OpenSSL's own rules, which ingressc does not reproduce; list the suites by name (e.g. "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256")`;
    }
    if (!names.some((n) => SUITES[n][lib]))
        return `${LIBRARY_NAME[lib]} offers none of these suites, and an empty list would leave its defaults, which let in what the list keeps out`;
    return undefined;
}
/**
 * The suite names `lib` is given for a cipher string cipherRefusal accepts, in the list's order,
 * without repeats, each in that library's spelling: BoringSSL (Envoy) reads OpenSSL's names, Go
 * (Caddy) the IANA ones.
 */
export function cipherSuitesFor(value, lib) {
    const why = cipherRefusal(value, lib);
    if (why !== undefined)
        throw new Error(`ciphers: ${why}`);
    return [...new Set(plainNames(value).filter((n) => SUITES[n][lib]).map((n) => (lib === 'go' ? SUITES[n].iana : n)))];
}
