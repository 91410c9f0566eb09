/**
 * The subset of Envoy's v3 bootstrap that ingressc emits, as plain objects in proto-JSON field
 * names. Object key order is the JSON key order, so builders write keys in a fixed order.
 */
export interface Bootstrap {
    static_resources: {
        listeners: Listener[];
        clusters: Cluster[];
    };
    layered_runtime?: {
        layers: {
            name: string;
            static_layer: Record<string, number>;
        }[];
    };
    typed_dns_resolver_config?: {
        name: string;
        typed_config: {
            '@type': string;
            resolvers: SocketAddress[];
        };
    };
    deferred_stat_options?: {
        enable_deferred_creation_stats: boolean;
    };
}
export interface SocketAddress {
    socket_address: {
        address: string;
        port_value: number;
    };
}
export interface TypedExtension {
    name: string;
    /** An HTTP filter that only runs on routes that enable it (typed_per_filter_config). */
    disabled?: boolean;
    typed_config: {
        '@type': string;
        [field: string]: unknown;
    };
}
export interface Listener {
    name: string;
    address: SocketAddress;
    listener_filters?: TypedExtension[];
    filter_chains: FilterChain[];
}
export interface FilterChain {
    name?: string;
    filter_chain_match?: {
        server_names: string[];
    };
    transport_socket?: TypedExtension;
    filters: HcmFilter[] | TcpProxyFilter[];
}
/** TLS passthrough (passthrough.ts): the connection copied to a cluster as bytes. */
export interface TcpProxyFilter {
    name: 'envoy.filters.network.tcp_proxy';
    typed_config: {
        '@type': string;
        stat_prefix: string;
        cluster: string;
    };
}
export interface HcmFilter {
    name: 'envoy.filters.network.http_connection_manager';
    typed_config: {
        '@type': string;
        stat_prefix: string;
        [field: string]: unknown;
        route_config: RouteConfiguration;
        http_filters: TypedExtension[];
        /** WebSocket handshakes (listeners.ts upgradeConfig): their own filters where they differ. */
        upgrade_configs?: {
            upgrade_type: string;
            filters?: TypedExtension[];
        }[];
    };
}
export interface RouteConfiguration {
    name: string;
    ignore_port_in_host_matching: boolean;
    request_headers_to_add?: unknown[];
    request_headers_to_remove?: string[];
    response_headers_to_remove?: string[];
    virtual_hosts: VirtualHost[];
}
export interface VirtualHost {
    name: string;
    domains: string[];
    routes: Route[];
    response_headers_to_add?: {
        header: {
            key: string;
            value: string;
        };
        append_action: 'OVERWRITE_IF_EXISTS_OR_ADD';
    }[];
    /** For the routes without their own (upstream-tuning.ts defaultRetryPolicy). */
    retry_policy?: import('./upstream-tuning.js').RetryPolicy;
}
export interface HeaderMatcher {
    name: string;
    string_match: {
        safe_regex: {
            regex: string;
        };
    } | {
        exact: string;
    };
    /** Matches when the header is present and string_match fails (routes.ts: deeper names under a wildcard). */
    invert_match?: true;
}
export interface RouteMatch {
    path?: string;
    prefix?: string;
    path_separated_prefix?: string;
    safe_regex?: {
        regex: string;
    };
    headers?: HeaderMatcher[];
}
export interface Route {
    match: RouteMatch;
    /** `cluster` or (a canary's weighted split) `weighted_clusters`, never both. */
    route?: {
        cluster?: string;
        weighted_clusters?: {
            clusters: {
                name: string;
                weight: number;
            }[];
        };
        timeout: string;
        host_rewrite_literal?: string;
        regex_rewrite?: {
            pattern: {
                regex: string;
            };
            substitution: string;
        };
        hash_policy?: HashPolicy[];
        /** The local rate limit's descriptors (limits.ts). */
        rate_limits?: {
            actions: Record<string, unknown>[];
        }[];
        /** proxy-next-upstream* (upstream-tuning.ts). */
        retry_policy?: import('./upstream-tuning.js').RetryPolicy;
        /** mirror-target (mirror.ts). */
        request_mirror_policies?: import('./mirror.js').MirrorPolicy[];
        /** connection-proxy-header: no upgrades on the route (upstream-tuning.ts upgradesOff). */
        upgrade_configs?: {
            upgrade_type: string;
            enabled: boolean;
        }[];
    };
    request_headers_to_add?: {
        header: {
            key: string;
            value: string;
        };
        append_action: 'OVERWRITE_IF_EXISTS_OR_ADD';
    }[];
    direct_response?: {
        status: number;
    };
    request_headers_to_remove?: string[];
    /** CORS headers (traffic.ts), a redirect's headers (redirects.ts). */
    response_headers_to_add?: {
        header: {
            key: string;
            value: string;
        };
        append_action: 'OVERWRITE_IF_EXISTS_OR_ADD';
    }[];
    /** Per-route filter overrides (RBAC for source ranges). */
    typed_per_filter_config?: Record<string, unknown>;
    redirect?: RedirectAction;
    /** enable-access-log "false": the access log's filter skips the route (access-log.ts). */
    metadata?: {
        filter_metadata: Record<string, Record<string, unknown>>;
    };
}
/** Route hash policies: affinity's cookie (traffic.ts), the upstream-hash-by key (load-balancing.ts). */
export type HashPolicy = {
    cookie: {
        name: string;
        ttl?: string;
        path?: string;
        attributes?: {
            name: string;
            value?: string;
        }[];
    };
} | {
    header: {
        header_name: string;
    };
} | {
    connection_properties: {
        source_ip: true;
    };
} | {
    query_parameter: {
        name: string;
    };
};
export interface RedirectAction {
    https_redirect?: true;
    host_redirect?: string;
    port_redirect?: number;
    path_redirect?: string;
    strip_query?: true;
    regex_rewrite?: {
        pattern: {
            regex: string;
        };
        substitution: string;
    };
    response_code: 'MOVED_PERMANENTLY' | 'FOUND' | 'SEE_OTHER' | 'TEMPORARY_REDIRECT' | 'PERMANENT_REDIRECT';
}
export interface Cluster {
    /** TLS to the upstream (backend-protocol HTTPS/GRPCS, the external auth service over https). */
    transport_socket?: TypedExtension;
    name: string;
    type: 'STATIC' | 'STRICT_DNS';
    connect_timeout: string;
    lb_policy: 'ROUND_ROBIN' | 'RING_HASH' | 'LEAST_REQUEST';
    dns_lookup_family?: 'V4_PREFERRED';
    wait_for_warm_on_init?: false;
    typed_extension_protocol_options?: Record<string, Record<string, unknown>>;
    load_assignment: {
        cluster_name: string;
        endpoints: {
            lb_endpoints: {
                endpoint: {
                    address: SocketAddress;
                };
            }[];
        }[];
    };
}
