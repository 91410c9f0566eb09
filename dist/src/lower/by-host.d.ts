import type { IngressModel } from '../validate/model.js';
/** The vhost name of a rule's host: "*" for a rule without host, as vhosts name it; other hosts lower-cased. */
export declare const vhostName: (host: string) => string;
/** The vhost names of an Ingress's rules, each once, in rule order. */
export declare const ruleVhosts: (ing: Pick<IngressModel, 'rules'>) => string[];
/**
 * Ingresses by the hosts their rules name, in input order, each once per host: "*" for a rule
 * without host, as vhosts name it; other hosts lower-cased.
 */
export declare function ingressesByHost(ingresses: readonly IngressModel[]): Map<string, IngressModel[]>;
