import { cellsMarkdown, cellsTable, OTHERWISE } from '../matrix.js';
import { supportOf } from '../support.js';
import { CONFIGMAP_KEYS } from './keys.js';
import { EQUIVALENT, HONOURED_KEYS, KEY_SUPPORT } from './support.js';
import { keyWhyNot } from './why-not.js';
/** What `compile --target T --controller-config` does with each ConfigMap key set to a value other than ingress-nginx's default. */
export function configMatrix(targets) {
    return CONFIGMAP_KEYS.map((k) => ({
        key: k.key,
        family: k.family,
        kind: k.kind,
        ...(k.annotation ? { annotation: k.annotation } : {}),
        targets: Object.fromEntries(targets.map((t) => {
            const eq = EQUIVALENT[k.key];
            if (eq)
                return [t, eq.level === 'supported' ? { level: 'supported' } : { level: 'partial', note: eq.note }];
            const s = !HONOURED_KEYS.has(k.key) ? undefined : k.annotation ? supportOf(k.annotation, t) : KEY_SUPPORT[k.key]?.[t];
            const why = s ? undefined : keyWhyNot(k.key, t);
            return [t, s ? { level: s.level, ...(s.note ? { note: s.note } : {}) } : { level: 'unsupported', otherwise: OTHERWISE[k.kind], ...(why ? { note: why } : {}) }];
        })),
    }));
}
const cellRows = (rows) => rows.map((r) => ({ key: r.key, shown: r.key, family: r.family, kind: r.kind, targets: r.targets }));
export function renderConfigMatrixMarkdown(rows, targets) {
    return cellsMarkdown('ConfigMap key', cellRows(rows), targets);
}
export function renderConfigMatrixTable(rows, targets) {
    return cellsTable('CONFIGMAP KEY', cellRows(rows), targets);
}
