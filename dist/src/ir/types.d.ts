import type { SourceRef } from '../diagnostics/types.js';
/**
 * The neutral route IR. Lowering decides every Ingress semantic once (host classes, Prefix
 * normalisation, precedence, conflicts, fallbacks, TLS); emitters only translate it. The IR is
 * built so that one simple evaluation model, shared by every proxy, reproduces the spec:
 *
 *   0. the Host header is lowercased, a ":port" and one trailing "." are dropped (the backend
 *      still receives the Host header as the client sent it); SNI never routes (except a TLS
 *      passthrough host: RouteTable.passthrough). The path is the
 *      request target up to "?", normalised by the one rule of normalize-path.ts, which every
 *      target follows exactly (a Caddy emitter too):
 *        - 400 for a "%" without two hex digits after it, and for %2F, %5C, %00 (any case);
 *        - %XX of an unreserved character (A-Z a-z 0-9 - . _ ~) decoded, other escapes kept;
 *        - runs of "/" merged, then "." and ".." segments removed (RFC 3986 5.2.4); a final
 *          "." or ".." leaves a trailing "/"; ".." above the root is 400;
 *        - a literal "\" or ";" is an ordinary character;
 *      the backend receives the request target exactly as sent (only Traefik differs: see README);
 *   1. pick the host class: exact host, else one-label wildcard, else the host-less vhost;
 *      no vhost matched → `defaultUpstream` (or a 404 when it is absent);
 *   2. inside the vhost: an `exact` entry equal to the path wins;
 *   3. else the longest `prefix` entry p with path == p or path starting with p + "/"
 *      (p === "/" matches everything);
 *   4. else the vhost's `fallback` upstream, or a 404 when it is absent.
 *
 * No fall-through between host classes. Every string here already passed an anchored grammar.
 */
export interface RouteTable {
    /** Sorted: exact hosts, then wildcards, then the host-less vhost; by name within a class. */
    vhosts: VirtualHost[];
    /** Sorted by id. Only upstreams that some route, fallback or default uses. */
    upstreams: Upstream[];
    /** Serves requests whose host matches no vhost. Undefined: the proxy answers 404. */
    defaultUpstream?: string;
    /** Sorted by id. Every certificate any vhost references. */
    certificates: Certificate[];
    /** Certificate served when the SNI matches no TLS host (first certificate by id), if any. */
    defaultCertificate?: string;
    /** Sorted by id. CA bundles and client certificates of upstream TLS (proxy-ssl-secret); absent: none. */
    backendCertificates?: BackendCertificate[];
    /**
     * Sorted by host. TLS connections to the HTTPS listener whose SNI is one of these hosts are not
     * decrypted: the proxy copies the bytes both ways to the upstream's endpoints (layer 4), which
     * terminates TLS itself (ingress-nginx's ssl-passthrough; docs/ir-v2.md "TLS passthrough"). Every
     * other connection (another SNI, none, plain HTTP on the HTTP listener) is served as before.
     */
    passthrough?: SniPassthrough[];
    listen: {
        http: ListenAddr;
        https: ListenAddr;
    };
    /** The status of the vhost-level ssl-redirect (VhostTls.sslRedirect); absent: 308 (ConfigMap http-redirect-code). */
    httpsRedirectCode?: 301 | 302 | 307;
    /** nginx's version in its Server header and error pages (ConfigMap server-tokens); absent: the proxy's default. */
    serverTokens?: boolean;
    /** Upstream response headers (lowercase names) the client never gets (ConfigMap hide-headers: nginx's proxy_hide_header). */
    hideResponseHeaders?: string[];
    /** TLS versions the HTTPS listener accepts, oldest first (ConfigMap ssl-protocols); absent: the proxy's default. */
    tlsVersions?: ('TLSv1.2' | 'TLSv1.3')[];
    /** Cipher settings of every TLS handshake no vhost's own tlsCiphers decides (ConfigMap ssl-ciphers); absent: the proxy's. */
    tlsCiphers?: TlsCiphers;
    /** Requests answered 403 before anything else, on every host and the default server (ConfigMap block-user-agents, block-referers). */
    headerBlocks?: HeaderBlock[];
    /** How the listeners treat client connections (ConfigMap client timeouts and header buffers); absent field: the proxy's own. */
    clientConnection?: ClientConnection;
    /**
     * Request headers the proxy removes by name before anything reads them (routing on headers,
     * canary, hashing, header blocks, authentication, the forwarded headers, the upstream), as nginx
     * does with ignore_invalid_headers on (ingress-nginx's default; src/ir/header-names.ts): every
     * name with a character other than an ASCII letter, a digit, "-" or "_", and with `underscore`
     * (ConfigMap enable-underscores-in-headers "false", the default) every name with "_" too.
     * Absent: no header is removed (ignore-invalid-headers "false"; lower/header-names.ts).
     */
    dropRequestHeaders?: {
        underscore: boolean;
    };
    /** What every proxied request tells its upstream about the client (lower/forwarded-headers.ts); absent: the proxy's own habits. */
    forwarded?: ForwardedHeaders;
    /**
     * Request headers every proxied request sends its upstream, after the forwarded headers, the
     * client's of that name replaced (ConfigMap proxy-set-headers; lower/custom-headers.ts).
     * Sorted by lowercase name, one per name, none of the forwarded headers' names.
     */
    requestHeaders?: HeaderValue[];
    /** gzip compression of responses, on every host and the proxy's own answers (ConfigMap use-gzip); absent: none. */
    compression?: ResponseCompression;
    /** brotli compression of responses, preferred over gzip (ConfigMap enable-brotli); absent: none. */
    brotli?: BrotliCompression;
    /** The status of a request a limit refuses (ConfigMap limit-req-status-code, limit-conn-status-code); absent field: 503. */
    limitStatus?: RefusalStatus;
}
/** The status answered to a request refused by a request-rate limit (`requests`) or a connection limit (`connections`), 400-599. */
export interface RefusalStatus {
    requests?: number;
    connections?: number;
}
/**
 * ingress-nginx's http-level gzip (use-gzip and the gzip-* keys): a response is compressed with
 * gzip at `level` when the request's Accept-Encoding accepts gzip, its status is 200, 403 or 404,
 * it has no Content-Encoding, its type (lowercase, without parameters) is text/html or in `types`,
 * and its Content-Length (when it has one) is at least `minLength`; such a response also carries
 * `Vary: Accept-Encoding`. Requests whose User-Agent `disableUserAgent` (the portable subset, searched
 * case-insensitively) is found in are answered uncompressed. The upstream still gets Accept-Encoding.
 */
