import { readUrlHost, readUrlPort } from './url-host.js';
const show = (v) => JSON.stringify(v);
const MAX_TARGET = 2048;
const ORIGIN_RE = /^([Hh][Tt][Tt][Pp][Ss]?):\/\/(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::([0-9]{1,5}))?(.*)$/s;
/** Path and query characters no target quotes specially: RFC 3986 unreserved, "%XX", and . _ ~ ! * + , = : @ / ? & -. */
const TEXT_RE = /^(?:[A-Za-z0-9._~!*+,=:@/?&-]|%[0-9A-Fa-f]{2})+/;
const VARIABLE_RE = /^\$(?:\{([A-Za-z0-9_]*)\}|([A-Za-z0-9_]*))/;
const EXPECTED = 'an absolute http:// or https:// URL: a host name or IP address, an optional port, then a path starting with "/" and/or $request_uri (the only nginx variable every target sends alike), of letters, digits, "%XX" and . _ ~ ! * + , = : @ / ? & -';
/** mirror-target: the URL and its template, or what was expected. */
export function parseMirrorTarget(value) {
    const fail = (why = '') => ({ expected: `${EXPECTED}${why}, found ${show(value)}` });
    if (value.length > MAX_TARGET)
        return { expected: `${EXPECTED}, of at most ${MAX_TARGET} characters` };
    const m = ORIGIN_RE.exec(value);
    if (!m)
        return fail();
    const [, scheme, rawHost, rawPort, rest] = m;
    // A name of digits and dots that is no IPv4 address is refused (nginx would take it for one).
    const host = readUrlHost(rawHost, false);
    const port = readUrlPort(rawPort);
    if (host === undefined || port === null)
        return fail();
    // nginx's proxy_pass without a path sends the path of ingress-nginx's internal location
    // (/_mirror-<Ingress UID>), which ingressc cannot know.
    if (rest === '')
        return fail(' (without a path, ingress-nginx sends the name of its internal location, /_mirror-<Ingress UID>, as the path: give a path or $request_uri)');
    const parts = [];
    let s = rest;
    if (!s.startsWith('/') && !s.startsWith('$'))
        return fail();
    while (s !== '') {
        const t = TEXT_RE.exec(s);
        if (t) {
            const last = parts[parts.length - 1];
            if (last && 'text' in last)
                last.text += t[0];
            else
                parts.push({ text: t[0] });
            s = s.slice(t[0].length);
            continue;
        }
        const v = VARIABLE_RE.exec(s);
        if (!v)
            return fail();
        const name = v[1] ?? v[2];
        if (name !== 'request_uri')
            return fail(` (${show(`$${name}`)} is an nginx variable the other targets cannot send)`);
        parts.push({ request: 'target' });
        s = s.slice(v[0].length);
    }
    return { value: { scheme: scheme.toLowerCase(), host, ...(port !== undefined ? { port } : {}), parts } };
}
/** mirror-host: a host name or IP address, an optional port (the Host header of the copy). */
export function parseMirrorHost(value) {
    const expected = `a host name or IP address ([IPv6]), with an optional port, found ${show(value)}`;
    const m = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::([0-9]{1,5}))?$/.exec(value);
    if (!m || readUrlHost(m[1], false) === undefined || readUrlPort(m[2]) === null)
        return { expected };
    return { value };
}
/** The copy's Host header by default: the target's host without its port (ingress-nginx: url.Hostname()). */
export const defaultMirrorHost = (t) => (t.host.includes(':') ? `[${t.host}]` : t.host);
export const MIRROR_KEYS = ['mirror-target', 'mirror-host', 'mirror-request-body'];
function read(name, value, into) {
    const s = (into.mirror ??= {});
    switch (name) {
        case 'mirror-target': {
            if (value === '')
                return undefined; // ingress-nginx: no target, no mirror
            const t = parseMirrorTarget(value);
            if ('expected' in t)
                return { detail: `expected ${t.expected}` };
            s.target = t.value;
            return undefined;
        }
        case 'mirror-host': {
            if (value === '')
                return undefined;
            const h = parseMirrorHost(value);
            if ('expected' in h)
                return { detail: `expected ${h.expected}` };
            s.host = h.value;
            return undefined;
        }
        case 'mirror-request-body':
            // ingress-nginx's validator: ^(on|off)$; anything but "off" sends the body.
            if (value === '')
                return undefined;
            if (value !== 'on' && value !== 'off')
                return { detail: `expected "on" or "off", found ${show(value)}` };
            s.body = value === 'on';
            return undefined;
    }
    return undefined;
}
export const mirrorReader = {
    keys: MIRROR_KEYS,
    read,
    // "on" is the default; an empty value is "not set".
    inert: (name, value) => value === '' || (name === 'mirror-request-body' && value === 'on'),
};
