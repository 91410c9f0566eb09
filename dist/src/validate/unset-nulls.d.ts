/**
 * What the API server makes of an explicit null: Go's JSON decoder leaves a field at its zero
 * value, so `host:`, `ingressClassName:`, `tls:` or a v1beta1 `path:` with nothing after them
 * mean "unset"; in a map of strings (annotations, labels, Secret data) the entry stays, empty.
 * Applied to every object before validation; null items of lists are left to the type checks.
 */
export declare function unsetNulls(obj: Record<string, unknown>): void;
