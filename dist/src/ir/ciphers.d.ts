/**
 * OpenSSL cipher strings (ingress-nginx's ssl-ciphers, nginx's ssl_ciphers): the one grammar, and
 * what a proxy without OpenSSL can make of one. nginx and HAProxy hand the string to OpenSSL as it
 * is. Envoy (BoringSSL) and Caddy (Go's crypto/tls) take suite names one by one: a plain
 * colon-separated list of names is translated (cipherSuitesFor), and anything else is refused
 * (cipherRefusal), because keywords and operators (HIGH, !aNULL, +RSA, @STRENGTH) are defined by
 * OpenSSL's own table and ordering rules, which only OpenSSL expands faithfully.
 */
export declare const MAX_CIPHER_STRING = 1024;
export declare const isCipherString: (value: string) => boolean;
/** The grammar in words, for located errors. */
export declare const CIPHER_STRING_GRAMMAR = "an OpenSSL cipher list of letters, digits and ! : + - _, with @STRENGTH or @SECLEVEL=0-5 (e.g. \"ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256\")";
/** ingress-nginx's ssl-ciphers default (config.go sslCiphers, configmap.md). */
export declare const DEFAULT_SSL_CIPHERS = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256";
/** A TLS library without OpenSSL's cipher-string language. */
export type SuiteLibrary = 'boringssl' | 'go';
/**
 * Why `lib` cannot apply this cipher string (an already valid one), or undefined. Accepted: a
 * plain list of known OpenSSL suite names of which `lib` offers at least one (an empty list would
 * leave the proxy's defaults, which let in what the list keeps out).
 */
export declare function cipherRefusal(value: string, lib: SuiteLibrary): string | undefined;
/**
 * The suite names `lib` is given for a cipher string cipherRefusal accepts, in the list's order,
 * without repeats, each in that library's spelling: BoringSSL (Envoy) reads OpenSSL's names, Go
 * (Caddy) the IANA ones.
 */
export declare function cipherSuitesFor(value: string, lib: SuiteLibrary): string[];
