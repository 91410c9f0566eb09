import { helpOf, titleOf } from './render-json.js';
const LEVEL = { error: 'error', warning: 'warning', info: 'note' };
export function toSarif(ds, opts = {}) {
    const located = ds.filter((d) => d.loc);
    const unlocated = ds.filter((d) => !d.loc);
    const ruleIds = [...new Set(located.map((d) => d.code))].sort();
    const sevOf = (code) => located.find((d) => d.code === code).severity;
    const rules = ruleIds.map((id) => {
        const title = titleOf(id);
        const help = helpOf(id);
        return {
            id,
            name: ruleName(title),
            shortDescription: { text: title },
            fullDescription: { text: `${id}: ${title}.` },
            help: { text: help ?? `${id} (${title}). Every ingressc code is listed in src/diagnostics/codes.ts; run "ingressc lint" locally for a code frame.` },
            defaultConfiguration: { level: LEVEL[sevOf(id)] },
            properties: { tags: ['kubernetes', 'ingress'] },
        };
    });
    const results = located.map((d) => {
        const loc = d.loc;
        const region = { startLine: Math.max(1, loc.line), startColumn: Math.max(1, loc.col) };
        if (loc.endLine !== undefined && loc.endCol !== undefined && (loc.endLine > loc.line || (loc.endLine === loc.line && loc.endCol > loc.col))) {
            region.endLine = loc.endLine;
            region.endColumn = Math.max(1, loc.endCol);
        }
        const r = {
            ruleId: d.code,
            ruleIndex: ruleIds.indexOf(d.code),
            level: LEVEL[d.severity],
            message: { text: d.target ? `[${d.target}] ${d.message}` : d.message },
            locations: [{ physicalLocation: { artifactLocation: artifact(loc.file), region } }],
        };
        const props = {};
        if (d.field)
            props.field = d.field;
        if (d.target)
            props.target = d.target;
        if (Object.keys(props).length)
            r.properties = props;
        return r;
    });
    const driver = { name: 'ingressc', informationUri: 'https://www.npmjs.com/package/ingressc' };
    if (opts.version)
        driver.semanticVersion = opts.version;
    driver.rules = rules;
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver },
                invocations: [
                    {
                        executionSuccessful: !unlocated.some((d) => d.severity === 'error'),
                        toolExecutionNotifications: unlocated.map((d) => ({ level: LEVEL[d.severity], message: { text: d.message }, descriptor: { id: d.code } })),
                    },
                ],
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
}
export function renderSarif(ds, opts = {}) {
    return JSON.stringify(toSarif(ds, opts), null, 2) + '\n';
}
/** "host is an IP address" → "HostIsAnIpAddress" (SARIF rule names are identifiers, not sentences). */
function ruleName(title) {
    return title
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase())
        .join('');
}
/** A valid URI reference for a path: relative stays relative (to %SRCROOT%), absolute becomes file://. */
function artifact(file) {
    const p = file.replace(/\\/g, '/');
    const enc = (s) => s.split('/').map(encodeURIComponent).join('/');
    if (p.startsWith('/'))
        return { uri: `file://${enc(p)}` };
    return { uri: enc(p.replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' };
}
