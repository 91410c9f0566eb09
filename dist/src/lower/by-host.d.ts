import type { IngressModel } from '../validate/model.js';
/**
 * Ingresses by the hosts their rules name, in input order, each once per host: "*" for a rule
 * without host, as vhosts name it; other hosts lower-cased.
 */
export declare function ingressesByHost(ingresses: readonly IngressModel[]): Map<string, IngressModel[]>;
