/**
 * The ConfigMap keys ingressc honours, each as the global default of the annotation of the same
 * name: a target honours the key where support.ts lists that annotation. lower/controller-config.ts
 * applies them (and must know every key listed here).
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