export interface ResponseCompression {
    /** 1 (fastest) to 9; absent: the proxy's own level (a target that cannot set it). */
    level?: number;
    /** Absent: responses of any length (a target that cannot set it). */
    minLength?: number;
    /** Lowercase MIME types, sorted, text/html among them; absent: every type (gzip-types "*"). */
    types?: string[];
    disableUserAgent?: string;
}
/**
 * ingress-nginx's brotli (enable-brotli and the brotli-* keys): as ResponseCompression, with br at
 * `level` (0-11) for a request whose Accept-Encoding accepts br; ngx_brotli's filter runs before
 * gzip's, so a response it compresses is not gzipped, and one it leaves (type, length) may be.
 */
export interface BrotliCompression {
    level: number;
    minLength: number;
    /** As ResponseCompression.types. */
    types?: string[];
}
/**
 * The ConfigMap's client connection settings, as nginx applies them (http block).
 * - `keepAliveSeconds` (keep-alive): an idle connection is closed after this long; 0: every
 *   response closes its connection (nginx's keepalive_timeout 0).
 * - `keepAliveRequests` (keep-alive-requests): the connection is closed after this many requests.
 * - `headerTimeoutSeconds` (client-header-timeout): the whole request header must arrive within this.
 * - `bodyTimeoutSeconds` (client-body-timeout): the longest wait between two reads of the body.
 * - `headerBuffers` (large-client-header-buffers): a request line or header line longer than
 *   `bytes` is refused (414 / 400), as is a header of more than `count` such buffers.
 */
export interface ClientConnection {
    keepAliveSeconds?: number;
    keepAliveRequests?: number;
    headerTimeoutSeconds?: number;
    bodyTimeoutSeconds?: number;
    headerBuffers?: {
        count: number;
        size: string;
    };
}
/**
 * The forwarded headers of every proxied request, as ingress-nginx's nginx.tmpl sets them
 * (docs/ir-v2.md "Forwarded headers"). The client address is the TCP peer, or with `realIp` the
 * address `realIp.header` names (its rightmost entry not in `trusted`, scanning from the right;
 * all trusted: its leftmost) when the peer is in `trusted`. Source ranges and per-client limits
 * judge that address. The upstream gets, replacing whatever the client sent:
 *   X-Forwarded-For: the client address; with `appendForwardedFor`, the received X-Forwarded-For
 *     (every line joined by ", ") + ", " + the peer, or the peer alone when none was received;
 *   X-Real-IP: the client address;
 *   X-Forwarded-Proto, X-Forwarded-Scheme, X-Scheme: the listener's scheme; X-Forwarded-Port: the
 *     listener's port; X-Forwarded-Host: the Host header as sent; with `trustClient`, the client's
 *     X-Forwarded-Proto / -Port / -Host instead when sent and not empty (Host too is then the
 *     client's X-Forwarded-Host);
 *   X-Original-Forwarded-For: the received `originalForwardedFor` header, absent when none;
 *   X-Request-ID: the client's when not empty, else (with `generateRequestId`) a generated one;
 *   Proxy: removed (httpoxy).
 * With `proxyProtocol` (use-proxy-protocol) every listener expects a PROXY protocol header (v1 or
 * v2) before the request; `realIp.proxyProtocol`: the client address is then the header's source
 * address when the TCP peer is in `trusted` (not the forwarded-for header), and the peer appended
 * by `appendForwardedFor` is that address too (nginx.tmpl's $proxy_protocol_addr).
 * With `trustClient`, HTTPS redirects (every plainHttpOnly RequestRedirect and VhostTls.sslRedirect)
 * are decided on the client's X-Forwarded-Proto when sent and not empty (redirect when it is exactly
 * "http", on either listener), else on the listener, as ingress-nginx's redirect_to_https reads
 * $pass_access_scheme.
 */
export interface ForwardedHeaders {
    realIp?: {
        header: string;
        trusted: string[];
        proxyProtocol?: true;
    };
    proxyProtocol?: true;
    trustClient: boolean;
    appendForwardedFor: boolean;
    originalForwardedFor: string;
    generateRequestId: boolean;
}
/**
 * One entry of the ConfigMap's block-user-agents / block-referers: a request whose `header` (its
 * first line; absent or empty never matches) equals `exact` ignoring case, or in which `regex` (the
 * portable subset, src/ir/regex.ts) is found, case-insensitively with `caseInsensitive`.
 */
export type HeaderBlock = {
    header: 'user-agent' | 'referer';
} & ({
    exact: string;
} | {
    regex: string;
    caseInsensitive: boolean;
});
/**
 * One TLS passthrough host: `host` is an exact DNS name (lowercase), compared with the SNI
 * lowercased (ingress-nginx's TCP proxy compares the SNI as sent; clients send host names in
 * lowercase), `upstream` an Upstream id whose endpoints receive the raw TLS
 * stream (its protocol and tls settings do not apply: the proxy speaks no HTTP and no TLS to it).
 */
