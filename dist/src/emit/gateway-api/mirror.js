import { isDns1035Label, isDns1123Label } from '../../util/k8s-names.js';
/**
 * Mirroring (RouteMirror) as HTTPRoute's RequestMirror filter (Extended support): the copy goes to
 * a Service backendRef, not a URL. A target naming a Service by its cluster DNS name
 * (`<service>.<namespace>.svc[.cluster.local]`) over plain HTTP maps to that Service and the port
 * written (or 80, a Service port); the copy keeps the request's path. Anything else has no form.
 */
/** The Service a mirror's address names, or why it names none. */
export function mirrorService(m) {
    if (m.scheme !== 'http')
        return { problem: 'a RequestMirror backendRef is a Service reached as the implementation reaches backends: an https target has no form' };
    const labels = m.host.split('.');
    const svc = labels.length === 5 && labels[3] === 'cluster' && labels[4] === 'local' ? labels.slice(0, 3) : labels.length === 3 ? labels : undefined;
    if (!svc || svc[2] !== 'svc' || !isDns1035Label(svc[0]) || !isDns1123Label(svc[1]))
        return { problem: 'a RequestMirror filter sends the copy to a Service: only a target naming one, http://<service>.<namespace>.svc[.cluster.local][:<port>], can be expressed' };
    return { name: svc[0], namespace: svc[1], port: m.port ?? 80 };
}
/** The filter's backendRef (no namespace when it is the Gateway's, whose namespace the HTTPRoutes share). */
export function mirrorBackendRef(m, gw) {
    const s = mirrorService(m);
    if ('problem' in s)
        throw new Error(`gateway-api: mirror ${JSON.stringify(m)} reached the emitter`);
    return { name: s.name, ...(s.namespace !== gw.namespace ? { namespace: s.namespace } : {}), port: s.port };
}
