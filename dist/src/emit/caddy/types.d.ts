/**
 * The subset of Caddy's native JSON config (2.11) that ingressc emits. Object key order is the
 * output order, so builders write keys in a fixed order. Caddy rejects unknown fields, so a typo
 * here fails `caddy validate` rather than being ignored.
 */
export interface CaddyConfig {
    admin: {
        disabled?: true;
        listen?: string;
        config: {
            persist: false;
        };
    };
    storage: {
        module: 'file_system';
        root: string;
    };
    /** Caddy's own messages from WARN up; the access log (servers' `logs`) on stdout, as ingress-nginx's controller writes it. */
    logging: {
        logs: {
            default: {
                level: 'WARN';
                exclude: ['http.log.access'];
            };
            access: {
                writer: {
                    output: 'stdout';
                };
                encoder: {
                    format: 'json';
                };
                level: 'INFO';
                include: ['http.log.access'];
            };
        };
    };
    apps: {
        http: HttpApp;
        tls?: TlsApp;
    };
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
    automatic_https: {
        disable: true;
    };
    /** Access logging on (to the `access` log); routes with enable-access-log "false" set log_skip. */
    logs: Record<string, never>;
    protocols: string[];
    /** Left false explicitly where a policy asks for client certificates (Caddy would turn it on for every host). */
    strict_sni_host?: false;
    trusted_proxies?: {
        source: 'static';
        ranges: string[];
    };
    client_ip_headers?: string[];
    trusted_proxies_strict?: 1;
    listener_wrappers?: ({
        wrapper: 'proxy_protocol';
        allow: string[];
        fallback_policy: 'IGNORE';
    } | {
        wrapper: 'tls';
    })[];
    idle_timeout?: string;
    read_header_timeout?: string;
}
/** Matcher sets are ORed; the matchers inside one set are ANDed. */
export interface MatcherSet {
    host?: string[];
    path_regexp?: {
        pattern: string;
    };
    /** Keys are placeholders (`{http.request.uri}`: the request target as received). */
    vars_regexp?: Record<string, {
        name?: string;
        pattern: string;
    }>;
    /** The client address: the peer, or with trusted proxies (forwarded-headers.ts forwardedServer) the one its header names. */
    client_ip?: {
        ranges: string[];
    };
    /** The connection's peer address. */
    remote_ip?: {
        ranges: string[];
    };
    not?: MatcherSet[];
    method?: string[];
    /** Header field → Go regexp searched in each of its values (canary rules). */
    header_regexp?: Record<string, {
        pattern: string;
    }>;
    /** Placeholder → values (external auth: is an auth response header present?). */
    vars?: Record<string, string[]>;
}
export interface Route {
    match?: MatcherSet[];
    handle: Handler[];
    /** Absent only on wildcard groups, whose hosts may match none of their routes. */
    terminal?: true;
}
export type Handler = SubrouteHandler | InvokeHandler | ReverseProxyHandler | StaticResponseHandler | RequestBodyHandler | RewriteHandler | HeadersHandler | MapHandler | StaticErrorHandler | AuthenticationHandler | ForwardAuthHandler | VarsHandler | EncodeHandler;
/** Response compression (compression.ts); `match` is a response matcher: status and headers. */
export interface EncodeHandler {
    handler: 'encode';
    encodings: {
        gzip: {
            level?: number;
        };
    };
    minimum_length?: number;
    match: {
        status_code: number[];
        headers?: Record<string, string[]>;
    };
}
export interface RequestBodyHandler {
    handler: 'request_body';
    max_size: number;
}
export interface RewriteHandler {
    handler: 'rewrite';
    /** The new path (with placeholders; no "?": the query string is kept). */
    uri: string;
}
/**
 * Request headers set before the next handler; response headers set (replacing the upstream's) or
 * added when the response is written (`deferred`: CORS, the affinity cookie), or at once (no
 * `deferred`: CORS on Caddy's own error answers, which a deferred handler never sees).
 */