export interface SniPassthrough {
    host: string;
    upstream: string;
    /** "namespace/name" of the Ingress that set ssl-passthrough for the host. */
    ingress: string;
    origin: SourceRef;
}
export interface ListenAddr {
    host: string;
    port: number;
}
export type HostKind = 'exact' | 'wildcard' | 'any';
export interface VirtualHost {
    /** "foo.example.com", "*.example.com" (one label), or "*" for rules without host. */
    name: string;
    kind: HostKind;
    /** For wildcards, the suffix after "*." ("example.com"). Empty otherwise. */
    wildcardSuffix: string;
    /** Sorted by path (code-unit order). Unique paths. */
    exact: Route[];
    /** Sorted longest first, then by path. Unique normalised prefixes (no trailing "/" except "/"). */
    prefix: Route[];
    /**
     * 'longest' (absent: v1): exact, then the longest prefix. 'regex-first-match': ingress-nginx's
     * host-wide regex mode (docs/ir-v2.md): `exact` and `prefix` are empty and `ordered` is tried in
     * order, the first RegularExpression route that matches wins.
     */
    pathOrder?: 'longest' | 'regex-first-match';
    /** With pathOrder 'regex-first-match': every route, longest path text first, then by path descending. */
    ordered?: Route[];
    /** Upstream for requests of this host that match no route; undefined = 404. */
    fallback?: string;
    /** A redirect the fallback answers first (ingress-nginx's default location of the server, per-location ssl-redirect). */
    fallbackRedirect?: RequestRedirect;
    fallbackOrigin?: SourceRef;
    tls?: VhostTls;
    /**
     * The host's own cipher settings (ssl-ciphers, ssl-prefer-server-ciphers): TLS handshakes whose
     * SNI names this host (a wildcard: one label before its suffix) use them, with or without a tls
     * section (such a host is served with the default certificate). On the host-less vhost: every
     * handshake whose SNI names no host (or that sent none). A field left out is RouteTable.tlsCiphers'.
     */
    tlsCiphers?: TlsCiphers;
    origin: SourceRef;
}
/** ingress-nginx's ssl_ciphers / ssl_prefer_server_ciphers (docs/ir-v2.md "TLS ciphers"); a field left out: the level above's. */
export interface TlsCiphers {
    /** An OpenSSL cipher string (src/ir/ciphers.ts grammar): the TLS 1.2 suites a handshake may agree on (TLS 1.3 suites are not affected). */
    ciphers?: string;
    /** Among the suites both sides offer, the server's order decides (false: the client's). */
    preferServer?: boolean;
}
export interface VhostTls {
    /** Certificate id (a tls entry without secretName gets the default certificate's id). */
    certificate?: string;
    /** Redirect plain HTTP to HTTPS (308 where the target can say so; Traefik gives 301 for GET): every route and the fallback. */
    sslRedirect: boolean;
    /** Client certificates the host requires (auth-tls-*; docs/ir-v2.md "Client certificates"). */
    clientAuth?: ClientAuth;
    /** With sslRedirect: the request target's final "/" is dropped from the Location (see RequestRedirect). */
    stripTrailingSlash?: true;
    /**
     * Strict-Transport-Security value every response to an HTTPS request of this host carries
     * (the upstream's replaced; ConfigMap hsts*). Absent: none is added.
     */
    hsts?: string;
    origin: SourceRef;
}
/**
 * ingress-nginx's auth-tls-* for one host (its server block): decided by the first Ingress of the
 * host, in precedence order, that sets auth-tls-secret, and applied to every route of the host.
 * Only on TLS hosts that redirect plain HTTP (else the HTTP side would be open).
 *   - verify 'on': a client without a certificate chaining to `caPem` within `depth` gets 400
 *     (or a 302 to `errorPage`); 'optional': no certificate passes, a bad one gets 400 (or 302);
 *     'optional_no_ca': any certificate passes, the verification result goes upstream;
 *   - `matchCN`: a pattern (portable subset, case-sensitive, searched anywhere) the client's subject
 *     DN (RFC 2253, "CN=client,O=org") must match, else 403;
 *   - the backend receives ssl-client-verify ("SUCCESS", "NONE", "FAILED:<reason>"),
 *     ssl-client-subject-dn, ssl-client-issuer-dn, and with `passCertificate` ssl-client-cert (the
 *     URL-encoded PEM). Any such header the client sent is replaced.
 * A request whose SNI names another host than its Host header is refused (421) rather than routed
 * past the check.
 */
export interface ClientAuth {
    /** "<namespace>-<secret>": the CA file is client-ca/<id>.crt. */
    caId: string;
    caPem: string;
    verify: 'on' | 'optional' | 'optional_no_ca';
    depth: number;
    passCertificate: boolean;
    errorPage?: string;
    matchCN?: string;
    /** "namespace/name" of the Ingress that decided it. */
    ingress: string;
}
export declare const caFile: (id: string) => string;
export interface Route {
    /**
     * Exact, StringPrefix: the path as written. Prefix: trailing "/" trimmed ("/" stays "/").
     * RegularExpression: a pattern in the portable subset (src/ir/regex.ts), matched
     * case-insensitively against the request path with a "^" in front and open at the end.
     */
    path: string;
    match: PathMatch;
    /** Applied in order to requests this route serves. */
    filters?: RouteFilter[];
    /** What the manifest said, for reports (ImplementationSpecific is lowered as Prefix or StringPrefix). */
    pathType: 'Exact' | 'Prefix' | 'ImplementationSpecific';
    /** The path as written in the manifest. */
    sourcePath: string;
    upstream: string;
    /** "namespace/name" of the Ingress. */
    ingress: string;
    /** Absent: anyone may reach the route. */
    policies?: RoutePolicies;
    /** Absent: every request goes to `upstream`. */
    canary?: RouteCanary;
    /** ingress-nginx's error pages (default-backend, custom-http-errors); see RouteErrors. */
    errors?: RouteErrors;
    /** Rewrites of the upstream's response headers (proxy-redirect-*, proxy-cookie-*); see ResponseRewrites. */
    responseRewrites?: ResponseRewrites;
    /**
     * Headers every response of the route carries, replacing the upstream's of that name
     * (custom-headers, the ConfigMap's add-headers: ingress-nginx's more_set_headers;
     * lower/custom-headers.ts). Sorted by lowercase name, one per name; values are literal text.
     */
    responseHeaders?: HeaderValue[];
    /** A copy of each request the route proxies, sent elsewhere (mirror-target; see RouteMirror). */
    mirror?: RouteMirror;
    origin: SourceRef;
}
/**
 * ingress-nginx's mirror-target, mirror-host, mirror-request-body (nginx's mirror module;
 * docs/ir-v2.md "Mirroring"). Every request the route proxies (to its upstream or its canary; not
 * one the proxy answers itself: a redirect, a refusal by source range, authentication or a limit, a
 * CORS preflight, a 413; one whose upstream has no endpoints may be) is also sent, in the background, to `<scheme>://<host>[:<port>]`; the
 * client gets the upstream's answer only, the mirror's is dropped. The copy has the request's method
 * and the client's headers (a target may add its own forwarding headers), with Host set to
 * `hostHeader`; its request target is `target`'s parts concatenated: text as written,
 * `{ request: 'target' }` the request target as the client sent it (path and query: nginx's
 * $request_uri), `{ request: 'query' }` "?" and the request's query when it has one (else nothing).
 * With `body` the copy carries the request's body; without it, no body (and no Content-Length or
 * Transfer-Encoding).
 */
