import type { IngressModel } from '../validate/model.js';
/**
 * Which Ingress wins a conflict: the oldest creationTimestamp (an absent one is Go's zero time,
 * the oldest of all, as in ingress-nginx's sortIngressSlice), then namespace/name in descending
 * order, then input order for two copies of the same object. Never input order first, so
 * shuffled inputs compile to the same bytes.
 */
export declare function compareIngressPrecedence(a: IngressModel, b: IngressModel): number;
/** The rule that decided between `winner` and `loser`, in words, for IC3001 and IC3007. */
export declare function describePrecedence(winner: IngressModel, loser: IngressModel): string;
