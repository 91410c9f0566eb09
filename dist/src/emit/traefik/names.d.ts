import type { VirtualHost } from '../../ir/types.js';
/** File names, entry points and object names of the Traefik output: one place, no user text. */
export declare const DYNAMIC_FILE = "traefik.yaml";
export declare const STATIC_FILE = "traefik-static.yaml";
export declare const WEB = "web";
export declare const WEBSECURE = "websecure";
/** Built into Traefik (internal handler, answers 418); only used behind a middleware that always answers first. */
export declare const NOOP_SERVICE = "noop@internal";
/** Redirects (redirects.ts): "ingressc-redirect-1"… in IR order, one per distinct redirect and entry point. */
export declare const REDIRECT_MIDDLEWARE_PREFIX = "ingressc-redirect-";
export declare const NOT_FOUND_MIDDLEWARE = "ingressc-not-found";
/** 204 without a backend (CORS preflight answers, cors.ts). */
export declare const NO_CONTENT_MIDDLEWARE = "ingressc-no-content";
/** CORS headers: "ingressc-cors-1"… in IR order, one per distinct policy. */
export declare const CORS_MIDDLEWARE_PREFIX = "ingressc-cors-";
export declare const UNAVAILABLE_MIDDLEWARE = "ingressc-unavailable";
/** Source allow-lists: "ingressc-allow-1", "-2"… in IR order. */
export declare const ACCESS_MIDDLEWARE_PREFIX = "ingressc-allow-";
/** proxy-body-size limits: "ingressc-body-1"… in IR order. */
export declare const BODY_MIDDLEWARE_PREFIX = "ingressc-body-";
/** Basic authentication: `ingressc-basic-<namespace>_<secret>-<n>` ("_" occurs in neither name). */
export declare const BASIC_MIDDLEWARE_PREFIX = "ingressc-basic-";
/** External authentication (ext-auth.ts): "ingressc-extauth-1", with its "-in" and "-out" headers, one per distinct policy. */
export declare const EXTAUTH_MIDDLEWARE_PREFIX = "ingressc-extauth-";
/** Request limits (limits.ts): "ingressc-limit-1-conn", "-rps", "-rpm", one set per distinct limits (an Ingress's). */
export declare const LIMIT_MIDDLEWARE_PREFIX = "ingressc-limit-";
/** Error pages (errors.ts): "ingressc-errors-1"… one per distinct codes and error Service. */
export declare const ERRORS_MIDDLEWARE_PREFIX = "ingressc-errors-";
/**
 * Router name stem of a vhost. '_' separates the parts because it cannot occur in a validated
 * host name, so two different vhosts or routes can never produce the same router name.
 */
export declare function vhostKey(vh: VirtualHost): string;
/** Router stem for requests that match no vhost (only when there is no host-less vhost). */
export declare const DEFAULT_KEY = "default";
/**
 * One value per distinct key, made the first time the key is asked for, given how many keys came
 * first plus one: the numbered names of middlewares, service copies and transports ("…-1", "…-2"
 * in first-use order, so the output follows the IR's order). `make` also defines what it names.
 */
export declare function byFirstUse<T>(): (key: string, make: (n: number) => T) => T;
