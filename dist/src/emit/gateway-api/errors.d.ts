import type { RequestHeaderModifierFilter } from './types.js';
/**
 * A default-backend standing in for a Service without endpoints (RouteErrors.standIn): X-Code and
 * the context headers as a RequestHeaderModifier (core support). Header names are HTTP tokens;
 * values were checked by lowering (Kubernetes names, a port, "503").
 */
export declare function requestHeaders(headers: readonly {
    name: string;
    value: string;
}[]): RequestHeaderModifierFilter;