export interface RouteMirror {
    scheme: 'http' | 'https';
    /** DNS name, IPv4, or IPv6 without brackets. */
    host: string;
    port?: number;
    /** Not empty; starts with "/" or the request target. Text: path and query characters (no "$", quotes, spaces). */
    target: MirrorTargetPart[];
    hostHeader: string;
    body: boolean;
}
export type MirrorTargetPart = {
    text: string;
} | {
    request: 'target' | 'query';
};
/** A header to set: `name` a token, `value` printable ASCII (literal: no proxy variables). */
export interface HeaderValue {
    name: string;
    value: string;
}
/**
 * ingress-nginx's canary (balancer.lua route_to_alternative_balancer): after the route is chosen
 * (its filters and policies apply either way), the request goes to `upstream` instead of the
 * route's own by the first rule that decides, in this order:
 *   0. affinity first (sticky.lua is_affinitized; docs/ir-v2.md "Canary and session affinity"):
 *        - the route has `policies.affinity` and the request's cookie of that name names an
 *          endpoint of the route's own upstream (a value the target's Set-Cookie gives that
 *          endpoint) → main, and no rule below is consulted;
 *        - else `affinity` is set and the request's cookie `affinity.cookie` names an endpoint of
 *          the canary's upstream → canary;
 *   1. header (when the request has a header `header.name`, case-insensitive name; values without
 *      the spaces around them, several lines joined by ", "):
 *        - with `value`: equal to it (case-sensitive) → canary; otherwise undecided;
 *        - with `pattern`: the portable regex found anywhere in it (case-sensitive) → canary;
 *          otherwise undecided;
 *        - else "always" → canary, "never" → main, anything else undecided;
 *   2. cookie (the first pair named `cookie` as nginx's $cookie_ parses the Cookie lines: name
 *      case-insensitive, pairs separated by ";" or ",", spaces around "=", the value runs to ";";
 *      match.ts cookieValue): "always" → canary, "never" → main, anything else undecided;
 *   3. weight: canary with probability weight / weightTotal (0 ≤ weight ≤ weightTotal), at random
 *      per request.
 */
export interface RouteCanary {
    upstream: string;
    weight: number;
    weightTotal: number;
    header?: {
        name: string;
        value?: string;
        pattern?: string;
    };
    cookie?: string;
    /**
     * Cookie affinity of the requests the canary serves on this route, in place of the route's own
     * `policies.affinity` (which applies to the requests main serves). affinity-canary-behavior
     * "sticky" (the default): the route's `policies.affinity`; "legacy": the canary Ingress's own
     * affinity annotations. Absent: the canary side is not sticky (sets and follows no cookie).
     */
    affinity?: AffinityPolicy;
    /** "namespace/name" of the canary Ingress. */
    ingress: string;
    origin: SourceRef;
}
/**
 * nginx's proxy_redirect / proxy_cookie_domain / proxy_cookie_path as ingress-nginx sets them (the
 * string forms; evaluated by rewriteResponseHeader in match.ts), on the responses of the route's
 * upstream (not on error pages):
 * - `location`: a Location header, or the URL of a Refresh header ("5; url=..."), that starts with
 *   `from` (case-sensitive) gets `to` in place of that prefix; a rewritten Location that then starts
 *   with "/" is made absolute with the request's scheme and host (the Host header without its port:
 *   ingress-nginx turns port_in_redirect off);
 * - `cookieDomain`: a Set-Cookie `domain=` attribute equal to `from`, case-insensitively and with a
 *   leading "." ignored on both, becomes `to` (a leading "." of `to` dropped; the attribute's own kept);
 * - `cookiePath`: a Set-Cookie `path=` attribute that starts with `from` (case-sensitive) gets `to`
 *   in place of that prefix.
 */
export interface ResponseRewrites {
    location?: {
        from: string;
        to: string;
    };
    cookieDomain?: {
        from: string;
        to: string;
    };
    cookiePath?: {
        from: string;
        to: string;
    };
}
/**
 * ingress-nginx's error pages for one route (docs/ir-v2.md "Error pages"):
 * - `codes`: an answer of the route with one of these statuses is not sent to the client. The
 *   same request (method, headers, body, query) is sent to `upstream` instead, with its path
 *   replaced by "/", Host as the client sent it, and the headers X-Code (the status),
 *   X-Format (the request's Accept, when present), X-Original-URI (the request target as the
 *   client sent it), X-Namespace / X-Ingress-Name / X-Service-Name / X-Service-Port (`context`)
 *   and X-Forwarded-For (the client address only); that upstream's answer, status included, goes
 *   to the client as it is (never intercepted again). Without `upstream` the proxy answers 404
 *   (ingress-nginx's internal default backend). "An answer of the route": the upstream's response
 *   (unless `upstreamResponses` is false) and the proxy's own answers for the route: 503 without
 *   endpoints, 502/504 when the upstream fails, 403 refused by a source range, 413 above the
 *   body limit. Not the 400 of a bad request path (decided before any route).
 * - `upstreamResponses`: false with disable-proxy-intercept-errors: the upstream's responses pass
 *   through unchanged, only the proxy's own answers with those codes are replaced.
 * - `standIn`: the route's Service has no ready endpoint and the default-backend annotation's
 *   Service answers in its place: Route.upstream is that Service, the request keeps its path and
 *   filters, and gets X-Code 503 and the `context` headers (set by lowering as a
 *   RequestHeaderModifier) plus X-Format (the request's Accept, when present: emitters add it).
 */
