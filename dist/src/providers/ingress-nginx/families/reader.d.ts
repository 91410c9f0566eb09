import type { Code } from '../../../diagnostics/codes.js';
/**
 * One annotation family's reader: parses the values of its keys (already known, snippet-free,
 * control-character-free; booleans already checked as Go booleans) into typed settings on
 * `AnnotationFeatures`. Returns what is wrong with a value (located at the key by read.ts, under
 * IC2081 unless `code` says otherwise); a rejected value is not recorded as a use.
 */
export interface FamilyReader {
    /** ingress-nginx keys without the prefix. */
    keys: readonly string[];
    read(name: string, value: string, into: AnnotationFeatures, all: Readonly<Record<string, string>>): FamilyProblem | undefined;
    /** Whether a valid value changes nothing (a switch set to off); a target then has nothing to honour or refuse. */
    inert?(name: string, value: string): boolean;
}
export interface FamilyProblem {
    detail: string;
    code?: Code;
}
/**
 * Typed settings of the annotation families read through FamilyReader (one optional field per
 * family, its type declared in the family's own file). Lowering turns them into IR features.
 */
export interface AnnotationFeatures {
    redirects?: import('./redirects.js').RedirectSettings;
    backend?: import('./backends.js').BackendSettings;
    canary?: import('./canary.js').CanarySettings;
    auth?: import('./auth.js').AuthSettings;
    traffic?: import('./traffic.js').TrafficSettings;
    limits?: import('./limits.js').LimitSettings;
    clientCert?: import('./clientcert.js').ClientCertSettings;
    errors?: import('./errors.js').ErrorSettings;
    passthrough?: import('./passthrough.js').PassthroughSettings;
    upstreamTuning?: import('./upstream-tuning.js').UpstreamTuningSettings;
    loadBalancing?: import('./load-balancing.js').LoadBalancingSettings;
    headers?: import('./headers.js').HeaderSettings;
    tlsCiphers?: import('./tls-ciphers.js').TlsCipherSettings;
    mirror?: import('./mirror.js').MirrorSettings;
}
