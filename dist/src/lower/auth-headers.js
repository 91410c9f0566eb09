import { AUTH_HEADER_NAME } from '../providers/ingress-nginx/families/auth-values.js';
import { NGINX_PREFIX } from '../providers/ingress-nginx/read.js';
import { compareStrings } from '../util/compare.js';
/**
 * auth-proxy-set-headers: the ConfigMap whose entries ingress-nginx writes into the auth location
 * as `proxy_set_header "<name>" "<value>";` (authreq.go checks the names only; nginx expands the
 * variables in the value). ingressc's grammar for a value: literal text of printable ASCII without
 * `$ " ' \ { }` and backquote, and the variables every target can compute the same way: $remote_addr, $host,
 * $scheme, $request_uri and $http_<name> (also written ${...}). Anything else is refused.
 */
const LITERAL = /^[A-Za-z0-9 _.,:;/=+*!@#%&()[\]<>?~^|-]+/;
const VARIABLES = new Set(['remote_addr', 'host', 'scheme', 'request_uri']);
const HTTP_VAR = /^http_([a-z0-9_]{1,64})$/;
/** Headers ingress-nginx's auth location sets itself (a second one would reach the auth service twice), and hop-by-hop ones. */
const RESERVED = new Set([
    'host',
    'content-length',
    'transfer-encoding',
    'connection',
    'upgrade',
    'te',
    'trailer',
    'keep-alive',
    'proxy-connection',
    'expect',
    'x-forwarded-proto',
    'x-forwarded-for',
    'x-request-id',
    'x-original-url',
    'x-original-method',
    'x-original-uri',
    'x-scheme',
    'x-sent-from',
    'x-real-ip',
    'x-auth-request-redirect',
]);
const EXPECTED = 'a value of letters, digits, spaces and . , : ; / = + * ! @ # % & ( ) [ ] < > ? ~ ^ | - _, with the nginx variables $remote_addr, $host, $scheme, $request_uri and $http_<name> (lower case; also as ${...}) and no other';
/** One value, by the grammar above (at most 1024 characters, not empty). */
export function parseAuthHeaderValue(value) {
    const fail = { expected: `${EXPECTED}, found ${JSON.stringify(value)}` };
    if (value === '' || value.length > 1024)
        return fail;
    const parts = [];
    let rest = value;
    while (rest !== '') {
        const lit = LITERAL.exec(rest);
        if (lit) {
            parts.push({ text: lit[0] });
            rest = rest.slice(lit[0].length);
            continue;
        }
        // nginx reads "$name" as the longest run of [A-Za-z0-9_], "${name}" up to the brace.
        const v = /^\$(?:\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/.exec(rest);
        if (!v)
            return fail;
        const name = v[1] ?? v[2];
        const http = HTTP_VAR.exec(name);
        if (http)
            parts.push({ header: http[1].replace(/_/g, '-') });
        else if (VARIABLES.has(name))
            parts.push({ variable: name });
        else
            return { expected: `${EXPECTED}: nginx variable $${name} is not one of them, in ${JSON.stringify(value)}` };
        rest = rest.slice(v[0].length);
    }
    return { parts };
}
/**
 * The auth request headers of an Ingress's auth-proxy-set-headers, sorted by name; undefined after
 * a located error: the ConfigMap is not in the inputs (IC3220, at the annotation; ingress-nginx
 * answers 503 on the Ingress's paths), or an entry has a name or value ingressc refuses (IC3221,
 * at the entry).
 */
export function authRequestHeaders(ing, ref, inv, at, diags) {
    const id = `${ref.namespace}/${ref.name}`;
    const what = `${NGINX_PREFIX}auth-proxy-set-headers of Ingress ${ing.id}`;
    const cm = inv.configMaps?.find((c) => c.id === id);
    if (!cm) {
        diags.report('IC3220', at, { what, configmap: id, effect: "ingress-nginx answers 503 on the Ingress's paths" }, { field: `metadata.annotations["${NGINX_PREFIX}auth-proxy-set-headers"]` });
        return undefined;
    }
    let ok = true;
    const bad = (key, r, detail) => {
        ok = false;
        diags.report('IC3221', r, { configmap: id, what, key, detail, effect: "ingress-nginx sends it to the auth service (a name it refuses: 503 on the Ingress's paths)" }, { field: `data.${key}` });
    };
    for (const b of cm.bad)
        bad(b.key, b.ref, 'expected a string value');
    const out = [];
    for (const e of cm.data) {
        if (!AUTH_HEADER_NAME.test(e.key) || e.key.length > 128)
            bad(e.key, e.ref, 'expected a header name (letters, digits, "-" and "_")');
        else if (RESERVED.has(e.key.toLowerCase()))
            bad(e.key, e.ref, "ingress-nginx's auth request carries this header already (the auth service would get two), or it is a hop-by-hop header");
        else {
            const v = parseAuthHeaderValue(e.value);
            if ('expected' in v)
                bad(e.key, e.ref, `expected ${v.expected}`);
            else
                out.push({ name: e.key, value: v.parts });
        }
    }
    const lower = out.map((h) => h.name.toLowerCase());
    const dup = lower.find((n, i) => lower.indexOf(n) !== i);
    if (dup !== undefined)
        bad(dup, cm.ref, `two entries name the header ${JSON.stringify(dup)} (in another case): nginx would send both`);
    return ok ? out.sort((a, b) => compareStrings(a.name, b.name)) : undefined;
}
