import type { IngressClassModel, IngressModel } from '../validate/model.js';
export declare const INGRESS_NGINX_CONTROLLER = "k8s.io/ingress-nginx";
/**
 * Is this Ingress served by ingress-nginx (so its ImplementationSpecific paths are nginx string
 * prefixes)? Its class names an IngressClass of the inputs whose controller is ingress-nginx's;
 * or, with no such IngressClass in the inputs, the class is "nginx" (ingress-nginx's default
 * class name); or it has no class and the one default IngressClass is ingress-nginx's, or there
 * is no default IngressClass in the inputs and the Ingress carries nginx.ingress.kubernetes.io/
 * annotations (an Ingress written for ingress-nginx before IngressClasses).
 */
export declare function servedByIngressNginx(ing: IngressModel, classes: readonly IngressClassModel[]): boolean;
/** The glob controller serving this Ingress, if any. */
export declare function globController(ing: IngressModel, classes: readonly IngressClassModel[]): string | undefined;
