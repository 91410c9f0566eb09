import type { IngressClassModel, IngressModel } from '../validate/model.js';

export const INGRESS_NGINX_CONTROLLER = 'k8s.io/ingress-nginx';

/**
 * Is this Ingress served by ingress-nginx (so its ImplementationSpecific paths are nginx string
 * prefixes)? Its class names an IngressClass of the inputs whose controller is ingress-nginx's;
 * or, with no such IngressClass in the inputs, the class is "nginx" (ingress-nginx's default
 * class name); or it has no class and the one default IngressClass is ingress-nginx's, or there
 * is no default IngressClass in the inputs and the Ingress carries nginx.ingress.kubernetes.io/
 * annotations (an Ingress written for ingress-nginx before IngressClasses).
 */
export function servedByIngressNginx(ing: IngressModel, classes: readonly IngressClassModel[]): boolean {
  if (ing.className !== undefined) {
    const cls = classes.find((c) => c.name === ing.className);
    return cls ? cls.controller === INGRESS_NGINX_CONTROLLER : ing.className === 'nginx';
  }
  const defaults = classes.filter((c) => c.isDefault);
  if (defaults.length === 1) return defaults[0]!.controller === INGRESS_NGINX_CONTROLLER;
  return defaults.length === 0 && Object.keys(ing.annotations).some((k) => k.startsWith('nginx.ingress.kubernetes.io/'));
}

/** Controllers whose ImplementationSpecific paths are globs (`/*`), by class name or controller. */
const GLOB_CONTROLLERS: readonly { classes: readonly string[]; controller: string; name: string }[] = [
  { classes: ['alb'], controller: 'ingress.k8s.aws/alb', name: 'AWS Load Balancer Controller' },
  { classes: ['gce', 'gce-internal'], controller: 'networking.gke.io/ingress-gce', name: 'GKE Ingress (ingress-gce)' },
  { classes: ['azure-application-gateway', 'azure/application-gateway'], controller: 'azure/application-gateway', name: 'Azure Application Gateway Ingress Controller' },
];

/** The glob controller serving this Ingress, if any. */
export function globController(ing: IngressModel, classes: readonly IngressClassModel[]): string | undefined {
  const cls = ing.className ?? classes.find((c) => c.isDefault)?.name;
  if (cls === undefined) return undefined;
  const controller = classes.find((c) => c.name === cls)?.controller;
  return GLOB_CONTROLLERS.find((g) => (controller !== undefined ? g.controller === controller : g.classes.includes(cls)))?.name;
}
