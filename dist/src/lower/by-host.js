/**
 * Ingresses by the hosts their rules name, in input order, each once per host: "*" for a rule
 * without host, as vhosts name it; other hosts lower-cased.
 */
export function ingressesByHost(ingresses) {
    const out = new Map();
    for (const ing of ingresses)
        for (const host of new Set(ing.rules.map((r) => (r.host === '' ? '*' : r.host.toLowerCase())))) {
            const list = out.get(host);
            if (list)
                list.push(ing);
            else
                out.set(host, [ing]);
        }
    return out;
}
