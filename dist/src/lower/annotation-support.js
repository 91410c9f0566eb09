import { READER_BY_KEY, readFeaturesWithout } from '../providers/ingress-nginx/families/index.js';
import { parseGoBool } from '../providers/ingress-nginx/parse-bool.js';
import { NGINX_PREFIX } from '../providers/ingress-nginx/read.js';
import { supportOf, unsupportedWhy } from '../providers/ingress-nginx/support.js';
/**
 * Decides, for the chosen target, what happens to each annotation an Ingress uses (fail closed):
 * an access-control key the target cannot enforce is an error, and with --skip-annotation KEY the
 * Ingress's routes are left out (the output never carries a route that looks protected and is
 * open); a routing key it cannot honour is an error, or ignored when skipped; a tuning key is one
 * warning per key. Returns the Ingresses that keep their routes.
 */
export function applyAnnotationSupport(ingresses, target, skip, diags) {
    const skipped = new Set(skip);
    const usedSkips = new Set();
    const tuningSeen = new Map();
    const kept = [];
    for (const ing of ingresses) {
        let withheld = false;
        for (const use of ing.annotationUses) {
            const support = use.name !== undefined ? supportOf(use.name, target) : undefined;
            if (support) {
                const why = support.refuse?.(ing.annotations[use.key] ?? '');
                if (why !== undefined)
                    diags.report('IC3071', use.ref, { key: use.key, target, why }, { field: `metadata.annotations[${JSON.stringify(use.key)}]`, target });
                continue;
            }
            // A value that changes nothing here (enable-cors: "false", ssl-passthrough: "false") is what
            // ingress-nginx does too on every target: nothing to honour, nothing to refuse.
            if (use.name !== undefined && isInert(ing, use.name, use.key))
                continue;
            const field = `metadata.annotations[${JSON.stringify(use.key)}]`;
            const args = { key: use.key, family: use.family, ingress: ing.id, target, controller: use.controller ?? '', why: (use.name !== undefined && unsupportedWhy(use.name, target)) || '' };
            if (use.kind === 'tuning') {
                const seen = tuningSeen.get(use.key);
                if (seen)
                    seen.count++;
                else
                    tuningSeen.set(use.key, { count: 1, report: () => diags.report('IC2103', use.ref, { ...args, more: moreText(tuningSeen.get(use.key).count) }, { field, target }) });
                continue;
            }
            if (skipped.has(use.key)) {
                usedSkips.add(use.key);
                if (use.kind === 'access') {
                    if (!withheld)
                        diags.report('IC2108', use.ref, args, { field, target });
                    withheld = true;
                }
                else
                    diags.report('IC2109', use.ref, args, { field, target });
                continue;
            }
            const code = use.kind === 'access' ? (use.controller ? 'IC2107' : 'IC2101') : 'IC2102';
            diags.report(code, use.ref, args, { field, target });
        }
        if (!withheld)
            kept.push(withoutSkippedPathKeys(ing, skipped));
    }
    for (const t of tuningSeen.values())
        t.report();
    for (const key of [...skipped].sort())
        if (!usedSkips.has(key))
            diags.report('IC2110', undefined, { key });
    return kept;
}
/**
 * Whether the key changes nothing on this Ingress: a switch set to off (use-regex "false", the
 * values a family declares inert).
 */
function isInert(ing, name, key) {
    if (name === 'use-regex')
        return parseGoBool(ing.annotations[key] ?? '') === false;
    // Only what a family declares: some keys are read by lowering from the raw annotations as well.
    return READER_BY_KEY.get(name)?.inert?.(name, ing.annotations[key] ?? '') === true;
}
const moreText = (count) => (count > 1 ? ` (here and in ${count - 1} more place${count > 2 ? 's' : ''})` : '');
/** A skipped routing annotation is compiled as if absent (path keys, and every family's settings). */
function withoutSkippedPathKeys(ing, skipped) {
    const has = (name) => skipped.has(`${NGINX_PREFIX}${name}`) && ing.annotationUses.some((u) => u.name === name);
    if (ing.annotationUses.some((u) => u.name !== undefined && READER_BY_KEY.has(u.name) && has(u.name)))
        ing = { ...ing, features: readFeaturesWithout(ing.annotations, NGINX_PREFIX, skipped) };
    if (!has('use-regex') && !has('rewrite-target') && !has('x-forwarded-prefix'))
        return ing;
    const paths = { ...ing.paths };
    if (has('use-regex'))
        paths.useRegex = false;
    if (has('rewrite-target'))
        delete paths.rewriteTarget;
    if (has('x-forwarded-prefix'))
        delete paths.xForwardedPrefix;
    return { ...ing, paths };
}
