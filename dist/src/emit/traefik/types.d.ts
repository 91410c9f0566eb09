/** The subset of Traefik v3's dynamic configuration (file provider) that ingressc writes. */
export interface DynamicConfig {
    http: {
        routers: Record<string, Router>;
        services?: Record<string, Service | WeightedService | MirroringService>;
        middlewares?: Record<string, Middleware>;
        /** proxy-ssl-* (servers-transport.ts). */
        serversTransports?: Record<string, import('./servers-transport.js').ServersTransport>;
    };
    /** TLS passthrough routers (tcp.ts). */
    tcp?: import('./tcp.js').TcpConfig;
    tls?: {
        certificates: CertFiles[];
        stores?: {
            default: {
                defaultCertificate: CertFiles;
            };
        };
        /** tls-options.ts: `default` and the options of hosts with their own. */
        options?: Record<string, TlsOption>;
    };
}
/** tls.options.<name> (tls-options.ts): chosen by SNI among the Host() domains of the routers naming it. */
export interface TlsOption {
    minVersion: 'VersionTLS12';
    /** Go's IANA names (src/ir/ciphers.ts cipherSuitesFor); absent: Traefik's defaults. */
    cipherSuites?: string[];
    /** Client certificates (clientcert.ts). */
    clientAuth?: {
        caFiles: string[];
        clientAuthType: 'RequireAndVerifyClientCert' | 'VerifyClientCertIfGiven';
    };
}
export interface Router {
    entryPoints: string[];
    rule: string;
    priority: number;
    middlewares?: string[];
    service: string;
    /** Present on HTTPS routers: Traefik only serves TLS requests with routers that have it; `options`: tls-options.ts. */
    tls?: {
        options?: string;
    };
}
export interface Service {
    loadBalancer: {
        servers: {
            url: string;
        }[];
        passHostHeader: boolean;
        sticky?: {
            cookie: StickyCookie;
        };
        serversTransport?: string;
    };
}
/** loadBalancer.sticky.cookie (affinity.ts). */
export interface StickyCookie {
    name: string;
    secure: boolean;
    httpOnly: boolean;
    sameSite?: string;
    maxAge?: number;
    path: string;
    domain?: string;
}
/** A canary's split (canary.ts). */
export interface WeightedService {
    weighted: {
        services: {
            name: string;
            weight: number;
        }[];
    };
}
/** A route's mirror (mirror.ts): the wrapped service answers, each mirror gets a copy of `percent` of the requests. */
export interface MirroringService {
    mirroring: {
        service: string;
        mirrors: {
            name: string;
            percent: number;
        }[];
    };
}
export type Middleware = {
    redirectScheme: {
        scheme: 'https';
        permanent: boolean;
        port?: string;
    };
} | {
    redirectRegex: {
        regex: string;
        replacement: string;
        permanent: boolean;
    };
} | {
    ipAllowList: {
        sourceRange: string[];
        rejectStatusCode: number;
    };
} | {
    buffering: {
        maxRequestBodyBytes: number;
    };
} | {
    replacePathRegex: {
        regex: string;
        replacement: string;
    };
} | {
    headers: {
        customRequestHeaders: Record<string, string>;
    };
} | {
    headers: CorsHeaders;
} | {
    basicAuth: {
        users: string[];
        realm?: string;
        removeHeader: true;
    };
} | {
    forwardAuth: ForwardAuth;
} | {
    rateLimit: {
        average: number;
        period: '1s' | '1m';
        burst: number;
        sourceCriterion: SourceCriterion;
    };
} | {
    inFlightReq: {
        amount: number;
        sourceCriterion: SourceCriterion;
    };
} | {
    errors: {
        status: string[];
        statusRewrites?: Record<string, number>;
        service: string;
        query: '/';
    };
} | {
    compress: {
        encodings: ['gzip'];
        includedContentTypes?: string[];
        minResponseBodyBytes?: number;
    };
};
/** Per client address (limits.ts): depth 0 is the connection's peer. */
export interface SourceCriterion {
    ipStrategy: {
        depth: 0;
    };
}
/** forwardAuth as ext-auth.ts writes it. */
export interface ForwardAuth {
    address: string;
    trustForwardHeader: false;
    authResponseHeaders?: string[];
    tls?: {
        insecureSkipVerify: true;
    };
}
/** The headers middleware as CORS uses it (cors.ts). */
export interface CorsHeaders {
    customResponseHeaders: Record<string, string>;
    accessControlAllowOriginListRegex?: string[];
    accessControlAllowMethods?: string[];
    accessControlAllowHeaders?: string[];
    accessControlExposeHeaders?: string[];
    accessControlAllowCredentials?: boolean;
    accessControlMaxAge?: number;
}
export interface CertFiles {
    certFile: string;
    keyFile: string;
}
export interface StaticConfig {
    global: {
        checkNewVersion: boolean;
        sendAnonymousUsage: boolean;
    };
    entryPoints: Record<string, {
        address: string;
        http: EntryPointHttp;
    }>;
    providers: {
        file: {
            filename: string;
        };
    };
    /** The default transport to backends (static configuration). */
    serversTransport?: {
        insecureSkipVerify: boolean;
    };
}
/** Entry point request-path options (a fresh object per entry point: a shared one would be a YAML alias). */
export interface EntryPointHttp {
    sanitizePath: boolean;
    encodedCharacters: Record<'allowEncodedSlash' | 'allowEncodedBackSlash' | 'allowEncodedNullCharacter' | 'allowEncodedSemicolon' | 'allowEncodedPercent' | 'allowEncodedQuestionMark' | 'allowEncodedHash', boolean>;
}