export interface RouteErrors {
    /** Sorted, unique, 400–599; empty: nothing is intercepted. */
    codes: number[];
    upstreamResponses: boolean;
    /** Upstream id answering intercepted errors; absent: 404. */
    upstream?: string;
    standIn?: boolean;
    /** X-Namespace, X-Ingress-Name, X-Service-Name, X-Service-Port: the route's own Service, as written. */
    context: {
        namespace: string;
        ingress: string;
        service: string;
        servicePort: string;
    };
}
/**
 * Per-route policies. Source ranges: who may reach a route, judged on the client address: the TCP
 * peer of the connection the proxy accepted, or with RouteTable.forwarded.realIp the forwarded-for
 * header's or PROXY header's address from a trusted peer (ForwardedHeaders). A request
 * from an address in `sourceDeny` is refused with 403; else, when `sourceAllow` is set, one from
 * outside it is refused with 403 (ingress-nginx: deny rules, then allow rules, then "deny all"). The
 * refusal comes before anything else the route does (an upstream without endpoints: 403, not 503).
 * CIDR strings are normalised ("10.0.0.0/8", "2001:db8::/32"; a single address is /32 or /128),
 * sorted, IPv4 first.
 */
export interface RoutePolicies {
    sourceAllow?: string[];
    sourceDeny?: string[];
    /**
     * proxy-body-size: a request whose body is larger gets 413; 0 = no limit. Absent: the target's
     * default (README "Body size").
     */
    maxBodyBytes?: number;
    /** client-body-buffer-size (nginx tuning; an nginx size as written). */
    bodyBufferSize?: string;
    /** proxy-connect/send/read-timeout. */
    timeouts?: UpstreamTimeouts;
    /** proxy-buffering, buffer sizes, HTTP version, Connection header, retries (docs/ir-v2.md "Upstream tuning"). */
    upstreamTuning?: UpstreamTuning;
    /** auth-type basic (docs/ir-v2.md "Authentication"). */
    basicAuth?: BasicAuth;
    /** auth-url (docs/ir-v2.md "Authentication"). */
    externalAuth?: ExternalAuth;
    /**
     * satisfy any: a request is admitted when the source ranges admit its client OR the
     * authentication (basic, external) admits it; absent: every restriction must admit it.
     */
    satisfy?: 'any';
    /** limit-rps, limit-rpm, limit-connections (docs/ir-v2.md "Request limits"). */
    limits?: RequestLimits;
    /** limit-rate / limit-rate-after: response bandwidth per connection. */
    bandwidth?: Bandwidth;
    /** enable-cors and the cors-* keys (src/ir/cors.ts evaluates it). */
    cors?: CorsPolicy;
    /** affinity: cookie and the session-cookie-* keys. */
    affinity?: AffinityPolicy;
    /** enable-access-log: "false": requests this route serves are not written to the access log. */
    accessLog?: false;
}
/**
 * ingress-nginx's cookie affinity (balancer/sticky*.lua), for the requests this route serves: a
 * request without a cookie `cookie` that names a current endpoint of the upstream is served by some
 * endpoint, and the response carries `Set-Cookie: <cookie>=<token>` naming it (an opaque value
 * each target chooses) with the attributes below and HttpOnly; a request with such a cookie is
 * served by that endpoint. Only routes of Ingresses with the annotation set the cookie.
 * `mode`: 'persistent' = a session stays on its endpoint while it exists; 'balanced' (the default)
 * = ingress-nginx may move some sessions when endpoints are added (consistent hashing).
 */
export interface AffinityPolicy {
    cookie: string;
    /** The Path attribute: session-cookie-path, else the route's path as written ("/" when empty). */
    path: string;
    domain?: string;
    /** Max-Age attribute, seconds. */
    maxAge?: number;
    /** Expires attribute: this many seconds after the response. */
    expires?: number;
    /** 'always' (session-cookie-secure: true); 'https': Secure only on HTTPS requests (ingress-nginx's default). */
    secure: 'always' | 'https';
    /** SameSite attribute, as written (None, Lax, Strict in any case). */
    sameSite?: string;
    mode: 'balanced' | 'persistent';
    /** After a failed attempt, pick another endpoint and set a new cookie (else retry the same one). */
    changeOnFailure: boolean;
}
/**
 * ingress-nginx's CORS (nginx.tmpl "CORS"). A request matches when
 * `allowOrigins` is '*' (every request, with or without Origin), or its Origin header matches one
 * entry, case-insensitively, at the END of the header (ingress-nginx's regex is `~* (...)$`, not
 * anchored at the start); a "*." host prefix stands for one label [A-Za-z0-9-]+. A matching
 * OPTIONS request (any OPTIONS: no Access-Control-Request-Method check) is answered 204 by the proxy
 * with the CORS headers, and never reaches the upstream: that answer comes BEFORE the route's access
 * checks (source ranges), as ingress-nginx gives it in nginx's rewrite phase, ahead of allow/deny
 * and auth (a preflight carries no credentials); any other matching request is proxied and
 * its response gets the CORS headers, replacing the upstream's headers of those names. A request
 * that does not match is proxied untouched (an OPTIONS too).
 */
export interface CorsPolicy {
    /** '*': Access-Control-Allow-Origin is "*"; else the origins as written (echoed when matched). */
    allowOrigins: '*' | string[];
    allowMethods: string;
    allowHeaders: string;
    /** '' = no Access-Control-Expose-Headers. */
    exposeHeaders: string;
    /** false = no Access-Control-Allow-Credentials header. */
    allowCredentials: boolean;
    maxAge: number;
}
/**
 * Per-client request limits (ingress-nginx's limit_req / limit_conn): counted per client address
 * (the TCP peer, as for source ranges) and shared by every route with the same `key` (ingress-nginx
 * keeps one set of counters per Ingress). An excess request is answered 503 before anything else the
 * route does (source ranges included). Checked in the order connections, per minute, per second.
 */
