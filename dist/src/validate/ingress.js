import { fieldName, locate } from '../parse/locate.js';
import { readAnnotations } from '../providers/ingress-nginx/read.js';
import { INVALID_PATH_SEQUENCES, INVALID_PATH_SUFFIXES, MAX_PATH_LENGTH, STRICT_PATH_RE, hasControlChars, isDns1035Label, isDns1123Label, isDns1123Subdomain, isIanaSvcName, isValidPortNumber, isWildcardDns1123Subdomain, looksLikeIp, } from '../util/k8s-names.js';
import { checkSchema } from './schema.js';
import { locationRegex, RegexError } from '../ir/regex.js';
import { arr, obj, str } from './shape.js';
export const INGRESS_API_VERSIONS = ['networking.k8s.io/v1', 'networking.k8s.io/v1beta1', 'extensions/v1beta1'];
const PATH_TYPES = ['Exact', 'Prefix', 'ImplementationSpecific'];
/**
 * Validates one Ingress as the API server would (semantics.md §1), plus ingressc's stricter path
 * grammar, and returns it in v1 shape. Returns undefined when it has errors.
 */
export function validateIngress(m, diags, opts) {
    const legacy = m.apiVersion !== 'networking.k8s.io/v1';
    const before = diags.errorCount();
    const at = (path, key = false) => locate(m.loc, path, { key });
    // Annotations are read even when the object fails its schema: their findings must not hide.
    const meta = obj(m.obj.metadata);
    const annotations = {};
    for (const [k, val] of Object.entries(obj(meta.annotations)))
        if (typeof val === 'string')
            annotations[k] = val;
    const ann = readAnnotations(annotations, (key) => at(['metadata', 'annotations', key], true), diags, opts);
    if (!checkSchema(m, legacy ? 'ingress-v1beta1' : 'ingress-v1', diags))
        return undefined;
    const err = (code, path, args = {}, key = false) => diags.report(code, at(path, key), args, { field: fieldName(path) });
    const spec = obj(m.obj.spec);
    const name = str(meta.name) ?? '';
    const namespace = str(meta.namespace) ?? 'default';
    if (!isDns1123Subdomain(name))
        err('IC2010', ['metadata', 'name'], { field: 'metadata.name', value: name });
    if (meta.namespace !== undefined && !isDns1123Label(namespace))
        err('IC2011', ['metadata', 'namespace'], { field: 'metadata.namespace', value: namespace });
    // Newlines and other control characters never reach an output, whatever field they are in.
    walkStrings(spec, ['spec'], (path) => err('IC2013', path, { field: fieldName(path) }));
    const rulesRaw = arr(spec.rules);
    const defaultRaw = legacy ? spec.backend : spec.defaultBackend;
    const defaultField = legacy ? 'backend' : 'defaultBackend';
    if (rulesRaw.length === 0 && defaultRaw === undefined)
        err('IC2012', ['spec']);
    const backend = (raw, path) => checkBackend(raw, path, legacy, err, at);
    const defaultBackend = defaultRaw === undefined ? undefined : backend(defaultRaw, ['spec', defaultField]);
    const rules = [];
    rulesRaw.forEach((r, i) => {
        const rule = obj(r);
        const rp = ['spec', 'rules', i];
        const host = str(rule.host) ?? '';
        if (host !== '')
            checkRuleHost(host, [...rp, 'host'], err);
        const paths = [];
        arr(obj(rule.http).paths).forEach((p, j) => {
            const pp = [...rp, 'http', 'paths', j];
            const path = checkPath(obj(p), pp, legacy, err);
            const be = backend(obj(p).backend, [...pp, 'backend']);
            // Fields named, not spread: a spread gave each of these objects a hidden class of its own (~1 KB each, issue 17).
            if (path && be)
                paths.push({ path: path.path, pathType: path.pathType, backend: be, ref: at(pp), pathRef: at(obj(p).path === undefined ? pp : [...pp, 'path']) });
        });
        rules.push({ host, ref: at(host ? [...rp, 'host'] : rp), paths });
    });
    const tls = [];
    arr(spec.tls).forEach((t, i) => {
        const tp = ['spec', 'tls', i];
        const entry = obj(t);
        const hosts = arr(entry.hosts).map((h, k) => {
            const host = String(h);
            if (!(host.includes('*') ? isWildcardDns1123Subdomain(host) : isDns1123Subdomain(host)))
                err('IC2050', [...tp, 'hosts', k], { value: host });
            return { host, ref: at([...tp, 'hosts', k]) };
        });
        const secretName = str(entry.secretName);
        if (secretName && !isDns1123Subdomain(secretName))
            err('IC2051', [...tp, 'secretName'], { value: secretName });
        tls.push({ hosts, ...(secretName ? { secretName } : {}), ref: at(tp) });
    });
    const className = str(spec.ingressClassName);
    if (className !== undefined && !isDns1123Subdomain(className))
        err('IC2060', ['spec', 'ingressClassName'], { value: className });
    const classAnnotation = annotations['kubernetes.io/ingress.class'];
    if (className !== undefined && classAnnotation !== undefined && classAnnotation !== className)
        err('IC2061', ['metadata', 'annotations', 'kubernetes.io/ingress.class'], { annotation: classAnnotation, value: className });
    if (diags.errorCount() > before)
        return undefined;
    const cls = className ?? classAnnotation;
    const ts = meta.creationTimestamp;
    return {
        namespace,
        name,
        id: `${namespace}/${name}`,
        ref: at(['metadata', 'name']),
        ...(typeof ts === 'string' && ts !== '' ? { creationTimestamp: ts } : {}),
        order: m.order,
        ...(cls !== undefined ? { className: cls } : {}),
        annotations,
        ...(defaultBackend ? { defaultBackend } : {}),
        rules,
        tls,
        sslRedirect: ann.sslRedirect,
        ...policiesOf(ann),
        paths: ann.paths,
        upstream: ann.upstream,
        features: ann.features,
        annotationUses: ann.uses,
    };
}
function checkRuleHost(host, path, err) {
    if (looksLikeIp(host))
        err('IC2020', path, { value: host });
    else if (host.includes('*')) {
        if (!isWildcardDns1123Subdomain(host))
            err('IC2022', path, { value: host });
    }
    else if (!isDns1123Subdomain(host))
        err('IC2021', path, { value: host });
}
function checkPath(p, pp, legacy, err) {
    let pathType;
    if (p.pathType === undefined) {
        if (!legacy) {
            err('IC2030', [...pp], {}, false);
            return undefined;
        }
        pathType = 'ImplementationSpecific'; // v1beta1 default (SetDefaults_HTTPIngressPath)
    }
    else if (!PATH_TYPES.includes(p.pathType)) {
        err('IC2004', [...pp, 'pathType'], { field: fieldName([...pp, 'pathType']), expected: PATH_TYPES.join(', '), found: JSON.stringify(p.pathType) });
        return undefined;
    }
    else
        pathType = p.pathType;
    const raw = str(p.path) ?? '';
    const fp = p.path === undefined ? pp : [...pp, 'path'];
    // An empty ImplementationSpecific path is the catch-all "/".
    const path = raw === '' && pathType === 'ImplementationSpecific' ? '/' : raw;
    let failed = false;
    if (!path.startsWith('/')) {
        err('IC2031', fp, { value: raw });
        failed = true;
    }
    // ImplementationSpecific is lowered as Prefix, so it gets Prefix's rules too: no `//`, `/./`, escapes.
    if (!(failed && pathType === 'ImplementationSpecific')) {
        for (const seq of INVALID_PATH_SEQUENCES)
            if (path.includes(seq)) {
                err('IC2032', fp, { value: path, seq });
                failed = true;
            }
        for (const seq of INVALID_PATH_SUFFIXES)
            if (path.endsWith(seq)) {
                err('IC2033', fp, { value: path, seq });
                failed = true;
            }
    }
    if (failed)
        return undefined;
    if (path.length > MAX_PATH_LENGTH) {
        err('IC2035', fp, { length: path.length, max: MAX_PATH_LENGTH });
        return undefined;
    }
    if (!STRICT_PATH_RE.test(path)) {
        // ImplementationSpecific may be a regex (ingress-nginx's use-regex, ALB/GCE globs): accepted
        // here when it is in the portable subset; lowering decides what it means for its host.
        if (pathType !== 'ImplementationSpecific') {
            err('IC2034', fp, { value: raw, pathType });
            return undefined;
        }
        try {
            locationRegex(path);
        }
        catch (e) {
            if (!(e instanceof RegexError))
                throw e;
            // The location regex is "^" + path: offsets count from the path's first character.
            err('IC2120', fp, { value: raw, detail: e.detail, at: e.offset });
            return undefined;
        }
    }
    return { path, pathType };
}
function checkBackend(raw, path, legacy, err, at) {
    const b = obj(raw);
    const hasResource = b.resource !== undefined;
    const svcName = legacy ? str(b.serviceName) : str(obj(b.service).name);
    const hasService = legacy ? b.serviceName !== undefined || b.servicePort !== undefined : b.service !== undefined;
    if (hasResource && hasService) {
        err('IC2040', path);
        return undefined;
    }
    if (hasResource) {
        const r = obj(b.resource);
        err('IC2047', [...path, 'resource'], { value: `${str(r.kind) ?? ''} ${str(r.name) ?? ''}`.trim() });
        return undefined;
    }
    if (!hasService) {
        err('IC2041', path);
        return undefined;
    }
    let ok = true;
    const namePath = legacy ? [...path, 'serviceName'] : [...path, 'service', 'name'];
    if (svcName === undefined) {
        err('IC2002', path, { key: legacy ? 'serviceName' : 'service.name', where: fieldName(path) });
        return undefined;
    }
    if (!isDns1035Label(svcName)) {
        err('IC2042', namePath, { value: svcName });
        ok = false;
    }
    let port;
    if (legacy) {
        const sp = b.servicePort;
        const pp = [...path, 'servicePort'];
        if (sp === undefined) {
            err('IC2044', path);
            ok = false;
        }
        else if (typeof sp === 'number') {
            if (!isValidPortNumber(sp)) {
                err('IC2045', pp, { value: sp });
                ok = false;
            }
            else
                port = sp;
        }
        else if (!isIanaSvcName(String(sp))) {
            err('IC2046', pp, { value: String(sp) });
            ok = false;
        }
        else
            port = String(sp);
    }
    else {
        const portPath = [...path, 'service', 'port'];
        const p = obj(obj(b.service).port);
        const hasNum = p.number !== undefined && p.number !== 0; // 0 means unset in the API
        const hasName = p.name !== undefined && p.name !== '';
        if (hasNum && hasName) {
            err('IC2043', portPath);
            ok = false;
        }
        else if (!hasNum && !hasName) {
            err('IC2044', obj(b.service).port === undefined ? [...path, 'service'] : portPath);
            ok = false;
        }
        else if (hasNum) {
            const n = p.number;
            if (!isValidPortNumber(n)) {
                err('IC2045', [...portPath, 'number'], { value: n });
                ok = false;
            }
            else
                port = n;
        }
        else {
            const n = String(p.name);
            if (!isIanaSvcName(n)) {
                err('IC2046', [...portPath, 'name'], { value: n });
                ok = false;
            }
            else
                port = n;
        }
    }
    if (!ok || port === undefined)
        return undefined;
    return { service: svcName, port, ref: at(path) };
}
function walkStrings(v, path, onBad) {
    if (typeof v === 'string') {
        if (hasControlChars(v))
            onBad(path);
    }
    else if (Array.isArray(v))
        v.forEach((x, i) => walkStrings(x, [...path, i], onBad));
    else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v))
            walkStrings(x, [...path, k], onBad);
}
/** The per-location settings the provider read, as the IR's route policies (absent when none). */
function policiesOf(ann) {
    const p = {
        ...(ann.sourceAllow ? { sourceAllow: ann.sourceAllow } : {}),
        ...(ann.sourceDeny ? { sourceDeny: ann.sourceDeny } : {}),
        ...(ann.maxBodyBytes !== undefined ? { maxBodyBytes: ann.maxBodyBytes } : {}),
        ...(ann.bodyBufferSize !== undefined ? { bodyBufferSize: ann.bodyBufferSize } : {}),
    };
    return Object.keys(p).length ? { policies: p } : {};
}
