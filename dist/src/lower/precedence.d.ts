import type { IngressModel } from '../validate/model.js';
/**
 * Which Ingress wins a conflict: the oldest creationTimestamp, then (as ingress-nginx's
 * sortIngressSlice does) namespace/name in descending order, then input order for two copies of
 * the same object. Never input order first, so shuffled inputs compile to the same bytes.
 */
export declare function compareIngressPrecedence(a: IngressModel, b: IngressModel): number;
export declare function describePrecedence(winner: IngressModel, loser: IngressModel): string;
