/**
 * Every annotation ingress-nginx v1.15.1 (its final release) documents or reads, by family.
 * `kind` decides what happens when a target cannot honour a key (lower/annotation-support.ts):
 *   access   - restricts who may reach a route, or how much (every auth-* key but the external-auth cache
 *              and keepalive tuning, allow/deny list, satisfy and limit-* key): enforced, or compile
 *              fails (fail closed). Not caching auth answers, or not keeping auth connections alive,
 *              only asks the auth service more often: those keys are tuning;
 *   routing  - changes where or how a request is routed or answered: honoured, or compile fails;
 *   tuning   - proxy tuning with no effect on routing or access: a warning once per key and target;
 *   snippet  - raw nginx text: refused unless --allow-snippets (and never emitted).
 * Keep it sorted by key; `ingressc annotations` and the README's matrix are generated from it.
 */
export type AnnotationKind = 'access' | 'routing' | 'tuning' | 'snippet';
export interface AnnotationKey {
    /** The part after "nginx.ingress.kubernetes.io/". */
    key: string;
    family: string;
    kind: AnnotationKind;
    /** Go ParseBool-valued (ingress-nginx's parser.GetBoolAnnotation). */
    bool?: true;
}
export declare const NGINX_ANNOTATIONS: readonly AnnotationKey[];
/**
 * Keys older ingress-nginx releases read and v1.15.1 no longer does: the controller ignored them,
 * and so does ingressc, but a migrating user should know the setting is gone.
 */
export declare const STALE_NGINX_ANNOTATIONS: Readonly<Record<string, string>>;
