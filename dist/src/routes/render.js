import { errorLines } from './errors.js';
/** How a route matches, in the words of docs/ir-v2.md. */
const matchWord = (m) => (m === 'RegularExpression' ? 'Regex' : m);
const loc = (o) => (o ? `${o.file}:${o.line}` : '');
/** `ingressc routes`: an aligned table, one row per route, fallback and default backend. */
export function renderRoutesTable(rows) {
    const head = ['HOST', 'PATH', 'MATCH', 'BACKEND', 'TLS', 'SOURCE'];
    const body = rows.map((r) => [
        r.hostKind === 'default' ? '(any other host)' : r.host,
        r.match === 'Fallback' || r.match === 'Default' || r.match === 'Passthrough' ? '*' : r.path,
        matchCell(r),
        r.canary ? `${r.backend}, canary ${r.canary.backend} (${canaryRule(r.canary)})` : r.backend,
        r.tls === 'none' ? '-' : r.tls === 'passthrough' ? 'passthrough (SNI)' : r.tls === 'redirect' ? `${r.certificate ?? 'default cert'} (redirect)` : (r.certificate ?? 'default cert'),
        loc(r.origin),
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
    const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
    return [line(head), ...body.map(line)].join('\n') + '\n';
}
function matchCell(r) {
    if (r.match === 'Fallback' || r.match === 'Default')
        return 'default backend';
    if (r.match === 'Passthrough')
        return 'ssl-passthrough';
    return r.match !== r.pathType && r.pathType !== undefined ? `${matchWord(r.match)} (${r.pathType})` : r.match;
}
/** "affinity cookie .., header X (always/never), cookie ck, weight 20/100": a canary's rules in ingress-nginx's order. */
function canaryRule(c) {
    const parts = [];
    if (c.affinity?.main !== undefined)
        parts.push(`affinity cookie ${c.affinity.main} naming a main endpoint`);
    if (c.affinity?.canary !== undefined)
        parts.push(`affinity cookie ${c.affinity.canary} naming a canary endpoint`);
    if (c.header)
        parts.push(`header ${c.header.name}${c.header.value !== undefined ? ` = ${c.header.value}` : c.header.pattern !== undefined ? ` ~ ${c.header.pattern}` : ' always/never'}`);
    if (c.cookie !== undefined)
        parts.push(`cookie ${c.cookie} always/never`);
    parts.push(`weight ${c.weight}/${c.weightTotal}`);
    return parts.join(', then ');
}
export function renderRoutesJson(rows) {
    return JSON.stringify({ format: 'ingressc-routes', version: 1, routes: rows.map(jsonRow) }, null, 2) + '\n';
}
function jsonRow(r) {
    return {
        host: r.host,
        hostKind: r.hostKind,
        path: r.path,
        match: r.match,
        ...(r.pathType ? { pathType: r.pathType } : {}),
        backend: r.backend,
        upstream: r.upstream,
        tls: r.tls,
        ...(r.certificate ? { certificate: r.certificate } : {}),
        ...(r.ingress ? { ingress: r.ingress } : {}),
        ...(r.canary ? { canary: r.canary } : {}),
        ...(r.origin ? { file: r.origin.file, line: r.origin.line, col: r.origin.col } : {}),
    };
}
/** `ingressc match`: the answer first, then why. */
export function renderMatchText(m) {
    if (!m.ok || !m.request || !m.answer)
        return '';
    const out = [];
    const req = m.request;
    out.push(`request: ${req.scheme} Host ${JSON.stringify(req.hostHeader)} path ${req.path}`);
    if (req.droppedHeaders)
        out.push(`dropped: ${req.droppedHeaders.join(', ')} (names ingress-nginx refuses, ignore-invalid-headers and enable-underscores-in-headers: nothing reads them, the backend does not get them)`);
    const a = m.answer;
    if (a.kind === 'bad-request') {
        out.push(`answer:  400 from the proxy: ${a.reason}`);
        out.push('why:');
        out.push('  path    every target refuses it before routing (request normalisation, README "Semantics")');
        return out.join('\n') + '\n';
    }
    if (req.normalizedPath !== undefined && req.normalizedPath !== req.path.split('?', 1)[0])
        out.push(`routed:  as ${req.normalizedPath} (request normalisation; the backend receives the path as sent)`);
    if (a.kind === 'backend' && m.cors?.preflight)
        out.push(`answer:  204 from the proxy (a CORS preflight; the route's backend ${a.backend} is not called)`);
    else if (a.kind === 'backend')
        out.push(`answer:  ${a.backend} (upstream ${a.upstream})`);
    else if (a.kind === 'redirect')
        out.push(`answer:  308 redirect to ${a.location}`);
    else
        out.push('answer:  404 from the proxy (no route, no fallback, no default backend)');
    out.push('why:');
    switch (m.hostClass) {
        case 'exact':
            out.push(`  host    "${req.host}" matches the exact host ${m.vhost} (exact hosts come first)`);
            break;
        case 'wildcard':
            out.push(`  host    "${req.host}" matches the wildcard ${m.vhost} (one label; no exact host "${req.host}")`);
            break;
        case 'any':
            out.push(`  host    "${req.host}" matches no exact or wildcard host: the rules without host apply`);
            break;
        default:
            out.push(`  host    "${req.host}" matches no host and there are no rules without host`);
    }
    for (const w of m.wildcardMisses)
        out.push(`  note    ${w} does not match "${req.host}": a wildcard covers exactly one label`);
    if (m.route) {
        const r = m.route;
        const it = r.match === r.pathType ? r.match : `${matchWord(r.match)} (${r.pathType})`;
        const how = r.match === 'Exact'
            ? 'equals the path'
            : r.match === 'RegularExpression'
                ? `is ingress-nginx's regex mode: the case-insensitive regex ^${r.path} is the first of the host's regexes (longest first) to match`
                : r.path === '/'
                    ? 'matches every path'
                    : r.match === 'StringPrefix'
                        ? `is a plain string prefix of the path, as ingress-nginx reads ImplementationSpecific (--path-semantics spec reads it element-wise)`
                        : r.pathType === 'ImplementationSpecific'
                            ? `matches ${r.path} and ${r.path}/… element-wise (the spec reading of ImplementationSpecific)`
                            : `matches ${r.path} and ${r.path}/… element-wise`;
        out.push(`  path    ${it} ${r.path} ${how} (Ingress ${r.ingress}, ${loc(r.origin)})`);
        if (r.rewrittenPath !== undefined)
            out.push(`  rewrite the upstream receives ${r.rewrittenPath} (rewrite-target)`);
        for (const h of r.setHeaders ?? [])
            out.push(`  header  ${h.name}: ${h.value}`);
        for (const a of r.access ?? [])
            out.push(`  access  ${a}`);
        // Upstream ids are "<namespace>_<service>_<port>" ('_' occurs in none of the parts).
        out.push(...errorLines(r.errors, r.responseRewrites, (id) => id.replace(/^([^_]*)_([^_]*)_/, '$1/$2:')));
        if (r.limits)
            out.push(`  limits  ${limitText(r.limits)}`);
        if (r.mirror)
            out.push(`  mirror  a copy goes to ${r.mirror.url} (Host ${r.mirror.hostHeader}, ${r.mirror.body ? 'with' : 'without'} the body); its answer is dropped (mirror-target)`);
        for (const c of m.candidates) {
            const why = c.lostBecause === 'exact-beats-prefix' ? 'Exact beats Prefix at equal length' : c.lostBecause === 'earlier-regex-wins' ? 'an earlier regex (longer path text) wins' : 'the longest path wins';
            out.push(`  lost    ${c.match} ${c.path} → ${c.backend} also matches; ${why} (${loc(c.origin)})`);
        }
    }
    else if (m.via === 'passthrough' && m.passthrough)
        out.push(`  tls     ssl-passthrough (Ingress ${m.passthrough.ingress}, ${loc(m.passthrough.origin)}): a TLS connection with SNI "${req.host}" goes undecrypted to the backend, which terminates TLS; no path, route or annotation applies (plain HTTP is routed by path)`);
    else if (m.via === 'vhost-fallback')
        out.push(`  path    no route of ${m.vhost} matches: the host's default backend answers`);
    else if (m.via === 'default-backend')
        out.push('  path    no host matched: the global default backend answers');
    else if (m.via === 'not-found' && m.vhost)
        out.push(`  path    no route of ${m.vhost} matches and it has no default backend (no fall-through to other hosts)`);
    const c = m.canary;
    if (c?.decidedBy === 'weight' && c.split)
        out.push(`  canary  ${c.ingress}: no header or cookie decides; by weight ${c.split.map((s) => `${s.weight} → ${s.backend}`).join(', ')} (the answer above is the main backend)`);
    else if (c)
        out.push(`  canary  ${c.ingress}: the ${c.decidedBy} sends it to the ${c.toCanary ? 'canary' : 'main'} backend`);
    if (c?.affinityCookies)
        out.push(`  canary  the request carries the affinity cookie ${c.affinityCookies.join(', ')}: a value naming an endpoint of the main or the canary Service keeps it there before the rules above (the value is not judged here)`);
    if (a.kind === 'redirect')
        out.push(`  tls     ${m.vhost} has a TLS section: plain HTTP is redirected to HTTPS (--no-ssl-redirect turns this off)`);
    if (m.cors?.preflight)
        out.push('  cors    an OPTIONS request the CORS policy matches: the proxy answers 204 itself, the backend is not called');
    if (m.cors)
        for (const h of m.cors.headers)
            out.push(`  cors    response header ${h.name}: ${h.value}`);
    if (m.affinity)
        out.push(`  cookie  ${m.affinity.cookie}: ${m.affinity.sets ? 'the response sets it (session affinity: later requests with it stay on one endpoint)' : 'sent: the endpoint it names serves the request while it exists'}`);
    if (m.balance)
        out.push(`  balance ${m.balance.algorithm === 'hash' ? `hash of ${JSON.stringify(m.balance.key)}: requests with the same key go to the same ${m.balance.subsetSize !== undefined ? `group of ${m.balance.subsetSize} endpoints` : 'endpoint'}` : 'by load (ewma): the endpoint with the least work'}`);
    if (m.clientAuth)
        out.push(`  mtls    ${clientAuthText(m.clientAuth)}`);
    return out.join('\n') + '\n';
}
export function renderMatchJson(m) {
    const { ok, diagnostics: _d, ...rest } = m;
    return JSON.stringify({ format: 'ingressc-match', version: 1, ok, ...rest }, null, 2) + '\n';
}
/** Request limits in words (per client address, shared by the Ingress's routes; excess: 503). */
function limitText(l) {
    const parts = [
        ...(l.connections !== undefined ? [`${l.connections} request(s) in progress`] : []),
        ...(l.perMinute ? [`${l.perMinute.rate}/min (burst ${l.perMinute.burst})`] : []),
        ...(l.perSecond ? [`${l.perSecond.rate}/s (burst ${l.perSecond.burst})`] : []),
    ];
    return `${parts.join(', ')} per client address, counted for all routes of Ingress ${l.key}; beyond: 503${l.exempt?.length ? `; exempt: ${l.exempt.join(', ')}` : ''}`;
}
/** Client-certificate requirements in words. */
function clientAuthText(c) {
    const verify = c.verify === 'on' ? 'a client certificate is required' : c.verify === 'optional' ? 'a client certificate is verified when sent' : 'a client certificate is accepted unverified';
    return `${verify} (CA ${c.caId}, depth ${c.depth}; decided by Ingress ${c.ingress})${c.matchCN !== undefined ? `; subject must match ${c.matchCN}` : ''}${c.errorPage !== undefined ? `; failures go to ${c.errorPage}` : ''}`;
}
