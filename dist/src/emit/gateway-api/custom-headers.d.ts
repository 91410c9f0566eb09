import type { HeaderValue } from '../../ir/types.js';
import type { ResponseHeaderModifierFilter } from './types.js';
/**
 * Route.responseHeaders (custom-headers, the ConfigMap's add-headers) as a ResponseHeaderModifier
 * `set` (core support: the header replaces the backend's). Names are HTTP tokens (the provider's
 * grammar, which the CRD's pattern also accepts); values are literal YAML strings (the YAML writer
 * quotes them). At most 16 (the CRD's maxItems): more is refused here (lowering does not cap them).
 */
export declare function responseHeaderModifier(hs: readonly HeaderValue[]): ResponseHeaderModifierFilter;
