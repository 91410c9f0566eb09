const pick = (c, fields) => Object.fromEntries(fields.filter((f) => c[f] !== undefined).map((f) => [f, c[f]]));
const same = (a, b, fields) => fields.every((f) => a[f] === b[f]);
/** A host's settings: its own fields over the RouteTable's. */
export const hostCiphers = (ir, vh, fields) => pick({ ...ir.tlsCiphers, ...vh.tlsCiphers }, fields);
export function cipherPlan(ir, fields) {
    const any = ir.vhosts.find((v) => v.kind === 'any');
    const fallback = any ? hostCiphers(ir, any, fields) : pick(ir.tlsCiphers ?? {}, fields);
    const hosts = new Map();
    for (const vh of ir.vhosts) {
        if (vh.kind === 'any')
            continue;
        const own = hostCiphers(ir, vh, fields);
        if (!same(own, fallback, fields))
            hosts.set(vh.name, own);
    }
    return { fallback, hosts };
}
