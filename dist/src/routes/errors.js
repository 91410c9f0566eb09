/** `ingressc match` lines for a route's error pages and response rewrites (RouteErrors, ResponseRewrites). */
export function errorLines(e, rw, backend) {
    const out = [];
    if (e?.standIn)
        out.push(`  errors  Service ${e.context.namespace}/${e.context.service} has no ready endpoint: the default-backend Service answers in its place, told X-Code 503`);
    if (e && e.codes.length) {
        const whose = e.upstreamResponses ? 'answers' : "the proxy's own answers (disable-proxy-intercept-errors)";
        const to = e.upstream !== undefined ? `${backend(e.upstream)} for "/" (query kept) with X-Code and the context headers; its status reaches the client` : '404 (no default backend)';
        out.push(`  errors  ${whose} ${e.codes.join(', ')} are replaced by ${to}`);
    }
    if (rw?.location)
        out.push(`  response Location starting with ${rw.location.from} gets ${rw.location.to} in its place (proxy-redirect)`);
    if (rw?.cookieDomain)
        out.push(`  response Set-Cookie domain ${rw.cookieDomain.from} becomes ${rw.cookieDomain.to}`);
    if (rw?.cookiePath)
        out.push(`  response Set-Cookie path starting with ${rw.cookiePath.from} gets ${rw.cookiePath.to} in its place`);
    return out;
}
