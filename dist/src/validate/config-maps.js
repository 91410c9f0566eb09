import { locate } from '../parse/locate.js';
export function readConfigMap(m) {
    const meta = (m.obj.metadata ?? {});
    if (typeof meta.name !== 'string')
        return undefined;
    const id = `${typeof meta.namespace === 'string' ? meta.namespace : 'default'}/${meta.name}`;
    const raw = m.obj.data;
    const map = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
    const data = [];
    const bad = [];
    for (const key of Object.keys(map).sort()) {
        const ref = locate(m.loc, ['data', key], { key: true });
        const v = map[key] === null ? '' : map[key];
        if (typeof v === 'string')
            data.push({ key, value: v, ref });
        else
            bad.push({ key, ref });
    }
    return { id, ref: locate(m.loc, ['metadata', 'name']), data, bad };
}
/**
 * "namespace/name" of the ConfigMaps an Ingress uses for headers (its custom-headers and
 * auth-proxy-set-headers values, as written), into `out`; nothing for other kinds. With the
 * controller ConfigMap's add-headers / proxy-set-headers, those are read, not ignored (no IC1004).
 */
export function addHeaderConfigMapRefs(m, out) {
    if (m.kind !== 'Ingress')
        return;
    const a = m.obj.metadata?.annotations;
    for (const key of ['custom-headers', 'auth-proxy-set-headers']) {
        const v = a?.[`nginx.ingress.kubernetes.io/${key}`];
        if (typeof v === 'string')
            out.add(v);
    }
}
