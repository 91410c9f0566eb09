import type { SourceRef } from '../diagnostics/types.js';

/**
 * The neutral route IR. Lowering decides every Ingress semantic once (host classes, Prefix
 * normalisation, precedence, conflicts, fallbacks, TLS); emitters only translate it. The IR is
 * built so that one simple evaluation model, shared by every proxy, reproduces the spec:
 *
 *   0. the Host header is lowercased, a ":port" and one trailing "." are dropped (the backend
 *      still receives the Host header as the client sent it); SNI never routes. The path is the
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
  listen: { http: ListenAddr; https: ListenAddr };
}

export interface ListenAddr {
  host: string; // IPv4, "[v6]" or "0.0.0.0"
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
  origin: SourceRef;
}

export interface VhostTls {
  /** Certificate id (a tls entry without secretName gets the default certificate's id). */
  certificate?: string;
  /** Redirect plain HTTP to HTTPS (308 where the target can say so; Traefik gives 301 for GET): every route and the fallback. */
  sslRedirect: boolean;
  /** With sslRedirect: the request target's final "/" is dropped from the Location (see RequestRedirect). */
  stripTrailingSlash?: true;
  origin: SourceRef;
}

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
  origin: SourceRef;
}

/**
 * Per-route policies. Source ranges: who may reach a route, judged on the client address = the TCP
 * peer of the connection the proxy accepted (no X-Forwarded-For or PROXY-protocol trust). A request
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
}

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

export const hasSourceRange = (p: RoutePolicies | undefined): boolean => p?.sourceAllow !== undefined || p?.sourceDeny !== undefined;

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
  set: { name: string; value: string }[];
}

export type RouteFilter =
  | {
      type: 'URLRewrite';
      /**
       * RegexReplace (ingress-nginx's rewrite-target): when `pattern` (portable subset,
       * case-insensitive, searched anywhere in the path) matches, the WHOLE path becomes
       * `replacement`, where `{1}`..`{9}` stand for the capture groups of the leftmost match
       * (a group the pattern does not have is empty). The query string is kept.
       */
      path: { type: 'RegexReplace'; pattern: string; replacement: string };
    }
  | RequestHeaderModifier
  | RequestRedirect;

/**
 * Answer with a redirect instead of proxying (docs/ir-v2.md "Filters"). The Location is `location`
 * verbatim when set; else `<scheme>://<authority><target>`:
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
  path?: { type: 'ReplaceFullPath'; value: string };
  location?: string;
  stripTrailingSlash?: true;
  plainHttpOnly?: true;
  statusCode: number;
}

/** A route's redirect for a request over HTTPS (`https`) or plain HTTP: the first that applies. */
export const redirectOf = (r: Pick<Route, 'filters'> | undefined, https: boolean): RequestRedirect | undefined =>
  r?.filters?.find((f): f is RequestRedirect => f.type === 'RequestRedirect' && (!f.plainHttpOnly || !https));

/** The filters that change a proxied request (everything but redirects). */
export const proxyFilters = (filters: readonly RouteFilter[] | undefined): Exclude<RouteFilter, RequestRedirect>[] =>
  (filters ?? []).filter((f): f is Exclude<RouteFilter, RequestRedirect> => f.type !== 'RequestRedirect');

/** Every route of a vhost, in no particular order. */
export const routesOf = (vh: VirtualHost): Route[] => [...vh.exact, ...vh.prefix, ...(vh.ordered ?? [])];

/** The Host a route sends upstream, when a RequestHeaderModifier sets it. */
export const upstreamHost = (r: Pick<Route, 'filters'>): string | undefined =>
  r.filters?.flatMap((f) => (f.type === 'RequestHeaderModifier' ? f.set : [])).find((h) => h.name.toLowerCase() === 'host')?.value;

/** A route's request headers set by filters other than Host (X-Forwarded-Prefix). */
export const otherHeaderSets = (r: Pick<Route, 'filters'>): { name: string; value: string }[] =>
  r.filters?.flatMap((f) => (f.type === 'RequestHeaderModifier' ? f.set : [])).filter((h) => h.name.toLowerCase() !== 'host') ?? [];

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
  origin: SourceRef;
}

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

export const certFile = (id: string): string => `certs/${id}.crt`;
export const keyFile = (id: string): string => `certs/${id}.key`;
