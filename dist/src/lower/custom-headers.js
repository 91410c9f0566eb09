import { routesOf } from '../ir/types.js';
import { KEY_SUPPORT } from '../providers/ingress-nginx/configmap/support.js';
import { HEADER_NAME_RE, HEADER_VALUE_RE } from '../providers/ingress-nginx/families/headers.js';
import { NGINX_PREFIX } from '../providers/ingress-nginx/read.js';
import { supportOf } from '../providers/ingress-nginx/support.js';
import { compareStrings } from '../util/compare.js';
/** Request headers ingress-nginx itself sets on every proxied request: proxy-set-headers would send them twice. */
const FORWARDED_NAMES = new Set(['host', 'connection', 'upgrade', 'proxy', 'x-request-id', 'x-real-ip', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-port', 'x-forwarded-proto', 'x-forwarded-scheme', 'x-scheme', 'x-original-forwarded-for', 'x-original-uri']);
/** Targets with a cap on a route's response headers (Gateway API: the ResponseHeaderModifier's set, maxItems 16). */
const MAX_HEADERS = { 'gateway-api': 16 };
const byName = (hs) => {
    const m = new Map();
    for (const h of hs)
        m.set(h.name.toLowerCase(), h);
    return [...m.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, h]) => h);
};
/**
 * The entries of a header ConfigMap, checked with customheaders.go's grammars (name
 * [a-zA-Z0-9_-]+, value its printable set). `literalDollar`: custom-headers' values are literal
 * text (nginx.tmpl escapes "$"); add-headers and proxy-set-headers are written unescaped, so nginx
 * would expand a "$" as a variable, which no other target can reproduce: refused.
 */
function headersOf(cm, what, effect, literalDollar, diags, check) {
    let ok = true;
    const out = [];
    const bad = (key, ref, detail) => {
        ok = false;
        diags.report('IC3221', ref, { configmap: cm.id, what, key, detail, effect }, { field: `data.${key}` });
    };
    for (const b of cm.bad)
        bad(b.key, b.ref, 'expected a string value');
    for (const e of cm.data) {
        if (!HEADER_NAME_RE.test(e.key))
            bad(e.key, e.ref, 'expected a header name (letters, digits, "-" and "_")');
        else if (!HEADER_VALUE_RE.test(e.value))
            bad(e.key, e.ref, `expected a non-empty value of printable ASCII characters, found ${JSON.stringify(e.value)}`);
        else if (!literalDollar && e.value.includes('$'))
            bad(e.key, e.ref, `"$" starts an nginx variable in ingress-nginx's ${what}, which ingressc cannot reproduce; found ${JSON.stringify(e.value)}`);
        else if (check && !check(e.key, e.ref))
            ok = false;
        else
            out.push({ name: e.key, value: e.value });
    }
    return ok ? byName(out) : undefined;
}
const findMap = (inv, namespace, name) => inv.configMaps?.find((c) => c.id === `${namespace}/${name}`);
/** The ConfigMap a controller ConfigMap key names, or an error at that key. */
function keyMap(inv, key, r, effect, diags) {
    const cm = findMap(inv, r.namespace, r.name);
    if (!cm)
        diags.report('IC3220', r.ref, { what: `controller ConfigMap key ${key}`, configmap: `${r.namespace}/${r.name}`, effect }, { field: `data.${key}` });
    return cm;
}
/**
 * ingress-nginx's custom headers, decided once (lowering): the ConfigMap's proxy-set-headers
 * become RouteTable.requestHeaders; add-headers (http-level more_set_headers) and each Ingress's
 * custom-headers (its locations' more_set_headers, which win over the http-level ones of the same
 * name) become the responseHeaders of its routes. A ConfigMap that is missing or holds a header
 * ingress-nginx refuses is a located error (ingress-nginx answers 503 on the Ingress's locations,
 * or drops the global headers with a log line). Only targets that emit them (support rows,
 * KEY_SUPPORT) read them; the others get the support machinery's error at the key.
 */
export function applyCustomHeaders(table, vhosts, inv, target, diags) {
    const s = inv.controllerConfig?.settings;
    if (s?.proxySetHeaders && KEY_SUPPORT['proxy-set-headers']?.[target]) {
        const cm = keyMap(inv, 'proxy-set-headers', s.proxySetHeaders, 'ingress-nginx would send its headers to every upstream', diags);
        const hs = cm && headersOf(cm, 'proxy-set-headers', 'ingress-nginx sends it to every upstream', false, diags, (name, ref) => {
            if (!FORWARDED_NAMES.has(name.toLowerCase()))
                return true;
            diags.report('IC3221', ref, { configmap: cm.id, what: 'proxy-set-headers', key: name, detail: 'ingress-nginx sets this header itself and would send it twice', effect: 'remove it from the ConfigMap' }, { field: `data.${name}` });
            return false;
        });
        if (hs?.length)
            table.requestHeaders = hs;
    }
    let global = [];
    if (s?.addHeaders && KEY_SUPPORT['add-headers']?.[target]) {
        const cm = keyMap(inv, 'add-headers', s.addHeaders, 'ingress-nginx would add its headers to every response', diags);
        global = (cm && headersOf(cm, 'add-headers', 'ingress-nginx adds it to every response', false, diags)) ?? [];
    }
    const own = new Map();
    if (supportOf('custom-headers', target)) {
        const allowed = new Set(s?.allowedResponseHeaders ?? []);
        for (const ing of inv.ingresses) {
            const ref = ing.features.headers?.customHeaders;
            if (!ref)
                continue;
            const use = ing.annotationUses.find((u) => u.key === `${NGINX_PREFIX}custom-headers`);
            const at = use?.ref ?? ing.ref;
            const cm = findMap(inv, ref.namespace, ref.name);
            if (!cm) {
                diags.report('IC3220', at, { what: `custom-headers of Ingress ${ing.id}`, configmap: `${ref.namespace}/${ref.name}`, effect: 'ingress-nginx answers 503 on the Ingress\'s paths' }, { field: `metadata.annotations["${NGINX_PREFIX}custom-headers"]` });
                continue;
            }
            const hs = headersOf(cm, 'custom-headers', 'ingress-nginx answers 503 on the paths of the Ingresses using it', true, diags, (name, r) => {
                if (allowed.has(name))
                    return true;
                diags.report('IC3222', r, { ingress: ing.id, key: name, configmap: cm.id, allowed: allowed.size ? [...allowed].join(',') : 'empty' }, { field: `data.${name}` });
                return false;
            });
            if (hs)
                own.set(ing.id, hs);
        }
    }
    if (global.length === 0 && own.size === 0)
        return;
    const tooMany = new Set();
    for (const vh of vhosts)
        for (const r of routesOf(vh)) {
            const hs = byName([...global, ...(own.get(r.ingress) ?? [])]);
            const max = MAX_HEADERS[target];
            if (max !== undefined && hs.length > max) {
                if (!tooMany.has(r.ingress))
                    diags.report('IC3223', r.origin, { ingress: r.ingress, count: hs.length, target, max }, { target });
                tooMany.add(r.ingress);
            }
            else if (hs.length)
                r.responseHeaders = hs;
        }
}