export interface HeadersHandler {
    handler: 'headers';
    /** Caddy deletes after it sets (client certificates use both). */
    request?: {
        set?: Record<string, string[]>;
        delete?: string[];
        replace?: Record<string, {
            search_regexp: string;
            replace: string;
        }[]>;
    };
    response?: {
        set?: Record<string, string[]>;
        add?: Record<string, string[]>;
        delete?: string[];
        deferred?: true;
        require?: {
            status_code: number[];
        };
    };
}
/** A placeholder whose value is looked up (lazily, when read) from another's. */
export interface MapHandler {
    handler: 'map';
    source: string;
    destinations: string[];
    mappings: {
        input: string;
        outputs: string[];
    }[];
    defaults: string[];
}
/** A reverse_proxy to the external auth service whose handle_response decides (ext-auth.ts). */
export interface ForwardAuthHandler {
    handler: 'reverse_proxy';
    upstreams: {
        dial: string;
    }[];
    rewrite: {
        method: string;
        uri: string;
    };
    headers: {
        request: {
            set: Record<string, string[]>;
            delete: string[];
        };
    };
    transport?: {
        protocol: 'http';
        tls: {
            insecure_skip_verify: true;
            server_name?: string;
        };
        resolver?: {
            addresses: string[];
        };
    };
    handle_response: {
        match?: {
            status_code: number[];
        };
        routes: Route[];
    }[];
}
export interface VarsHandler {
    handler: 'vars';
    /** log_skip: the request is left out of the access log (Caddy's caddyhttp.LogSkipVar). */
    [name: string]: string | true;
}
export interface AuthenticationHandler {
    handler: 'authentication';
    providers: {
        http_basic: {
            accounts: {
                username: string;
                password: string;
            }[];
            realm?: string;
            hash: {
                algorithm: 'bcrypt';
            };
        };
    };
}
export interface InvokeHandler {
    handler: 'invoke';
    name: string;
}
export interface SubrouteHandler {
    handler: 'subroute';
    routes: Route[];
    /** Routes run when `routes` returns an error (the error handler, a failed upstream); {http.error.*} set. */
    errors?: {
        routes: Route[];
    };
}
/** An error (status_code may be a placeholder) for the enclosing subroute's `errors` routes. */
export interface StaticErrorHandler {
    handler: 'error';
    status_code: string;
}
/** reverse_proxy's load_balancing.selection_policy (load-balancing.ts, canary.ts). */
export type SelectionPolicy = {
    policy: 'round_robin' | 'least_conn';
} | {
    policy: 'weighted_round_robin';
    weights: number[];
} | {
    policy: 'header';
    field: string;
};
export interface ReverseProxyHandler {
    handler: 'reverse_proxy';
    upstreams: {
        dial: string;
    }[];
    load_balancing: {
        selection_policy: SelectionPolicy;
        retries?: number;
        try_duration?: string;
    };
    headers: {
        request?: {
            set: Record<string, string[]>;
            delete?: string[];
        };
        response: {
            set: Record<string, string[]>;
            replace?: Record<string, {
                search_regexp: string;
                replace: string;
            }[]>;
        };
    };
    transport?: {
        protocol: 'http';
        versions?: string[];
        tls?: TransportTls;
        dial_timeout?: string;
        read_timeout?: string;
        write_timeout?: string;
        resolver?: {
            addresses: string[];
        };
    };
    /** Upstream statuses turned into errors for the route's error pages (errors.ts). */
    handle_response?: {
        match: {
            status_code: number[];
        };
        routes: Route[];
    }[];
}
/** TLS to the upstream (backend-protocol.ts): verified against a CA file with server_name, or not verified. */
export interface TransportTls {
    insecure_skip_verify?: true;
    root_ca_pem_files?: string[];
    server_name?: string;
    client_certificate_file?: string;
    client_certificate_key_file?: string;
}
export interface StaticResponseHandler {
    handler: 'static_response';
    status_code: number;
    headers?: Record<string, string[]>;
}
export interface TlsApp {
    certificates: {
        load_files: LoadedCertificate[];
    };
    disable_ocsp_stapling: true;
}
export interface LoadedCertificate {
    certificate: string;
    key: string;
    tags: string[];
}
export interface ConnectionPolicy {
    match?: {
        sni: string[];
    };
    certificate_selection: {
        any_tag: string[];
    };
    client_authentication?: {
        trusted_ca_certs_pem_files: string[];
        mode: 'verify_if_given';
    };
    protocol_min?: string;
    protocol_max?: string;
    /** IANA names (src/ir/ciphers.ts cipherSuitesFor). */
    cipher_suites?: string[];
}
