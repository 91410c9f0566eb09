import { parseGoBool } from '../parse-bool.js';
/**
 * The ConfigMap keys ingressc honours, each as the global default of the annotation of the same
 * name: a target honours the key where support.ts lists that annotation. lower/controller-config.ts
 * applies them (and must know every key listed here).
 */
export const HONOURED_KEYS = new Set([
    'client-body-buffer-size',
    'denylist-source-range',
    'proxy-body-size',
    'proxy-connect-timeout',
    'proxy-read-timeout',
    'proxy-send-timeout',
    'service-upstream',
    'ssl-redirect',
    'whitelist-source-range',
]);
/**
 * Keys whose non-default values change nothing ingressc emits, on every target: what ingressc
 * does already is what ingress-nginx does with that value, or stricter with a located error.
 */
export const EQUIVALENT = {
    'allow-snippet-annotations': {
        holds: () => true,
        note: 'ingressc never emits snippets: *-snippet annotations are refused unless --allow-snippets, which compiles the Ingress without them',
    },
    'annotation-value-word-blocklist': {
        holds: () => true,
        level: 'supported',
        note: 'an Ingress with a nginx.ingress.kubernetes.io/ annotation value containing a listed word is left out (warning IC3155), as ingress-nginx drops it',
    },
    'annotations-risk-level': {
        holds: (v) => v === 'Critical',
        note: 'Critical (or the default High) admits at least what ingressc admits; Medium and Low refuse annotations ingressc does not rank, a compile error',
    },
    hsts: {
        holds: (v) => parseGoBool(v) === false,
        note: 'ingressc sends no Strict-Transport-Security header on any target; ingress-nginx\'s default (hsts: "true") is not modelled',
    },
    'strict-validate-path-type': {
        holds: () => true,
        note: 'ingressc always checks Exact and Prefix paths strictly: a path only the relaxed controller accepts is a located error (IC2034), never a silent difference',
    },
};
