import { hasControlChars } from '../../util/k8s-names.js';
import { classifyForeign } from '../foreign.js';
import { NGINX_ANNOTATIONS, STALE_NGINX_ANNOTATIONS } from './keys.js';
import { GO_BOOL_SPELLINGS, parseGoBool } from './parse-bool.js';
import { parseNginxSize } from './size.js';
import { parseSourceRange } from './source-range.js';
import { PATH_VALUE_KEYS, readPathAnnotation } from './paths.js';
import { parseTimeoutSeconds, parseUpstreamVhost } from './upstream-values.js';
import { READER_BY_KEY } from './families/index.js';
/** Annotation → the setting of AnnotationSet.upstream it fills. */
const TIMEOUT_KEYS = {
    'proxy-connect-timeout': 'connect',
    'proxy-send-timeout': 'send',
    'proxy-read-timeout': 'read',
};
export const NGINX_PREFIX = 'nginx.ingress.kubernetes.io/';
const OWN_PREFIX = 'ingressc.dev/';
const BY_NAME = new Map(NGINX_ANNOTATIONS.map((a) => [a.key, a]));
/** The source-range keys: allowlist-source-range wins over its older alias, as in ingress-nginx's parser. */
const SOURCE_RANGES = {
    'allowlist-source-range': 'sourceAllow',
    'whitelist-source-range': 'sourceAllow',
    'denylist-source-range': 'sourceDeny',
};
/**
 * The one door through which annotations enter ingressc. Target-independent checks happen here
 * (known key, value grammar, snippets, stale and foreign keys), located at the key; whether a
 * target honours each use is decided in lowering, after class selection.
 * `annotations` holds string values only (validation reports the others).
 */
export function readAnnotations(annotations, at, diags, opts) {
    const set = { sslRedirect: true, paths: { useRegex: false }, upstream: { timeouts: {} }, features: {}, uses: [] };
    for (const key of Object.keys(annotations).sort()) {
        const value = annotations[key];
        const ref = at(key);
        const field = `metadata.annotations[${JSON.stringify(key)}]`;
        if (key.startsWith(NGINX_PREFIX)) {
            const name = key.slice(NGINX_PREFIX.length);
            const known = BY_NAME.get(name);
            // Any *-snippet key, known or not (future or forked controllers add more), is raw nginx text.
            if (known?.kind === 'snippet' || name === 'snippet' || name.endsWith('-snippet')) {
                diags.report(opts.allowSnippets ? 'IC2082' : 'IC2080', ref, { key }, { field });
                continue;
            }
            if (!known) {
                const stale = STALE_NGINX_ANNOTATIONS[name];
                if (stale !== undefined)
                    diags.report('IC2105', ref, { key, why: stale }, { field });
                else
                    diags.report('IC2104', ref, { key }, { field });
                continue;
            }
            if (hasControlChars(value)) {
                diags.report('IC2081', ref, { key, detail: 'value contains a control character' }, { field });
                continue;
            }
            if (known.bool) {
                const b = parseGoBool(value);
                if (b === undefined) {
                    diags.report('IC2081', ref, { key, detail: `expected a boolean (${GO_BOOL_SPELLINGS}), found ${JSON.stringify(value)}` }, { field });
                    continue;
                }
                if (name === 'ssl-redirect')
                    set.sslRedirect = b;
                if (name === 'use-regex')
                    set.paths.useRegex = b;
            }
            if (PATH_VALUE_KEYS.has(name)) {
                const problem = readPathAnnotation(name, value, set.paths);
                if (problem) {
                    diags.report('IC2081', ref, { key, detail: problem }, { field });
                    continue;
                }
            }
            if (name === 'proxy-body-size' || name === 'client-body-buffer-size') {
                const size = parseNginxSize(value, { offset: name === 'proxy-body-size' });
                if ('error' in size) {
                    diags.report('IC2142', ref, { key, detail: size.error }, { field });
                    continue;
                }
                if (name === 'proxy-body-size')
                    set.maxBodyBytes = size.bytes;
                else
                    set.bodyBufferSize = value;
            }
            const range = SOURCE_RANGES[name];
            if (range) {
                const r = parseSourceRange(value);
                if ('error' in r) {
                    // Fail closed: an unreadable list never becomes an open route.
                    diags.report('IC2140', ref, { key, detail: r.error }, { field });
                    continue;
                }
                if (name === 'whitelist-source-range' && annotations[`${NGINX_PREFIX}allowlist-source-range`] !== undefined)
                    diags.report('IC2141', ref, { key }, { field });
                else
                    set[range] = r.cidrs;
            }
            const timeout = TIMEOUT_KEYS[name];
            if (name === 'upstream-vhost' || timeout) {
                const parsed = timeout ? parseTimeoutSeconds(value) : parseUpstreamVhost(value);
                if ('expected' in parsed) {
                    diags.report('IC2081', ref, { key, detail: `expected ${parsed.expected}` }, { field });
                    continue;
                }
                if (timeout)
                    set.upstream.timeouts[timeout] = parsed.value;
                else
                    set.upstream.vhost = parsed.value;
            }
            const family = READER_BY_KEY.get(name);
            if (family) {
                const problem = family.read(name, value, set.features, annotations);
                if (problem) {
                    diags.report(problem.code ?? 'IC2081', ref, { key, detail: problem.detail }, { field });
                    continue;
                }
            }
            set.uses.push({ key, name, kind: known.kind, family: known.family, ref });
        }
        else if (key.startsWith(OWN_PREFIX)) {
            diags.report('IC2104', ref, { key }, { field });
        }
        else {
            const foreign = classifyForeign(key);
            if (!foreign)
                continue;
            if (foreign.restrictsAccess)
                set.uses.push({ key, kind: 'access', family: 'another controller', controller: foreign.controller, ref });
            else
                diags.report('IC2106', ref, { key, controller: foreign.controller }, { field });
        }
    }
    return set;
}