export interface RequestLimits {
    /** "namespace/name" of the Ingress whose counters these are. */
    key: string;
    /** Requests a second: `burst` more may arrive at once (a leaky bucket draining `rate` a second). */
    perSecond?: RateLimitBucket;
    /** Requests a minute, same model. */
    perMinute?: RateLimitBucket;
    /** Requests of one client in progress at once (the one beyond is refused). */
    connections?: number;
    /** Normalised CIDRs (sorted, IPv4 first) whose clients no limit applies to. */
    exempt?: string[];
}
export interface RateLimitBucket {
    rate: number;
    /** rate × limit-burst-multiplier: with the request itself, burst + 1 are admitted at once. */
    burst: number;
}
/** Response bandwidth per connection: after `afterKiB`, at most `rateKiB` KiB a second (0: none). */
export interface Bandwidth {
    rateKiB: number;
    afterKiB: number;
}
/** How a password hash is checked (crypt(3) formats by their prefix; "{SHA}" and friends as Apache's htpasswd). */
export type HashScheme = 'apr1' | 'md5-crypt' | 'sha256-crypt' | 'sha512-crypt' | 'bcrypt' | 'des-crypt' | 'sha1' | 'ssha' | 'plain';
/**
 * HTTP Basic authentication: a request without an Authorization header naming one of `users` with
 * a password matching its hash gets 401 with `WWW-Authenticate: Basic realm="<realm>"`. The
 * Authorization header is not forwarded to the backend (ingress-nginx clears it). The refusal
 * comes after the source-range check (403 first) and before proxying.
 */
export interface BasicAuth {
    realm: string;
    /** In the Secret's order (auth-map: by name); one entry per name, the first line of a name wins. */
    users: BasicAuthUser[];
    /** "namespace/name" of the Secret the users came from (file names, reports). */
    secret: string;
}
export interface BasicAuthUser {
    /** Printable ASCII without ":" or whitespace. */
    name: string;
    /** The hash as written, matching its scheme's anchored grammar. */
    hash: string;
    scheme: HashScheme;
}
/**
 * External authentication (ingress-nginx's auth_request): before proxying, the proxy sends
 * `method` (default GET, as nginx's auth_request subrequest) to `url` with the client's headers and no
 * body, plus X-Original-URL, X-Original-Method, X-Auth-Request-Redirect.
 * The auth service's 2xx admits the request (its `responseHeaders` are copied to the backend
 * request, replacing the client's); 401 and 403 are answered to the client with that status (401
 * becomes a 302 to `signin` when set); any other answer, or none, is 500.
 */
export interface ExternalAuth {
    url: AuthUrl;
    /** auth-method; absent: GET. */
    method?: string;
    responseHeaders: string[];
    /**
     * The auth service's Set-Cookie is added to the client's response when that is 2xx or 3xx; with
     * alwaysSetCookie, to every response (auth-always-set-cookie).
     */
    alwaysSetCookie?: true;
    /** X-Auth-Request-Redirect value; absent: the request URI. */
    requestRedirect?: string;
    signin?: SigninRedirect;
    /**
     * Headers set on the auth request only (auth-proxy-set-headers), after the ones above, each
     * replacing the client's header of that name; one whose value comes out empty is not sent
     * (nginx's proxy_set_header). Names differ from the standard auth request headers.
     */
    requestHeaders?: AuthRequestHeader[];
}
export interface AuthRequestHeader {
    /** As written (letters, digits, "-", "_"). */
    name: string;
    /** Concatenated in order. */
    value: AuthValuePart[];
}
/**
 * A piece of an auth request header's value: literal text (no "$", quotes, backslashes or braces),
 * or one of the request's values as nginx names them: remote_addr (the client address), host (the
 * Host header lower-cased without its port), scheme ("http" or "https"), request_uri (path and
 * query as sent), or `header`: the client's header of that lower-case name (nginx's $http_<name
 * with "_" for "-">; its first line; "" when absent).
 */
export type AuthValuePart = {
    text: string;
} | {
    variable: 'remote_addr' | 'host' | 'scheme' | 'request_uri';
} | {
    header: string;
};
export interface AuthUrl {
    scheme: 'http' | 'https';
    /** DNS name, IPv4, or IPv6 without brackets. */
    host: string;
    port?: number;
    /** Starts with "/". */
    path: string;
    /** Without "?". */
    query?: string;
}
/**
 * Where a client refused with 401 is sent (302): the URL, with `<redirectParam>=<scheme>://<Host
 * header><request URI, percent-encoded>` added to its query unless the query already has that
 * parameter. `host` absent: the request's host (ingress-nginx's "$host").
 */
export interface SigninRedirect {
    scheme: 'http' | 'https';
    host?: string;
    port?: number;
    path: string;
    query?: string;
    redirectParam: string;
}
export declare const hasAuth: (p: RoutePolicies | undefined) => boolean;
/**
 * ingress-nginx's three upstream timeouts, whole seconds; only those an Ingress set (absent: the
 * target's own default). connect: establishing the connection; send: between two successive writes
 * of the request to the backend; read: between two successive reads of the response.
 */
export interface UpstreamTimeouts {
    connect?: number;
    send?: number;
    read?: number;
}
/**
 * How the proxy talks to the backend of a route (ingress-nginx's proxy-buffering ... proxy-next-upstream*,
 * connection-proxy-header); only what the Ingress (or the controller ConfigMap) set, and only the keys
 * the target honours (absent: the target's own default, or the ingress-nginx default its emitter writes).
 */
