import type { SourceRef } from '../diagnostics/types.js';
import type { RoutePolicies } from '../ir/types.js';
import type { AnnotationUse, UpstreamSettings } from '../providers/ingress-nginx/read.js';
import type { PathAnnotations } from '../providers/ingress-nginx/paths.js';
import type { AnnotationFeatures } from '../providers/ingress-nginx/families/reader.js';

/** Validated, version-normalised Ingress (v1 shape); what lowering may rely on. */
export interface IngressModel {
  namespace: string;
  name: string;
  /** "namespace/name" */
  id: string;
  ref: SourceRef;
  creationTimestamp?: string;
  order: number;
  className?: string;
  annotations: Record<string, string>;
  defaultBackend?: BackendModel;
  rules: RuleModel[];
  tls: TlsModel[];
  /** nginx.ingress.kubernetes.io/ssl-redirect (default true). */
  sslRedirect: boolean;
  /** Per-location policies every path of this Ingress carries (lowering copies them to its routes). */
  policies?: RoutePolicies;
  /** use-regex, rewrite-target, x-forwarded-prefix. */
  paths: PathAnnotations;
  /** upstream-vhost and proxy-*-timeout values (lowering applies those the target honours). */
  upstream: UpstreamSettings;
  /** Annotation families read through src/providers/ingress-nginx/families/ (lowering decides what they mean). */
  features: AnnotationFeatures;
  /** Annotations whose effect depends on the target (lower/annotation-support.ts decides). */
  annotationUses: AnnotationUse[];
}

export type PathType = 'Exact' | 'Prefix' | 'ImplementationSpecific';

export interface BackendModel {
  service: string;
  port: number | string;
  ref: SourceRef;
}

export interface PathModel {
  /** Empty ImplementationSpecific paths are already "/" here. */
  path: string;
  pathType: PathType;
  backend: BackendModel;
  ref: SourceRef;
  /** The path value itself (the item when the path is absent). */
  pathRef: SourceRef;
}

export interface RuleModel {
  /** Lowercase; "" for rules without host. */
  host: string;
  ref: SourceRef;
  paths: PathModel[];
}

export interface TlsModel {
  hosts: { host: string; ref: SourceRef }[];
  secretName?: string;
  ref: SourceRef;
}

export interface ServiceModel {
  namespace: string;
  name: string;
  ports: { name: string; port: number }[];
  /** type ExternalName: the DNS name the Service stands for (no trailing dot). */
  externalName?: string;
  /** spec.clusterIP as written ("None" for a headless Service); service-upstream proxies to it. */
  clusterIP?: string;
  ref: SourceRef;
}

export interface SecretModel {
  namespace: string;
  name: string;
  certPem: string;
  keyPem: string;
  ref: SourceRef;
}

/**
 * A Secret of any type as proxy-ssl-secret reads it (src/validate/backend-secrets.ts): the CA
 * bundle ca.crt and the client pair tls.crt/tls.key, each kept only when it passed its checks;
 * `problems` says what was refused (lowering reports it where the Secret is named).
 */
export interface BackendSecretModel {
  namespace: string;
  name: string;
  caPem?: string;
  certPem?: string;
  keyPem?: string;
  problems: string[];
  ref: SourceRef;
}

export interface EndpointSliceModel {
  namespace: string;
  service: string;
  addresses: string[];
  ports: { name: string; port: number }[];
  ref: SourceRef;
}

export interface IngressClassModel {
  name: string;
  /** spec.controller, e.g. "k8s.io/ingress-nginx". */
  controller?: string;
  isDefault: boolean;
  ref: SourceRef;
}

export interface Inventory {
  ingresses: IngressModel[];
  services: ServiceModel[];
  secrets: SecretModel[];
  slices: EndpointSliceModel[];
  classes: IngressClassModel[];
  /** "namespace/name" of TLS Secrets in the inputs that failed validation (their own error says why). */
  rejectedSecrets?: Set<string>;
  /** Every Secret with ca.crt or tls.crt, whatever its type (proxy-ssl-secret). */
  backendSecrets?: BackendSecretModel[];
  /** CA bundles from --certs files (<id>.ca.crt), by certificate id. */
  caFiles?: ReadonlyMap<string, string>;
  /** Secrets with a "ca.crt" key (auth-tls-secret), any type. */
  caSecrets?: import('./ca-secret.js').CaSecretModel[];
  /** Secrets of other types than kubernetes.io/tls, by their data keys (basic-auth htpasswd files and maps). */
  dataSecrets?: import('./data-secrets.js').DataSecretModel[];
  /** Certificates from --certs files, by certificate id ("<namespace>-<secret>"). */
  certFiles?: ReadonlyMap<string, { certPem: string; keyPem: string }>;
  /** ConfigMaps of the inputs other than the controller's (custom-headers, add-headers, proxy-set-headers). */
  configMaps?: import('./config-maps.js').ConfigMapModel[];
  /** The ingress-nginx controller ConfigMap (--controller-config): global defaults of annotations. */
  controllerConfig?: import('../providers/ingress-nginx/configmap/read.js').ControllerConfig;
}
