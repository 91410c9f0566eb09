/**
 * The subset of Gateway API v1 (standard channel, v1.6.1) that ingressc writes. Optional fields
 * the output never sets are left out on purpose: adding an IR v2 feature means adding its field
 * here (HTTPRoute filters, weighted backendRefs, header/query matches, RegularExpression paths).
 */
export const GROUP = 'gateway.networking.k8s.io';
export const API_VERSION = `${GROUP}/v1`;
