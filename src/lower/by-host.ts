import type { IngressModel } from '../validate/model.js';

/** The vhost name of a rule's host: "*" for a rule without host, as vhosts name it; other hosts lower-cased. */
export const vhostName = (host: string): string => (host === '' ? '*' : host.toLowerCase());

/** The vhost names of an Ingress's rules, each once, in rule order. */
export const ruleVhosts = (ing: Pick<IngressModel, 'rules'>): string[] => [...new Set(ing.rules.map((r) => vhostName(r.host)))];

/**
 * Ingresses by the hosts their rules name, in input order, each once per host: "*" for a rule
 * without host, as vhosts name it; other hosts lower-cased.
 */
export function ingressesByHost(ingresses: readonly IngressModel[]): Map<string, IngressModel[]> {
  const out = new Map<string, IngressModel[]>();
  for (const ing of ingresses)
    for (const host of ruleVhosts(ing)) {
      const list = out.get(host);
      if (list) list.push(ing);
      else out.set(host, [ing]);
    }
  return out;
}
