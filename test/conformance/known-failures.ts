// Scenarios allowed to fail, each with the reason it contradicts the
// networking.k8s.io/v1 Ingress spec. Keys: "<feature path>#<scenario number>"
// (SCENARIOS.md numbering), optionally prefixed with "<target>:" when only one
// target is concerned. A failure of ingressc's own semantics never goes here:
// fix the compiler instead. The conformance test asserts that the failures
// of every target equal exactly this list.
export const KNOWN_FAILURES: Readonly<Record<string, string>> = {
  // Gateway API cannot say "exactly one label": a wildcard hostname matches one or more labels
  // (HTTPRoute spec.hostnames), so baz.bar.foo.com gets *.foo.com's routes. ingressc reports it
  // (IC4502) instead of widening silently; the Ingress spec's answer (404) is not expressible.
  'gateway-api:ingress-controller-conformance/host_rules.feature#5': 'Gateway API wildcard hostnames match more than one label (IC4502)',
  // ingress-nginx's HTTPS redirect answers 308 to GET and drops the request URI's final "/"
  // (lua_ingress.lua). Traefik's file configuration answers 301 to GET (redirectScheme, IC4301);
  // a Gateway API RequestRedirect keeps the path (it changes it only to a fixed value), so "/"
  // stays in the Location (support row 'partial'). Traefik decides the redirect per host; Gateway
  // API per location (the HTTP listener's HTTPRoute redirects only the paths whose Ingress does).
  'traefik:ingress-nginx/sslredirect.feature#3': 'Traefik redirectScheme answers 301 to GET, not 308 (IC4301)',
  'traefik:ingress-nginx/sslredirect.feature#4': 'Traefik redirectScheme answers 301 to GET, not 308 (IC4301)',
  'traefik:ingress-nginx/sslredirect.feature#5': 'Traefik decides ssl-redirect per host, not per location (support row partial)',
  'traefik:ingress-nginx/sslredirect.feature#7': "Traefik's per-host HTTPS redirect comes before a route's redirectRegex (support row partial)",
  'gateway-api:ingress-nginx/sslredirect.feature#3': 'a Gateway API RequestRedirect keeps the request path: the final "/" is not dropped',
  'gateway-api:ingress-nginx/sslredirect.feature#4': 'a Gateway API RequestRedirect keeps the request path: the final "/" is not dropped',
  'traefik:ingress2gateway/paths-and-tls.feature#2': 'Traefik redirectScheme answers 301 to GET, not 308 (IC4301)',
  'gateway-api:ingress-nginx/sslredirect.feature#5': 'a Gateway API RequestRedirect keeps the request path: the final "/" is not dropped (the redirect itself is per location, as expected)',
  'gateway-api:ingress-nginx/sslredirect.feature#1': 'a Gateway API RequestRedirect keeps the request path: the final "/" is not dropped',
};

/** The documented reason when `target` may fail this scenario, else undefined. */
export function knownFailure(target: string, key: string): string | undefined {
  return KNOWN_FAILURES[`${target}:${key}`] ?? KNOWN_FAILURES[key];
}

/** Keys of the known failures that apply to `target`. */
export function knownFailureKeys(target: string, allKeys: Iterable<string>): string[] {
  return [...allKeys].filter((k) => knownFailure(target, k) !== undefined).sort();
}
