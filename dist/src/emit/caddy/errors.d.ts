import type { VariantSettings } from '../upstream-variants.js';
/**
 * A default-backend standing in for a Service without endpoints (RouteErrors.standIn): X-Code and
 * the context headers, and X-Format from the client's Accept placeholder (header names are HTTP
 * tokens; values pass caddyLiteral, so nothing but the placeholder below is expanded).
 */
export declare function standInHeaders(v: VariantSettings | undefined): Record<string, string[]>;
