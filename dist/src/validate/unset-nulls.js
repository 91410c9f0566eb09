/**
 * What the API server makes of an explicit null: Go's JSON decoder leaves a field at its zero
 * value, so `host:`, `ingressClassName:`, `tls:` or a v1beta1 `path:` with nothing after them
 * mean "unset"; in a map of strings (annotations, labels, Secret data) the entry stays, empty.
 * Applied to every object before validation; null items of lists are left to the type checks.
 */
export function unsetNulls(obj) {
    const meta = obj.metadata;
    if (isObject(meta))
        for (const m of ['annotations', 'labels'])
            emptyForNull(meta[m]);
    if (obj.kind === 'Secret')
        for (const m of ['data', 'stringData'])
            emptyForNull(obj[m]);
    const stack = [obj];
    while (stack.length) {
        const node = stack.pop();
        if (Array.isArray(node))
            for (const x of node)
                stack.push(x);
        else if (isObject(node))
            for (const k of Object.keys(node)) {
                if (node[k] === null)
                    delete node[k];
                else
                    stack.push(node[k]);
            }
    }
}
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function emptyForNull(m) {
    if (isObject(m))
        for (const k of Object.keys(m))
            if (m[k] === null)
                m[k] = '';
}
