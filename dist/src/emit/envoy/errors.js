/**
 * A default-backend standing in for a Service without endpoints (RouteErrors.standIn) gets the
 * client's Accept as X-Format; X-Code and the context come with the route's header filter. Envoy
 * drops a header whose formatted value is empty (keep_empty_value false), as nginx does.
 */
export function standInHeaders(r) {
    return r.errors?.standIn ? [{ header: { key: 'X-Format', value: '%REQ(accept)%' }, append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' }] : [];
}