export interface UpstreamTuning {
    /** The response is read into the proxy's buffers before the client gets it (true) or streamed as it arrives. */
    responseBuffering?: boolean;
    /** The whole request body is read before the backend is contacted (true) or streamed to it. */
    requestBuffering?: boolean;
    /** Bytes for the first part of the response (its header block: a larger one is a 502). */
    responseHeaderBytes?: number;
    /** Number of buffers of `responseHeaderBytes` each for the rest of a buffered response. */
    responseBufferCount?: number;
    /** Bytes of buffers that may be busy sending to the client while the response is still read. */
    busyBufferBytes?: number;
    /** Largest temporary file for a buffered response, bytes (0: none). */
    maxTempFileBytes?: number;
    /** HTTP version of the request to the backend. */
    httpVersion?: '1.0' | '1.1';
    /** Connection header value sent to the backend (replaces the default). */
    connectionHeader?: string;
    /** When a failed attempt is passed to another endpoint of the upstream (absent: DEFAULT_UPSTREAM_RETRY). */
    retry?: UpstreamRetry;
}
/**
 * ingress-nginx's proxy-next-upstream: a request is passed to the next endpoint when an attempt meets
 * one of `on` (error: connection refused or reset before a response header; timeout; invalid_header;
 * http_NNN: the backend answered that status), at most `tries` attempts in all (0: no limit) within
 * `timeoutSeconds` (0: no limit). Non-idempotent requests (POST, LOCK, PATCH) are passed on only with
 * `nonIdempotent`. `on` empty: never passed on ("off").
 */
export interface UpstreamRetry {
    on: ('error' | 'timeout' | 'invalid_header' | 'http_500' | 'http_502' | 'http_503' | 'http_504' | 'http_403' | 'http_404' | 'http_429')[];
    nonIdempotent: boolean;
    tries: number;
    timeoutSeconds: number;
}
/**
 * The retry rule of a route that sets none: ingress-nginx's ConfigMap defaults (proxy-next-upstream
 * "error timeout", proxy-next-upstream-tries 3, proxy-next-upstream-timeout 0), which apply to
 * every location. Every target that retries applies it to the routes without their own rule.
 */
export declare const DEFAULT_UPSTREAM_RETRY: Readonly<UpstreamRetry>;
export declare const hasSourceRange: (p: RoutePolicies | undefined) => boolean;
/**
 * Exact; Prefix (element-wise); StringPrefix (a plain string prefix: `/api` matches `/apiv2`,
 * ingress-nginx's ImplementationSpecific); RegularExpression (see Route.path).
 */
export type PathMatch = 'Exact' | 'Prefix' | 'StringPrefix' | 'RegularExpression';
/**
 * Request header changes before proxying: X-Forwarded-Prefix (rewrite), Host (upstream-vhost; a
 * `set` of `Host` replaces the Host the backend receives).
 */
export interface RequestHeaderModifier {
    type: 'RequestHeaderModifier';
    set: {
        name: string;
        value: string;
    }[];
}
export type RouteFilter = {
    type: 'URLRewrite';
    /**
     * RegexReplace (ingress-nginx's rewrite-target): when `pattern` (portable subset,
     * case-insensitive, searched anywhere in the path) matches, the WHOLE path becomes
     * `replacement`, where `{1}`..`{9}` stand for the capture groups of the leftmost match
     * (a group the pattern does not have is empty). The query string is kept.
     */
    path: {
        type: 'RegexReplace';
        pattern: string;
        replacement: string;
    };
} | RequestHeaderModifier | RequestRedirect;
/**
 * Answer with a redirect instead of proxying (docs/ir-v2.md "Filters"). The Location is `location`
 * verbatim when set to an absolute URL. A `location` that is a path ("/", then no second "/") is
 * made absolute as nginx does (absolute_redirect on, ingress-nginx's port_in_redirect off):
 * `<scheme of the connection>://<request host as the IR normalises it, no port><location>`, or
 * kept verbatim with `relative` (relative-redirects: absolute_redirect off). Else
 * `<scheme>://<authority><target>`:
 *   scheme: `scheme`, else the request's;
 *   authority: `hostname` + ":" + the port of the listener the request came in on, always written
 *     (from-to-www-redirect: ingress-nginx's "<to>:$server_port"); else, with a `scheme` (a switch
 *     to HTTPS), the request host as the IR normalises it, plus ":<port>" of the listener of that
 *     scheme unless it is 443; else the Host header as the client sent it (nginx's $http_host);
 *   target: `path.value` (ReplaceFullPath; the query is dropped), else the request target as sent
 *     (path and query), whose final "/" is dropped when `stripTrailingSlash` (ingress-nginx's
 *     ssl-redirect without preserve-trailing-slash: "/" gives an empty target).
 * `plainHttpOnly`: only requests that arrived over plain HTTP are redirected (ssl-redirect,
 * force-ssl-redirect); HTTPS requests go on to the route's upstream.
 */
