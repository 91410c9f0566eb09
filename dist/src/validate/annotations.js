import { hasControlChars } from '../util/k8s-names.js';
const NGINX = 'nginx.ingress.kubernetes.io/';
/** Annotation prefixes whose keys ingressc understands or knowingly ignores; others pass silently. */
const KNOWN_PREFIXES = [NGINX, 'ingressc.dev/'];
const SUPPORTED = new Set([`${NGINX}ssl-redirect`]);
/**
 * Annotations are user text that other tools pasted verbatim into nginx.conf. ingressc reads only
 * a closed set, refuses snippets, and says which known-prefix keys it ignores.
 */
export function checkAnnotations(annotations, at, diags, opts) {
    const settings = { sslRedirect: true };
    for (const key of Object.keys(annotations).sort()) {
        const value = annotations[key];
        if (!KNOWN_PREFIXES.some((p) => key.startsWith(p)))
            continue;
        const field = `metadata.annotations[${JSON.stringify(key)}]`;
        if (key.endsWith('-snippet') || key.endsWith('/snippet')) {
            if (!opts.allowSnippets)
                diags.report('IC2080', at(key), { key }, { field });
            else
                diags.report('IC2082', at(key), { key }, { field });
            continue;
        }
        if (!SUPPORTED.has(key)) {
            diags.report('IC2082', at(key), { key }, { field });
            continue;
        }
        if (hasControlChars(value)) {
            diags.report('IC2081', at(key), { key, detail: 'value contains a control character' }, { field });
            continue;
        }
        if (key === `${NGINX}ssl-redirect`) {
            if (value !== 'true' && value !== 'false')
                diags.report('IC2081', at(key), { key, detail: `expected "true" or "false", found ${JSON.stringify(value)}` }, { field });
            else
                settings.sslRedirect = value === 'true';
        }
    }
    return settings;
}
