import type { UpstreamTuning } from '../../ir/types.js';
/**
 * The upstream tuning of a route (docs/ir-v2.md "Upstream tuning"), as ingress-nginx writes it in
 * its location (nginx.tmpl): the same proxy_* directives. Sizes are written in bytes.
 */
export declare function tuningLines(t: UpstreamTuning | undefined): string[];
/**
 * ingress-nginx's defaults for every location (config.go; nginx's own differ): responses are not
 * buffered (nginx: on), proxy_buffers 4 4k (nginx: 8 4k|8k), a failed attempt goes to at most 3
 * endpoints (nginx: no limit). Written at http level; a route's own values replace them.
 */
export declare const TUNING_HTTP_DEFAULTS: readonly string[];
/**
 * ingress-nginx's Connection header without connection-proxy-header (nginx.tmpl, upstream keepalive
 * on): "upgrade" when the client asks to upgrade (WebSockets), else none (keepalive to the backend).
 */
export declare const CONNECTION_UPGRADE_MAP = "map $http_upgrade $connection_upgrade { default upgrade; '' ''; }";