export interface RequestRedirect {
    type: 'RequestRedirect';
    scheme?: 'https';
    hostname?: string;
    path?: {
        type: 'ReplaceFullPath';
        value: string;
    };
    location?: string;
    /** With a path `location`: the Location is that path, not made absolute. */
    relative?: true;
    stripTrailingSlash?: true;
    plainHttpOnly?: true;
    statusCode: number;
}
/** A `location` that is a path, which the proxy makes absolute with the request's scheme and host (unless `relative`). */
export declare const locationIsPath: (f: RequestRedirect) => boolean;
/** A route's redirect for a request over HTTPS (`https`) or plain HTTP: the first that applies. */
export declare const redirectOf: (r: Pick<Route, 'filters'> | undefined, https: boolean) => RequestRedirect | undefined;
/** The filters that change a proxied request (everything but redirects). */
export declare const proxyFilters: (filters: readonly RouteFilter[] | undefined) => Exclude<RouteFilter, RequestRedirect>[];
/** Every route of a vhost, in no particular order. */
export declare const routesOf: (vh: VirtualHost) => Route[];
/** The Host a route sends upstream, when a RequestHeaderModifier sets it. */
export declare const upstreamHost: (r: Pick<Route, 'filters'>) => string | undefined;
/** A route's request headers set by filters other than Host (X-Forwarded-Prefix). */
export declare const otherHeaderSets: (r: Pick<Route, 'filters'>) => {
    name: string;
    value: string;
}[];
export interface Upstream {
    /** "<namespace>_<service>_<port>" — '_' cannot occur in the parts, so ids are unique and safe. */
    id: string;
    namespace: string;
    service: string;
    /** Port as written in the Ingress (number or IANA name). */
    port: number | string;
    /** The Service port number (`port`, or the number a port name has in the supplied Service); targets
     *  that address the Service itself rather than its endpoints need it (Gateway API backendRefs). */
    servicePort?: number;
    /** Resolved targets, sorted. kind 'dns' = resolve at run time; 'ip' = literal address.
     *  Empty (a Service without ready endpoints): requests routed here get 503. */
    endpoints: Endpoint[];
    /**
     * How the proxy talks to the endpoints (ingress-nginx's backend-protocol; absent: 'http').
     * 'grpc' is HTTP/2 over cleartext (prior knowledge), 'grpcs' HTTP/2 over TLS (ALPN h2),
     * 'https' HTTP/1.1 over TLS, 'auto-http' the client's scheme (TLS to the backend exactly when
     * the client connected with TLS). An upstream with a protocol or tls is a variant of the
     * Service port's: its id is `<base id>_<protocol>` (plus `-<hash>` of its tls), so one Service
     * port can be reached several ways by different Ingresses.
     */
    protocol?: UpstreamProtocol;
    /** TLS to the backend (with 'https', 'grpcs', 'auto-http'); absent: TLS with the target's defaults, no SNI, no verification. */
    tls?: UpstreamTls;
    /** How a request picks one of `endpoints` (load-balance, upstream-hash-by); absent: round robin. */
    balance?: LoadBalance;
    /** The Service is type ExternalName (a DNS name outside the Service's own endpoints; Gateway API backendRefs to it are the implementation's choice). */
    externalName?: true;
    origin: SourceRef;
}
/**
 * How the proxy spreads requests over an upstream's endpoints (ingress-nginx's balancer; docs/ir-v2.md
 * "Load balancing"). Absent: round robin.
 *   - 'least-loaded': ingress-nginx's ewma (the endpoint with the lowest latency-weighted load);
 *     targets use their least-connections / least-request balancer.
 *   - 'hash': the request's `key` (its parts' values concatenated; a part the request does not carry
 *     is the empty string) is hashed consistently onto the endpoints: requests with the same key go
 *     to the same endpoint while the endpoints stay the same, and few keys move when one is added or
 *     removed. Different keys spread over the endpoints. With `subsetSize` (upstream-hash-by-subset),
 *     the endpoints in order form groups of that size (the last one filled up with the first
 *     endpoints), the key picks a group, and the requests of one key spread over its group.
 */
export type LoadBalance = {
    algorithm: 'least-loaded';
} | {
    algorithm: 'hash';
    key: HashKeyPart[];
    subsetSize?: number;
};
/**
 * One part of a hash key: literal text; the request target as sent (path and query); the client
 * address (TCP peer); the host (Host header lowercased, without port); the first line of a request
 * header (`header`: lowercase name); a cookie's value (as match.ts cookieValue); a query parameter's
 * value (its first occurrence, the name compared case-insensitively).
 */
export type HashKeyPart = {
    text: string;
} | {
    request: 'target' | 'client-address' | 'host';
} | {
    header: string;
} | {
    cookie: string;
} | {
    query: string;
};
export type UpstreamProtocol = 'http' | 'https' | 'grpc' | 'grpcs' | 'auto-http';
/** Is this the id of an 'auto-http' upstream (see Upstream.protocol: `<base>_auto-http[-<hash>]`)? */
export declare const isAutoHttpId: (id: string) => boolean;
/** Does the upstream speak HTTP/2 to its endpoints (gRPC)? */
export declare const upstreamIsGrpc: (u: Pick<Upstream, 'protocol'>) => boolean;
/** enable-access-log "false" (RoutePolicies.accessLog): every answer of the route is unlogged, its redirects and the host's HTTPS redirect of its paths too. */
export declare const isQuiet: (r: Pick<Route, 'policies'>) => boolean;
/** A host with a quiet route: its HTTPS redirect is decided per route, as ingress-nginx decides it in the location. */
export declare const hasQuietRoutes: (vh: VirtualHost) => boolean;
/** Does the proxy connect with TLS (for 'auto-http': when the client did)? */
export declare const upstreamUsesTls: (u: Pick<Upstream, 'protocol'>, clientTls: boolean) => boolean;
/**
 * The TLS client side of an upstream (ingress-nginx's proxy-ssl-* as nginx applies them). Every
 * field absent: the proxy's defaults, no SNI, the certificate not verified.
 */
export interface UpstreamTls {
    /** SNI sent in the ClientHello; absent: none. */
    sni?: string;
    /** The backend certificate must chain to `ca` (a BackendCertificate id with caPem) in at most
     *  `depth` CA certificates above the leaf, and name `name` (DNS SAN, else CN). */
    verify?: {
        ca: string;
        name: string;
        depth: number;
    };
    /** Client certificate presented to the backend: a BackendCertificate id with certPem and keyPem. */
    clientCertificate?: string;
    /** TLS versions offered (sorted); absent: the target's default. */
    versions?: ('TLSv1.2' | 'TLSv1.3')[];
    /** OpenSSL cipher list for TLS 1.2; absent: the target's default. */
    ciphers?: string;
}
/**
 * A Secret named by proxy-ssl-secret: CA bundle and/or client certificate. Files (same for every
 * target): certs/<id>.ca.crt, certs/<id>.client.crt, certs/<id>.client.key.
 */
export interface BackendCertificate {
    /** "<namespace>-<name>" (certId). */
    id: string;
    namespace: string;
    secretName: string;
    caPem?: string;
    certPem?: string;
    keyPem?: string;
    origin: SourceRef;
}
export declare const backendCaFile: (id: string) => string;
export declare const backendCertFile: (id: string) => string;
export declare const backendKeyFile: (id: string) => string;
export interface Endpoint {
    kind: 'dns' | 'ip';
    /** DNS name, IPv4 literal, or IPv6 literal without brackets. */
    host: string;
    port: number;
}
export interface Certificate {
    /** "<namespace>-<secretName>"; files are certs/<id>.crt and certs/<id>.key. */
    id: string;
    namespace: string;
    secretName: string;
    /** PEM text from the Secret in the inputs; undefined when the Secret was not supplied. */
    certPem?: string;
    keyPem?: string;
    /** TLS hosts served with this certificate (sorted). */
    hosts: string[];
    origin: SourceRef;
}
export declare const certFile: (id: string) => string;
export declare const keyFile: (id: string) => string;
