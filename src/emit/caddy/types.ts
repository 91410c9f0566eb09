/**
 * The subset of Caddy's native JSON config (2.11) that ingressc emits. Object key order is the
 * output order, so builders write keys in a fixed order. Caddy rejects unknown fields, so a typo
 * here fails `caddy validate` rather than being ignored.
 */
export interface CaddyConfig {
  admin: { disabled?: true; listen?: string; config: { persist: false } };
  storage: { module: 'file_system'; root: string };
  logging: { logs: { default: { level: 'WARN' } } };
  apps: { http: HttpApp; tls?: TlsApp };
}

export interface HttpApp {
  servers: Record<string, Server>;
}

export interface Server {
  listen: string[];
  routes: Route[];
  /** One route per upstream, run by `invoke`: provisioned once however many routes use it. */
  named_routes?: Record<string, Route>;
  tls_connection_policies?: ConnectionPolicy[];
  automatic_https: { disable: true };
  protocols: string[];
}

/** Matcher sets are ORed; the matchers inside one set are ANDed. */
export interface MatcherSet {
  host?: string[];
  path_regexp?: { pattern: string };
  /** Keys are placeholders (`{http.request.uri}`: the request target as received). */
  vars_regexp?: Record<string, { pattern: string; name?: string }>;
}

export interface Route {
  match?: MatcherSet[];
  handle: Handler[];
  /** Absent only on wildcard groups, whose hosts may match none of their routes. */
  terminal?: true;
}

export type Handler = SubrouteHandler | InvokeHandler | ReverseProxyHandler | StaticResponseHandler;

export interface InvokeHandler {
  handler: 'invoke';
  name: string;
}

export interface SubrouteHandler {
  handler: 'subroute';
  routes: Route[];
}

export interface ReverseProxyHandler {
  handler: 'reverse_proxy';
  upstreams: { dial: string }[];
  load_balancing: { selection_policy: { policy: 'round_robin' } };
  headers: { request?: { set: Record<string, string[]> }; response: { set: Record<string, string[]> } };
  transport?: { protocol: 'http'; dial_timeout?: string; read_timeout?: string; write_timeout?: string };
}

export interface StaticResponseHandler {
  handler: 'static_response';
  status_code: number;
  headers?: Record<string, string[]>;
}

export interface TlsApp {
  certificates: { load_files: LoadedCertificate[] };
  disable_ocsp_stapling: true;
}

export interface LoadedCertificate {
  certificate: string;
  key: string;
  tags: string[];
}

export interface ConnectionPolicy {
  match?: { sni: string[] };
  certificate_selection: { any_tag: string[] };
}
