/**
 * Positions nothing ever asks for, dropped after reading (issue 17: a `kubectl get -o yaml` List of
 * 20,000 Ingresses held ~200 MB of them until the end of the compile). What `kubectl get` adds
 * below `status` and below each `metadata.managedFields` item is never located: the schemas
 * check only that `status` is an object and each managedFields item an object, and nothing
 * else reads them. Those nodes keep their own range and stay collections (an empty map), so
 * every location ingressc reports is unchanged.
 */
const NOTHING = new Map();
/** Prunes one object's positions, or each item's of a List (`items`). */
export function prunePositions(top) {
    if (!top?.map)
        return;
    pruneObjectPositions(top);
    for (const item of top.map.get('items')?.value?.seq ?? [])
        pruneObjectPositions(item);
}
/** Prunes one object's positions (a List item read on its own). */
export function pruneObjectPositions(o) {
    if (!o?.map)
        return;
    pruneBelow('status', o.map.get('status')?.value);
    pruneBelow('managedFields', o.map.get('metadata')?.value?.map?.get('managedFields')?.value);
}
/**
 * The same while reading (line-parse.ts), so that a List's pruned positions die young instead of
 * filling the heap until the end: `status` of a map that has apiVersion or kind, `managedFields`
 * wherever it is (nothing locates below any managedFields item).
 */
export function pruneWhileReading(key, value, siblings) {
    if (key === 'managedFields' || (key === 'status' && (siblings.has('apiVersion') || siblings.has('kind'))))
        pruneBelow(key, value);
}
function pruneBelow(key, node) {
    if (key === 'status') {
        if (node?.map)
            node.map = NOTHING;
    }
    else
        for (const f of node?.seq ?? [])
            if (f?.map)
                f.map = NOTHING;
}
