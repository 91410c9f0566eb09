import type { Severity } from './types.js';
/**
 * Every user-facing message lives here, under a stable code.
 * IC1xxx parse, IC2xxx validate, IC3xxx lower, IC4xxx emit, IC5xxx CLI/options.
 * `text` receives named arguments; call sites never compose message text themselves.
 */
export interface CodeInfo {
    severity: Severity;
    title: string;
    text: (a: Record<string, string | number>) => string;
    help?: string;
}
/**
 * The catalogue. A code is stable: once no code path reports it, it is removed and listed in
 * RETIRED_CODES, never reused (test/unit/diagnostic-codes.test.ts checks both).
 */
export declare const RETIRED_CODES: readonly string[];
export declare const CODES: {
    readonly IC1001: {
        readonly severity: 'error';
        readonly title: 'YAML syntax error';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC1002: {
        readonly severity: 'error';
        readonly title: 'document is not a mapping';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC1003: {
        readonly severity: 'error';
        readonly title: 'missing apiVersion or kind';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC1004: {
        readonly severity: 'info';
        readonly title: 'kind ignored';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC1005: {
        readonly severity: 'warning';
        readonly title: 'empty input';
        readonly text: () => string;
    };
    readonly IC1006: {
        readonly severity: 'error';
        readonly title: 'no Ingress';
        readonly text: () => string;
    };
    readonly IC1007: {
        readonly severity: 'error';
        readonly title: 'unsupported apiVersion';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC1008: {
        readonly severity: 'error';
        readonly title: 'cannot read input';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC1009: {
        readonly severity: 'error';
        readonly title: 'input too large or too deep';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC1020: {
        readonly severity: 'info';
        readonly title: 'kustomize patch not checked';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC1021: {
        readonly severity: 'error';
        readonly title: 'documents not separated';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC1023: {
        readonly severity: 'error';
        readonly title: 'invalid certificate file';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC1030: {
        readonly severity: 'error';
        readonly title: 'character Kubernetes reads differently';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC1031: {
        readonly severity: 'error';
        readonly title: 'YAML directive';
        readonly text: () => string;
    };
    readonly IC1032: {
        readonly severity: 'error';
        readonly title: 'map key not a string';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC1033: {
        readonly severity: 'error';
        readonly title: 'merge key after explicit keys';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC1034: {
        readonly severity: 'error';
        readonly title: 'explicit tag refused by Kubernetes';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC1035: {
        readonly severity: 'error';
        readonly title: 'content after ---';
        readonly text: () => string;
    };
    readonly IC1036: {
        readonly severity: 'error';
        readonly title: 'document kubectl never reads';
        readonly text: () => string;
    };
    readonly IC2001: {
        readonly severity: 'error';
        readonly title: 'unknown field';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2002: {
        readonly severity: 'error';
        readonly title: 'missing field';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2003: {
        readonly severity: 'error';
        readonly title: 'wrong type';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2004: {
        readonly severity: 'error';
        readonly title: 'value not supported';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2005: {
        readonly severity: 'error';
        readonly title: 'invalid value';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2010: {
        readonly severity: 'error';
        readonly title: 'invalid object name';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2011: {
        readonly severity: 'error';
        readonly title: 'invalid namespace';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2012: {
        readonly severity: 'error';
        readonly title: 'empty Ingress spec';
        readonly text: () => string;
    };
    readonly IC2013: {
        readonly severity: 'error';
        readonly title: 'control character';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2020: {
        readonly severity: 'error';
        readonly title: 'host is an IP address';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2021: {
        readonly severity: 'error';
        readonly title: 'invalid host';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2022: {
        readonly severity: 'error';
        readonly title: 'invalid wildcard host';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2030: {
        readonly severity: 'error';
        readonly title: 'pathType missing';
        readonly text: () => string;
    };
    readonly IC2031: {
        readonly severity: 'error';
        readonly title: 'path not absolute';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2032: {
        readonly severity: 'error';
        readonly title: 'invalid path sequence';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2033: {
        readonly severity: 'error';
        readonly title: 'invalid path suffix';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2034: {
        readonly severity: 'error';
        readonly title: 'path characters';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2035: {
        readonly severity: 'error';
        readonly title: 'path too long';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2040: {
        readonly severity: 'error';
        readonly title: 'service and resource backend';
        readonly text: () => string;
    };
    readonly IC2041: {
        readonly severity: 'error';
        readonly title: 'backend missing';
        readonly text: () => string;
    };
    readonly IC2042: {
        readonly severity: 'error';
        readonly title: 'invalid service name';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2043: {
        readonly severity: 'error';
        readonly title: 'port name and number';
        readonly text: () => string;
    };
    readonly IC2044: {
        readonly severity: 'error';
        readonly title: 'port missing';
        readonly text: () => string;
    };
    readonly IC2045: {
        readonly severity: 'error';
        readonly title: 'port out of range';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2046: {
        readonly severity: 'error';
        readonly title: 'invalid port name';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2047: {
        readonly severity: 'error';
        readonly title: 'resource backend';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2050: {
        readonly severity: 'error';
        readonly title: 'invalid TLS host';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2051: {
        readonly severity: 'error';
        readonly title: 'invalid secret name';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2060: {
        readonly severity: 'error';
        readonly title: 'invalid ingress class';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2061: {
        readonly severity: 'error';
        readonly title: 'ingress class mismatch';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2062: {
        readonly severity: 'error';
        readonly title: 'invalid IngressClass';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2070: {
        readonly severity: 'error';
        readonly title: 'invalid TLS Secret';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2071: {
        readonly severity: 'error';
        readonly title: 'invalid Service';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2072: {
        readonly severity: 'error';
        readonly title: 'invalid EndpointSlice';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2090: {
        readonly severity: 'error';
        readonly title: 'unquoted value is not a string';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2091: {
        readonly severity: 'error';
        readonly title: 'TLS key the proxies refuse';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2080: {
        readonly severity: 'error';
        readonly title: 'snippet annotation refused';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2081: {
        readonly severity: 'error';
        readonly title: 'invalid annotation value';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2082: {
        readonly severity: 'warning';
        readonly title: 'snippet not emitted';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2120: {
        readonly severity: 'error';
        readonly title: 'path outside the portable regex subset';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: 'regex paths may use literals, ".", classes [..], \\d \\w \\s, groups (..) and (?:..), |, ^, $ and the quantifiers * + ? {n,m} (optionally lazy); PCRE-only constructs have no equivalent on every target';
    };
    readonly IC2101: {
        readonly severity: 'error';
        readonly title: 'access control not enforced';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2102: {
        readonly severity: 'error';
        readonly title: 'routing annotation not honoured';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2103: {
        readonly severity: 'warning';
        readonly title: 'annotation has no effect on target';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2104: {
        readonly severity: 'warning';
        readonly title: 'unknown annotation';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2105: {
        readonly severity: 'warning';
        readonly title: 'stale annotation';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2106: {
        readonly severity: 'warning';
        readonly title: 'another controller\'s annotation';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2107: {
        readonly severity: 'error';
        readonly title: 'another controller\'s access control';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2108: {
        readonly severity: 'warning';
        readonly title: 'routes left out (access control skipped)';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2109: {
        readonly severity: 'warning';
        readonly title: 'annotation skipped';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2110: {
        readonly severity: 'warning';
        readonly title: 'unused --skip-annotation';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2140: {
        readonly severity: 'error';
        readonly title: 'invalid source range';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2141: {
        readonly severity: 'warning';
        readonly title: 'alias ignored';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2142: {
        readonly severity: 'error';
        readonly title: 'invalid size';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3001: {
        readonly severity: 'warning';
        readonly title: 'duplicate route';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3002: {
        readonly severity: 'error';
        readonly title: 'named port unresolved';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3003: {
        readonly severity: 'warning';
        readonly title: 'TLS Secret not in inputs';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3004: {
        readonly severity: 'warning';
        readonly title: 'same Prefix matcher';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3005: {
        readonly severity: 'warning';
        readonly title: 'Exact path shadowed';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3006: {
        readonly severity: 'warning';
        readonly title: 'conflicting host default backend';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3007: {
        readonly severity: 'warning';
        readonly title: 'several global default backends';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3008: {
        readonly severity: 'info';
        readonly title: 'Ingress skipped by class';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3009: {
        readonly severity: 'error';
        readonly title: 'Service port not found';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3010: {
        readonly severity: 'warning';
        readonly title: 'EndpointSlice port ambiguous';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3011: {
        readonly severity: 'info';
        readonly title: 'TLS host without rule';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3012: {
        readonly severity: 'warning';
        readonly title: 'TLS host conflict';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3013: {
        readonly severity: 'warning';
        readonly title: 'no certificate for TLS host';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3015: {
        readonly severity: 'warning';
        readonly title: 'unused backend override';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3020: {
        readonly severity: 'warning';
        readonly title: 'defaultBackend unused for host-less rules';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3070: {
        readonly severity: 'error';
        readonly title: 'source range on a defaultBackend';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3071: {
        readonly severity: 'error';
        readonly title: 'value beyond the target';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3072: {
        readonly severity: 'error';
        readonly title: 'policy on a string-prefix or regex path';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3050: {
        readonly severity: 'error';
        readonly title: 'regex path without regex mode';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: 'add nginx.ingress.kubernetes.io/use-regex: "true" to the Ingress, or write a plain path';
    };
    readonly IC3051: {
        readonly severity: 'warning';
        readonly title: 'glob path of another controller';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3052: {
        readonly severity: 'info';
        readonly title: 'host in regex mode';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4002: {
        readonly severity: 'error';
        readonly title: 'internal consistency check failed';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4301: {
        readonly severity: 'info';
        readonly title: 'Traefik redirect status';
        readonly text: () => string;
    };
    readonly IC4302: {
        readonly severity: 'warning';
        readonly title: 'certificate does not name its host';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4303: {
        readonly severity: 'error';
        readonly title: 'CORS on a canary route in Traefik';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4304: {
        readonly severity: 'error';
        readonly title: 'session affinity on a canary route in Traefik';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4305: {
        readonly severity: 'warning';
        readonly title: 'timeouts on a canary split in Traefik';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4306: {
        readonly severity: 'warning';
        readonly title: 'wildcard host ciphers in Traefik';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4307: {
        readonly severity: 'error';
        readonly title: 'client certificates on a wildcard host in Traefik';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4308: {
        readonly severity: 'error';
        readonly title: 'client certificate chain not bounded in Traefik';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4080: {
        readonly severity: 'error';
        readonly title: 'upstream Host with a port in Gateway API';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4501: {
        readonly severity: 'error';
        readonly title: 'Service port number unknown';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4502: {
        readonly severity: 'warning';
        readonly title: 'Gateway API wildcard matches deeper names';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4503: {
        readonly severity: 'warning';
        readonly title: 'Gateway API 404 depends on the implementation';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4504: {
        readonly severity: 'error';
        readonly title: 'Gateway API limit exceeded';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4506: {
        readonly severity: 'error';
        readonly title: 'path too long for Gateway API';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4505: {
        readonly severity: 'info';
        readonly title: 'backend overrides not in Gateway API output';
        readonly text: () => string;
    };
    readonly IC4507: {
        readonly severity: 'error';
        readonly title: 'rewrite not expressible in Gateway API';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: 'Gateway API rewrites the whole path (ReplaceFullPath) or the PathPrefix a rule matched (ReplacePrefixMatch): a rewrite-target without capture references, or "/$2" on a path "<prefix>(/|$)(.*)", is expressible';
    };
    readonly IC4508: {
        readonly severity: 'warning';
        readonly title: 'RegularExpression path matches are implementation-specific';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4509: {
        readonly severity: 'warning';
        readonly title: 'Gateway API HTTPS redirect keeps the final "/"';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: 'set nginx.ingress.kubernetes.io/preserve-trailing-slash: "true" on the Ingress for ingress-nginx to answer the same Location; the redirected URL differs only for requests whose path or query ends in "/"';
    };
    readonly IC4510: {
        readonly severity: 'warning';
        readonly title: 'Gateway API CORS filter differs from ingress-nginx';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: 'browsers see the same outcome for real cross-origin requests; a client that sends OPTIONS without Access-Control-Request-Method, or reads CORS headers without sending Origin, sees the difference';
    };
    readonly IC4511: {
        readonly severity: 'warning';
        readonly title: 'ExternalName Service in Gateway API backendRefs';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: "point the route at the implementation's own resource for an external host (where it has one), or at a Service of the cluster";
    };
    readonly IC2200: {
        readonly severity: 'error';
        readonly title: 'redirect code without Location';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2201: {
        readonly severity: 'warning';
        readonly title: 'app-root ignored';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3100: {
        readonly severity: 'warning';
        readonly title: 'app-root of another Ingress';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3102: {
        readonly severity: 'warning';
        readonly title: 'server alias ignored';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3103: {
        readonly severity: 'warning';
        readonly title: 'from-to-www redirect not created';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2220: {
        readonly severity: 'error';
        readonly title: 'FCGI backends not supported';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3110: {
        readonly severity: 'error';
        readonly title: 'proxy-ssl-secret not in inputs';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3111: {
        readonly severity: 'error';
        readonly title: 'backend verification without a CA';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3112: {
        readonly severity: 'warning';
        readonly title: 'proxy-ssl annotation without effect';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3113: {
        readonly severity: 'warning';
        readonly title: 'backend certificate name is upstream_balancer';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3114: {
        readonly severity: 'warning';
        readonly title: 'service-upstream decided by another Ingress';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3115: {
        readonly severity: 'warning';
        readonly title: 'service-upstream without a ClusterIP';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3116: {
        readonly severity: 'warning';
        readonly title: 'gRPC written in lower case';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3117: {
        readonly severity: 'warning';
        readonly title: 'proxy-ssl applied to a gRPC backend';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4111: {
        readonly severity: 'error';
        readonly title: 'canary with a backend protocol of its own';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4110: {
        readonly severity: 'error';
        readonly title: 'backend protocol beyond Gateway API';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3119: {
        readonly severity: 'error';
        readonly title: 'proxy-ssl-secret unusable';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3118: {
        readonly severity: 'error';
        readonly title: 'proxy-ssl-secret in another namespace';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2240: {
        readonly severity: 'warning';
        readonly title: 'canary setting on a non-canary Ingress';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2241: {
        readonly severity: 'warning';
        readonly title: 'canary header setting without canary-by-header';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2242: {
        readonly severity: 'warning';
        readonly title: 'canary-by-header-pattern ignored';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2243: {
        readonly severity: 'error';
        readonly title: 'canary header pattern not portable';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2244: {
        readonly severity: 'warning';
        readonly title: 'canary-weight-total below 100';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3120: {
        readonly severity: 'warning';
        readonly title: 'annotation of a canary Ingress ignored';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3121: {
        readonly severity: 'warning';
        readonly title: 'canary without a main Ingress';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3122: {
        readonly severity: 'warning';
        readonly title: 'second canary ignored';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3123: {
        readonly severity: 'info';
        readonly title: 'canary applies to every route of the main Service';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3124: {
        readonly severity: 'error';
        readonly title: 'canary of a default backend';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3125: {
        readonly severity: 'error';
        readonly title: 'canary defaultBackend';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3126: {
        readonly severity: 'warning';
        readonly title: 'path to a canary Service dropped';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3128: {
        readonly severity: 'warning';
        readonly title: 'canary affinity replaced by the main one';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3127: {
        readonly severity: 'warning';
        readonly title: 'canary without canary settings';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4120: {
        readonly severity: 'error';
        readonly title: 'canary split to a Service without endpoints';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4122: {
        readonly severity: 'error';
        readonly title: 'session affinity with a canary';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4121: {
        readonly severity: 'error';
        readonly title: 'canary to a Service without endpoints behind a source range';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2260: {
        readonly severity: 'error';
        readonly title: 'invalid authentication annotation';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2261: {
        readonly severity: 'error';
        readonly title: 'invalid htpasswd Secret';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2262: {
        readonly severity: 'warning';
        readonly title: 'htpasswd user who cannot sign in';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3130: {
        readonly severity: 'error';
        readonly title: 'authentication Secret missing';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3131: {
        readonly severity: 'error';
        readonly title: 'basic authentication incomplete';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3132: {
        readonly severity: 'error';
        readonly title: 'password hash the target cannot check';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3134: {
        readonly severity: 'error';
        readonly title: 'satisfy any with external authentication';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3133: {
        readonly severity: 'warning';
        readonly title: 'authentication setting without effect';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2280: {
        readonly severity: 'warning';
        readonly title: 'CORS origin entries skipped';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3141: {
        readonly severity: 'warning';
        readonly title: 'affinity through a Service DNS name';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4140: {
        readonly severity: 'error';
        readonly title: 'nginx affinity needs endpoint addresses';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3140: {
        readonly severity: 'error';
        readonly title: 'CORS or affinity on a regex path';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3142: {
        readonly severity: 'warning';
        readonly title: 'affinity on a regex path without session-cookie-path';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: 'set nginx.ingress.kubernetes.io/session-cookie-path to the path prefix the cookie is for';
    };
    readonly IC2320: {
        readonly severity: 'error';
        readonly title: 'invalid limit';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2321: {
        readonly severity: 'error';
        readonly title: 'invalid limit-whitelist';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3161: {
        readonly severity: 'error';
        readonly title: 'limit-rate without proxy-buffering';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: 'add nginx.ingress.kubernetes.io/proxy-buffering: "on" to the Ingress (or proxy-buffering: "on" to the controller ConfigMap), or remove limit-rate';
    };
    readonly IC3160: {
        readonly severity: 'error';
        readonly title: 'request limits on a defaultBackend';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4160: {
        readonly severity: 'error';
        readonly title: 'request rate the target cannot refill';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2340: {
        readonly severity: 'error';
        readonly title: 'invalid client-certificate annotation';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2341: {
        readonly severity: 'error';
        readonly title: 'invalid CA Secret';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3170: {
        readonly severity: 'error';
        readonly title: 'client-certificate Secret not found';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3171: {
        readonly severity: 'error';
        readonly title: 'client certificates on a host without TLS redirect';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3172: {
        readonly severity: 'error';
        readonly title: 'auth-tls-* without auth-tls-secret';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3173: {
        readonly severity: 'warning';
        readonly title: 'client certificates decided by another Ingress';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3174: {
        readonly severity: 'error';
        readonly title: 'cross-namespace CA Secret';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3180: {
        readonly severity: 'error';
        readonly title: 'default-backend Service unusable';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: 'add the Service manifest to the inputs, or remove the annotation';
    };
    readonly IC3181: {
        readonly severity: 'warning';
        readonly title: 'default-backend Service without endpoints';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3190: {
        readonly severity: 'info';
        readonly title: 'ssl-passthrough host';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3191: {
        readonly severity: 'error';
        readonly title: 'access restriction bypassed by ssl-passthrough';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: 'remove the restriction (the backend must enforce it) or the ssl-passthrough annotation';
    };
    readonly IC3192: {
        readonly severity: 'warning';
        readonly title: 'ssl-passthrough without a "/" path';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3193: {
        readonly severity: 'warning';
        readonly title: 'ssl-passthrough of a later Ingress ignored';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3194: {
        readonly severity: 'warning';
        readonly title: 'ssl-passthrough without effect';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC4190: {
        readonly severity: 'error';
        readonly title: 'TLS passthrough not expressible';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2400: {
        readonly severity: 'error';
        readonly title: 'invalid upstream tuning value';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3200: {
        readonly severity: 'error';
        readonly title: 'buffer sizes nginx refuses';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: 'raise proxy-buffers-number or lower proxy-busy-buffers-size / raise proxy-max-temp-file-size (see nginx proxy_busy_buffers_size, proxy_max_temp_file_size)';
    };
    readonly IC2420: {
        readonly severity: 'warning';
        readonly title: 'hash key variable not reproduced';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2421: {
        readonly severity: 'warning';
        readonly title: 'load-balancing setting without effect';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3211: {
        readonly severity: 'warning';
        readonly title: 'load balancing decided by another Ingress';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3212: {
        readonly severity: 'warning';
        readonly title: 'hash replaced by session affinity';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3220: {
        readonly severity: 'error';
        readonly title: 'header ConfigMap not found';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3221: {
        readonly severity: 'error';
        readonly title: 'invalid header in ConfigMap';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3223: {
        readonly severity: 'error';
        readonly title: 'too many response headers for the target';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3222: {
        readonly severity: 'error';
        readonly title: 'custom header not allowed';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: 'list the header in global-allowed-response-headers (ingress-nginx v1.12+ requires it), or remove it from the ConfigMap';
    };
    readonly IC4220: {
        readonly severity: 'error';
        readonly title: 'real client address with ssl-passthrough';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3230: {
        readonly severity: 'error';
        readonly title: 'mirror with rewrite-target';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: 'Drop rewrite-target or mirror-target from this Ingress for this target, or compile for nginx';
    };
    readonly IC3240: {
        readonly severity: 'warning';
        readonly title: 'TLS cipher setting decided by another Ingress';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3250: {
        readonly severity: 'info';
        readonly title: 'ExternalName of one label qualified';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: 'Write the full name in spec.externalName when the Service it means is in another namespace than this one';
    };
    readonly IC2300: {
        readonly severity: 'error';
        readonly title: 'invalid ConfigMap value';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2301: {
        readonly severity: 'warning';
        readonly title: 'unknown ConfigMap key';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2302: {
        readonly severity: 'error';
        readonly title: 'snippet in the controller ConfigMap';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2303: {
        readonly severity: 'warning';
        readonly title: 'ConfigMap snippet not emitted';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2304: {
        readonly severity: 'error';
        readonly title: 'ConfigMap value not a string';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2305: {
        readonly severity: 'error';
        readonly title: 'not a controller ConfigMap';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC2306: {
        readonly severity: 'info';
        readonly title: 'snippet annotations allowed by the ConfigMap';
        readonly text: () => string;
    };
    readonly IC2307: {
        readonly severity: 'error';
        readonly title: 'controller ConfigMap ambiguous';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3150: {
        readonly severity: 'error';
        readonly title: 'ConfigMap access control not enforced';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3151: {
        readonly severity: 'error';
        readonly title: 'ConfigMap routing key not honoured';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3152: {
        readonly severity: 'warning';
        readonly title: 'ConfigMap key has no effect on target';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3153: {
        readonly severity: 'error';
        readonly title: 'ConfigMap value beyond the target';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3154: {
        readonly severity: 'info';
        readonly title: "ingress-nginx default not modelled";
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3155: {
        readonly severity: 'warning';
        readonly title: 'Ingress dropped by the word blocklist';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC3157: {
        readonly severity: 'info';
        readonly title: 'request headers not dropped by name';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC5030: {
        readonly severity: 'error';
        readonly title: 'controller ConfigMap not found';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: 'Pass a file holding one ConfigMap, or NAMESPACE/NAME of a ConfigMap among the inputs (kubectl get configmap -n ingress-nginx ingress-nginx-controller -o yaml).';
    };
    readonly IC5001: {
        readonly severity: 'error';
        readonly title: 'invalid option';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC5002: {
        readonly severity: 'error';
        readonly title: 'output needs a directory';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC5003: {
        readonly severity: 'error';
        readonly title: 'cannot write output';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC5004: {
        readonly severity: 'error';
        readonly title: 'output path not written by ingressc';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC5005: {
        readonly severity: 'warning';
        readonly title: 'output moved aside';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC5020: {
        readonly severity: 'info';
        readonly title: 'TLS Secret not in the inputs';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC5021: {
        readonly severity: 'info';
        readonly title: 'cluster DNS backends';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC5022: {
        readonly severity: 'error';
        readonly title: 'cannot list git files';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: 'Run inside a git work tree, or drop --git-context.';
    };
    readonly IC5101: {
        readonly severity: 'error';
        readonly title: 'target not available';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: 'Choose one of the available targets, or drop --target.';
    };
    readonly IC5102: {
        readonly severity: 'error';
        readonly title: 'invalid request URL';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: 'Give a URL like http://cafe.example.com/tea, or a path like /tea with --header "Host: cafe.example.com".';
    };
    readonly IC5103: {
        readonly severity: 'error';
        readonly title: 'invalid header';
        readonly text: (a: Record<string, string | number>) => string;
    };
    readonly IC5104: {
        readonly severity: 'error';
        readonly title: 'cannot read git revision';
        readonly text: (a: Record<string, string | number>) => string;
        readonly help: 'Check that the revision exists (git fetch it first in CI) and that the command runs inside the git work tree.';
    };
    readonly IC5105: {
        readonly severity: 'info';
        readonly title: 'template not checked';
        readonly text: () => string;
    };
};
export type Code = keyof typeof CODES;
