/** The vhost name of a rule's host: "*" for a rule without host, as vhosts name it; other hosts lower-cased. */
export const vhostName = (host) => (host === '' ? '*' : host.toLowerCase());
/** The vhost names of an Ingress's rules, each once, in rule order. */
export const ruleVhosts = (ing) => [...new Set(ing.rules.map((r) => vhostName(r.host)))];
/**
 * Ingresses by the hosts their rules name, in input order, each once per host: "*" for a rule
 * without host, as vhosts name it; other hosts lower-cased.
 */
export function ingressesByHost(ingresses) {
    const out = new Map();
    for (const ing of ingresses)
        for (const host of ruleVhosts(ing)) {
            const list = out.get(host);
            if (list)
                list.push(ing);
            else
                out.set(host, [ing]);
        }
    return out;
}
