export function canaryRules(matches, action, c) {
    if (c.cookie !== undefined || c.header?.pattern !== undefined)
        throw new Error('gateway-api: canary cookie or header pattern reached the emitter (support rows must refuse it)');
    const rules = [];
    const withHeader = (value) => matches.map((m) => ({ ...m, headers: [{ type: 'Exact', name: c.header.name, value }] }));
    if (c.header) {
        rules.push({ matches: withHeader(c.header.value ?? 'always'), action: { ...action, upstream: c.upstream } });
        if (c.header.value === undefined)
            rules.push({ matches: withHeader('never'), action });
    }
    if (c.weight === c.weightTotal)
        rules.push({ matches, action: { ...action, upstream: c.upstream } });
    else if (c.weight === 0)
        rules.push({ matches, action });
    else
        rules.push({ matches, action: { ...action, split: { main: c.weightTotal - c.weight, upstream: c.upstream, canary: c.weight } } });
    return rules;
}
