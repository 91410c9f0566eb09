import type { TargetName } from '../../../diagnostics/types.js';
/** A target's support of a ConfigMap key that is no annotation's default (KEY_SUPPORT). */
export interface KeyCell {
    level: 'supported' | 'partial';
    note?: string;
}
/**
 * Keys that are no annotation's default, honoured as controller-wide settings: the targets whose
 * output applies them (each with live proof in test/e2e/configmap-*.test.ts). A target not listed
 * fails by the key's kind (lower/controller-config.ts).
 */
export declare const KEY_SUPPORT: Readonly<Record<string, Partial<Record<TargetName, KeyCell>>>>;
export declare const KEY_WHY_NOT: Readonly<Record<string, Partial<Record<TargetName, string>>>>;
/**
 * The ConfigMap keys ingressc honours: the global default of the annotation of the same name (a
 * target honours the key where support.ts lists that annotation), or a controller-wide setting
 * (KEY_SUPPORT). lower/controller-config.ts applies them (and must know every key listed here).
 */
export declare const HONOURED_KEYS: ReadonlySet<string>;
/**
 * Keys whose non-default values change nothing ingressc emits, on every target: what ingressc
 * does already is what ingress-nginx does with that value, or stricter with a located error.
 */
export declare const EQUIVALENT: Readonly<Record<string, {
    holds: (value: string) => boolean;
    note: string;
    level?: 'supported';
}>>;
