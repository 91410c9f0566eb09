import type { Severity } from './types.js';

/**
 * Every user-facing message lives here, under a stable code.
 * IC1xxx parse, IC2xxx validate, IC3xxx lower, IC4xxx emit, IC5xxx CLI/options.
 * `text` receives named arguments; call sites never compose message text themselves.
 */
export interface CodeInfo {
  severity: Severity;
  title: string;
  text: (a: Record<string, string | number>) => string;
  help?: string;
}

const v = (a: Record<string, string | number>, k: string): string => String(a[k] ?? '');
/** ": why;" when the matrix says why a target has no row, else `end`. */
const why = (a: Record<string, string | number>, end: string): string => (a['why'] ? `: ${String(a['why'])};` : end);

/**
 * The catalogue. A code is stable: once no code path reports it, it is removed and listed in
 * RETIRED_CODES, never reused (test/unit/diagnostic-codes.test.ts checks both).
 */
export const RETIRED_CODES: readonly string[] = ['IC3014', 'IC3101', 'IC4001', 'IC4030'];

export const CODES = {
  // ---- parse ----
  IC1001: { severity: 'error', title: 'YAML syntax error', text: (a) => `YAML syntax error: ${v(a, 'detail')}` },
  IC1002: { severity: 'error', title: 'document is not a mapping', text: (a) => `expected a Kubernetes object (a mapping with apiVersion and kind), found ${v(a, 'found')}` },
  IC1003: { severity: 'error', title: 'missing apiVersion or kind', text: (a) => `expected field "${v(a, 'field')}" (a string) in every Kubernetes object` },
  IC1004: { severity: 'info', title: 'kind ignored', text: (a) => `${v(a, 'kind')}${a.name ? ` ${v(a, 'name')}` : ''} ignored: ingressc reads Ingress, IngressClass, Service, Secret and EndpointSlice` },
  IC1005: { severity: 'warning', title: 'empty input', text: () => 'input contains no YAML documents' },
  IC1006: { severity: 'error', title: 'no Ingress', text: () => 'no Ingress found in the inputs: nothing to compile (check the paths, or --ingress-class)' },
  IC1007: { severity: 'error', title: 'unsupported apiVersion', text: (a) => `${v(a, 'kind')} apiVersion "${v(a, 'apiVersion')}" is not supported; expected one of ${v(a, 'expected')}` },
  IC1008: { severity: 'error', title: 'cannot read input', text: (a) => `cannot read ${v(a, 'path')}: ${v(a, 'detail')}` },
  IC1009: { severity: 'error', title: 'input too large or too deep', text: (a) => `input rejected: ${v(a, 'detail')}` },
  IC1020: { severity: 'info', title: 'kustomize patch not checked', text: (a) => `this file is a patch that ${v(a, 'kustomization')} lists (a fragment of an object, not one) and is not checked on its own: lint the build, e.g. kustomize build DIR | ingressc lint -` },
  IC1021: { severity: 'error', title: 'documents not separated', text: (a) => `"${v(a, 'key')}" appears twice in one YAML document (Map keys must be unique): separate Kubernetes objects with a line "---" (files joined with cat need one between them)` },
  IC1023: { severity: 'error', title: 'invalid certificate file', text: (a) => `certificate file ${v(a, 'path')}: ${v(a, 'detail')}` },
  IC1030: { severity: 'error', title: 'character Kubernetes reads differently', text: (a) => `${v(a, 'char')} ${v(a, 'detail')}, so ingressc cannot know what the cluster reads here; remove it, or write it escaped inside a double-quoted string (${v(a, 'escape')})` },
  IC1031: { severity: 'error', title: 'YAML directive', text: () => `%YAML and %TAG directives do not survive kubectl: it cuts files at "---" lines before parsing, so a directive is left in the piece before its document (kubectl fails: "did not find expected <document start>"); remove it` },
  IC1032: { severity: 'error', title: 'map key not a string', text: (a) => `map key ${v(a, 'key')} is ${v(a, 'found')} in Kubernetes' YAML 1.1 and cannot become a JSON key the same way; quote it` },
  IC1033: { severity: 'error', title: 'merge key after explicit keys', text: (a) => `"<<" merges ${v(a, 'keys')} over keys written before it: Kubernetes (go-yaml v2) lets the merge win, YAML says the explicit key wins; move "<<" first or drop the duplicate` },
  IC1034: { severity: 'error', title: 'explicit tag refused by Kubernetes', text: (a) => `${v(a, 'detail')} (Kubernetes' YAML reader refuses it)` },
  // ---- validate: schema ----
  IC1035: { severity: 'error', title: 'content after ---', text: () => `kubectl refuses a "---" line with anything but a comment after it ("invalid Yaml document separator"); put the content on the next line` },
  IC1036: { severity: 'error', title: 'document kubectl never reads', text: () => `this document follows "..." without its own "---": kubectl decodes each "---" piece as one YAML document, so the cluster never sees it; start it with "---"` },
  IC2001: { severity: 'error', title: 'unknown field', text: (a) => `unknown field "${v(a, 'key')}" in ${v(a, 'where')}; expected one of: ${v(a, 'expected')}` },
  IC2002: { severity: 'error', title: 'missing field', text: (a) => `missing required field "${v(a, 'key')}" in ${v(a, 'where')}` },
  IC2003: { severity: 'error', title: 'wrong type', text: (a) => `${v(a, 'field')} must be ${v(a, 'expected')}, found ${v(a, 'found')}` },
  IC2004: { severity: 'error', title: 'value not supported', text: (a) => `${v(a, 'field')} must be one of ${v(a, 'expected')}, found ${v(a, 'found')}` },
  IC2005: { severity: 'error', title: 'invalid value', text: (a) => `${v(a, 'field')}: ${v(a, 'detail')}` },
  // ---- validate: object rules ----
  IC2010: { severity: 'error', title: 'invalid object name', text: (a) => `${v(a, 'field')} "${v(a, 'value')}" must be a DNS-1123 subdomain (lowercase letters, digits, '-' and '.', at most 253 characters)` },
  IC2011: { severity: 'error', title: 'invalid namespace', text: (a) => `${v(a, 'field')} "${v(a, 'value')}" must be a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters)` },
  IC2012: { severity: 'error', title: 'empty Ingress spec', text: () => 'spec must set "defaultBackend" or a non-empty "rules"' },
  IC2013: { severity: 'error', title: 'control character', text: (a) => `${v(a, 'field')} contains a control character (newline, tab, NUL...): not allowed in any value ingressc reads` },
  IC2020: { severity: 'error', title: 'host is an IP address', text: (a) => `host "${v(a, 'value')}" must be a DNS name, not an IP address` },
  IC2021: { severity: 'error', title: 'invalid host', text: (a) => `host "${v(a, 'value')}" must be a lowercase DNS-1123 subdomain (e.g. "foo.example.com"), at most 253 characters, without a port` },
  IC2022: { severity: 'error', title: 'invalid wildcard host', text: (a) => `host "${v(a, 'value')}": a wildcard must be a whole first label followed by a DNS name, like "*.example.com"` },
  IC2030: { severity: 'error', title: 'pathType missing', text: () => 'pathType must be specified in networking.k8s.io/v1: one of Exact, Prefix, ImplementationSpecific' },
  IC2031: { severity: 'error', title: 'path not absolute', text: (a) => `path "${v(a, 'value')}" must be an absolute path starting with "/"` },
  IC2032: { severity: 'error', title: 'invalid path sequence', text: (a) => `path "${v(a, 'value')}" must not contain "${v(a, 'seq')}"` },
  IC2033: { severity: 'error', title: 'invalid path suffix', text: (a) => `path "${v(a, 'value')}" must not end with "${v(a, 'seq')}"` },
  IC2034: { severity: 'error', title: 'path characters', text: (a) => `path "${v(a, 'value')}" (${v(a, 'pathType')}) must match ^/[A-Za-z0-9._~\\-/]*$: letters, digits, ".", "_", "~", "-" and "/" only` },
  IC2035: { severity: 'error', title: 'path too long', text: (a) => `path is ${v(a, 'length')} characters long; ingressc accepts at most ${v(a, 'max')} (nginx refuses longer directive arguments)` },
  IC2040: { severity: 'error', title: 'service and resource backend', text: () => 'backend cannot set both "service" and "resource"' },
  IC2041: { severity: 'error', title: 'backend missing', text: () => 'backend needs a "service" (ingressc does not route to resource backends)' },
  IC2042: { severity: 'error', title: 'invalid service name', text: (a) => `service name "${v(a, 'value')}" must be a DNS-1035 label (lowercase letter first, then letters, digits or '-', at most 63 characters)` },
  IC2043: { severity: 'error', title: 'port name and number', text: () => 'service port cannot set both "name" and "number"' },
  IC2044: { severity: 'error', title: 'port missing', text: () => 'service port needs "name" or "number"' },
  IC2045: { severity: 'error', title: 'port out of range', text: (a) => `port number ${v(a, 'value')} must be between 1 and 65535` },
  IC2046: { severity: 'error', title: 'invalid port name', text: (a) => `port name "${v(a, 'value')}" must be an IANA service name: 1-15 of a-z, 0-9, '-', with a letter, no leading, trailing or double '-'` },
  IC2047: { severity: 'error', title: 'resource backend', text: (a) => `resource backend (${v(a, 'value')}) cannot be expressed in a proxy config; use a service backend` },
  IC2050: { severity: 'error', title: 'invalid TLS host', text: (a) => `tls host "${v(a, 'value')}" must be a DNS-1123 subdomain or a wildcard like "*.example.com"` },
  IC2051: { severity: 'error', title: 'invalid secret name', text: (a) => `secretName "${v(a, 'value')}" must be a DNS-1123 subdomain` },
  IC2060: { severity: 'error', title: 'invalid ingress class', text: (a) => `ingressClassName "${v(a, 'value')}" must be a DNS-1123 subdomain` },
  IC2061: { severity: 'error', title: 'ingress class mismatch', text: (a) => `annotation kubernetes.io/ingress.class "${v(a, 'annotation')}" must match spec.ingressClassName "${v(a, 'value')}" when both are set` },
  IC2062: { severity: 'error', title: 'invalid IngressClass', text: (a) => `IngressClass ${v(a, 'field')}: ${v(a, 'detail')}` },
  IC2070: { severity: 'error', title: 'invalid TLS Secret', text: (a) => `Secret ${v(a, 'name')}: ${v(a, 'detail')}` },
  IC2071: { severity: 'error', title: 'invalid Service', text: (a) => `Service ${v(a, 'name')}: ${v(a, 'detail')}` },
  IC2072: { severity: 'error', title: 'invalid EndpointSlice', text: (a) => `EndpointSlice ${v(a, 'name')}: ${v(a, 'detail')}` },
  IC2090: { severity: 'error', title: 'unquoted value is not a string', text: (a) => `${v(a, 'field')} must be a string, found ${v(a, 'found')}: Kubernetes reads YAML 1.1, where an unquoted ${v(a, 'why')}; quote it (${v(a, 'quoted')})` },
  IC2091: { severity: 'error', title: 'TLS key the proxies refuse', text: (a) => `Secret ${v(a, 'name')}: tls.key ${v(a, 'detail')}; nginx, HAProxy and Envoy load RSA keys of at least 2048 bits, ECDSA keys on P-256, P-384 or P-521, and Ed25519 keys, unencrypted` },
  IC2080: { severity: 'error', title: 'snippet annotation refused', text: (a) => `annotation ${v(a, 'key')} injects raw proxy configuration and is refused (ingress-nginx CVE-2021-25742); pass --allow-snippets to accept it at your own risk` },
  IC2081: { severity: 'error', title: 'invalid annotation value', text: (a) => `annotation ${v(a, 'key')}: ${v(a, 'detail')}` },
  IC2082: { severity: 'warning', title: 'snippet not emitted', text: (a) => `annotation ${v(a, 'key')} is accepted by --allow-snippets but not emitted: ingressc never copies raw proxy text into an output` },
  // ---- annotations (src/providers) ----
  IC2120: { severity: 'error', title: 'path outside the portable regex subset', text: (a) => `ImplementationSpecific path "${v(a, 'value')}" is neither a plain path (^/[A-Za-z0-9._~\\-/]*$) nor a regex in ingressc's portable subset: ${v(a, 'detail')} (character ${v(a, 'at')})`, help: 'regex paths may use literals, ".", classes [..], \\d \\w \\s, groups (..) and (?:..), |, ^, $ and the quantifiers * + ? {n,m} (optionally lazy); PCRE-only constructs have no equivalent on every target' },
  IC2101: { severity: 'error', title: 'access control not enforced', text: (a) => `annotation ${v(a, 'key')} (${v(a, 'family')}) restricts who may reach the routes of ${v(a, 'ingress')}, and ingressc cannot enforce it on ${v(a, 'target')}${why(a, ':')} the output would serve them to everyone. Compile for a target that enforces it (ingressc annotations), remove it, or pass --skip-annotation ${v(a, 'key')} to leave these routes out of the output` },
  IC2102: { severity: 'error', title: 'routing annotation not honoured', text: (a) => `annotation ${v(a, 'key')} (${v(a, 'family')}) changes how ingress-nginx routes or answers ${v(a, 'ingress')}, and ${v(a, 'target')} output cannot reproduce it${a['why'] ? `: ${v(a, 'why')};` : ` yet (ingressc annotations --target ${v(a, 'target')});`} pass --skip-annotation ${v(a, 'key')} to compile as if it were absent` },
  IC2103: { severity: 'warning', title: 'annotation has no effect on target', text: (a) => `annotation ${v(a, 'key')} (${v(a, 'family')}) is not applied on ${v(a, 'target')}${v(a, 'more')}${why(a, ':')} the proxy keeps its own default for it` },
  IC2104: { severity: 'warning', title: 'unknown annotation', text: (a) => `${v(a, 'key')} is not an annotation ingress-nginx v1.15.1 reads (check the spelling): it is not interpreted` },
  IC2105: { severity: 'warning', title: 'stale annotation', text: (a) => `${v(a, 'key')} is no longer read by ingress-nginx (${v(a, 'why')}); ingressc does not interpret it either` },
  IC2106: { severity: 'warning', title: 'another controller\'s annotation', text: (a) => `${v(a, 'key')} belongs to ${v(a, 'controller')} and is not interpreted by ingressc` },
  IC2107: { severity: 'error', title: 'another controller\'s access control', text: (a) => `${v(a, 'key')} restricts access for ${v(a, 'controller')}; ingressc does not interpret it, so ${v(a, 'target')} output would serve the routes of ${v(a, 'ingress')} to everyone. Use an ingress-nginx annotation ingressc enforces there, or pass --skip-annotation ${v(a, 'key')} to leave these routes out of the output` },
  IC2108: { severity: 'warning', title: 'routes left out (access control skipped)', text: (a) => `routes of ${v(a, 'ingress')} are left out of the ${v(a, 'target')} output: --skip-annotation ${v(a, 'key')} skips access control that ingressc cannot enforce there` },
  IC2109: { severity: 'warning', title: 'annotation skipped', text: (a) => `annotation ${v(a, 'key')} skipped by --skip-annotation: ${v(a, 'ingress')} is routed as if it were absent` },
  IC2110: { severity: 'warning', title: 'unused --skip-annotation', text: (a) => `--skip-annotation ${v(a, 'key')} matches no annotation that needed it` },
  IC2140: { severity: 'error', title: 'invalid source range', text: (a) => `annotation ${v(a, 'key')}: ${v(a, 'detail')}; ingress-nginx denies the location for such a value, and ingressc does not compile it` },
  IC2141: { severity: 'warning', title: 'alias ignored', text: (a) => `annotation ${v(a, 'key')} is ignored: nginx.ingress.kubernetes.io/allowlist-source-range is set too and takes precedence, as in ingress-nginx` },
  IC2142: { severity: 'error', title: 'invalid size', text: (a) => `annotation ${v(a, 'key')}: ${v(a, 'detail')}` },
  // ---- lower ----
  IC3001: { severity: 'warning', title: 'duplicate route', text: (a) => `${v(a, 'host')}${v(a, 'path')} (${v(a, 'pathType')}) is also defined by ${v(a, 'other')} at ${v(a, 'otherLoc')}; ${v(a, 'winner')} wins (${v(a, 'why')})` },
  IC3002: { severity: 'error', title: 'named port unresolved', text: (a) => `service port name "${v(a, 'port')}" of ${v(a, 'service')} cannot be resolved: add the Service manifest to the inputs, or use a port number` },
  IC3003: { severity: 'warning', title: 'TLS Secret not in inputs', text: (a) => `TLS Secret ${v(a, 'secret')} is not in the inputs: the config references ${v(a, 'files')}; add the kubernetes.io/tls Secret manifest to the inputs, or pass --certs DIR with ${v(a, 'id')}.crt and ${v(a, 'id')}.key in DIR` },
  IC3004: { severity: 'warning', title: 'same Prefix matcher', text: (a) => `Prefix "${v(a, 'path')}" and Prefix "${v(a, 'other')}" match the same requests on ${v(a, 'host')}; "${v(a, 'winner')}" (the longer) wins` },
  IC3005: { severity: 'warning', title: 'Exact path shadowed', text: (a) => `Exact "${v(a, 'path')}" on ${v(a, 'host')} never matches: Prefix "${v(a, 'other')}" is longer and also matches it` },
  IC3006: { severity: 'warning', title: 'conflicting host default backend', text: (a) => `host ${v(a, 'host')} takes its default backend from ${v(a, 'other')}, the first Ingress (by precedence) with a rule for it, as in ingress-nginx; the defaultBackend of ${v(a, 'ingress')} is not used for it` },
  IC3007: { severity: 'warning', title: 'several global default backends', text: (a) => `${v(a, 'ingress')} sets a rule-less defaultBackend, but ${v(a, 'other')} already provides the global default backend (${v(a, 'why')})` },
  IC3008: { severity: 'info', title: 'Ingress skipped by class', text: (a) => `Ingress ${v(a, 'ingress')} skipped: its class "${v(a, 'class')}" is not "${v(a, 'want')}"` },
  IC3009: { severity: 'error', title: 'Service port not found', text: (a) => `Service ${v(a, 'service')} has no port ${v(a, 'port')}` },
  IC3010: { severity: 'warning', title: 'EndpointSlice port ambiguous', text: (a) => `EndpointSlices of ${v(a, 'service')} have no port matching ${v(a, 'port')}; using cluster DNS instead` },
  IC3011: { severity: 'info', title: 'TLS host without rule', text: (a) => `tls host ${v(a, 'host')} has no rule: requests for it are routed like any unknown host (targets differ on which certificate they present for it)` },
  IC3012: { severity: 'warning', title: 'TLS host conflict', text: (a) => `tls host ${v(a, 'host')} already uses Secret ${v(a, 'other')} (older Ingress); Secret ${v(a, 'secret')} is not used for it` },
  IC3013: { severity: 'warning', title: 'no certificate for TLS host', text: (a) => `tls host ${v(a, 'host')} has no secretName and no certificate is in the inputs: HTTPS for it cannot be served` },
  IC3015: { severity: 'warning', title: 'unused backend override', text: (a) => `--backend ${v(a, 'value')} matches no backend of the compiled Ingresses` },
  IC3020: { severity: 'warning', title: 'defaultBackend unused for host-less rules', text: (a) => `the defaultBackend of ${v(a, 'ingress')} does not serve its host-less rule's unmatched paths: as in ingress-nginx (catch-all server "_"), requests of the host-less class that match no path go to the default backend for unknown hosts (a rule-less Ingress's defaultBackend or --default-backend), else 404` },
  IC3070: { severity: 'error', title: 'source range on a defaultBackend', text: (a) => `Ingress ${v(a, 'ingress')} restricts access (allowlist/denylist-source-range, auth-type, auth-url) and has a spec.defaultBackend: ingressc cannot yet apply the restriction to the fallback it would serve, so it refuses to serve it open. Move the backend into a rule path (path "/", pathType Prefix)` },
  IC3071: { severity: 'error', title: 'value beyond the target', text: (a) => `annotation ${v(a, 'key')}: ${v(a, 'target')} cannot express this value (${v(a, 'why')})` },
  IC3072: { severity: 'error', title: 'policy on a string-prefix or regex path', text: (a) => `path "${v(a, 'path')}" of ${v(a, 'ingress')} is a ${v(a, 'match')} route (ImplementationSpecific under ingress-nginx, or a regex host), and ingressc does not apply ${v(a, 'policies')} to such routes on ${v(a, 'target')} yet (README, "Policies on regex and string-prefix routes"): it would be served unrestricted. Use pathType Prefix or Exact, --path-semantics spec, or another target` },
  // ---- emit ----
  IC3050: { severity: 'error', title: 'regex path without regex mode', text: (a) => `path "${v(a, 'path')}" of ${v(a, 'ingress')} contains regex characters, but no Ingress of host ${v(a, 'host')} sets use-regex or rewrite-target: ingress-nginx would match it as a literal string prefix, which is almost certainly not meant`, help: 'add nginx.ingress.kubernetes.io/use-regex: "true" to the Ingress, or write a plain path' },
  IC3051: { severity: 'warning', title: 'glob path of another controller', text: (a) => `path "${v(a, 'path')}" of ${v(a, 'ingress')} is a ${v(a, 'controller')} glob (class ${v(a, 'class')}); ingressc does not read globs and leaves this path out` },
  IC3052: { severity: 'info', title: 'host in regex mode', text: (a) => `host ${v(a, 'host')} is in ingress-nginx's regex mode (${v(a, 'why')}): every path of the host, from every Ingress, is a case-insensitive regex anchored at the start, tried longest first` },
  IC4002: { severity: 'error', title: 'internal consistency check failed', text: (a) => `internal check failed for ${v(a, 'target')}: ${v(a, 'detail')} (this is a bug in ingressc, please report it)` },
  // ---- emit: traefik ----
  IC4301: { severity: 'info', title: 'Traefik redirect status', text: () => 'redirects that answer 308 (HTTPS, from-to-www, permanent-redirect-code 308) answer 301 to GET and 308 to other methods: Traefik file configuration cannot send 308 to GET (nginx does)' },
  IC4302: { severity: 'warning', title: 'certificate does not name its host', text: (a) => `tls host ${v(a, 'host')}: the certificate of Secret ${v(a, 'secret')} does not name it, and ${v(a, 'target')} picks certificates by SNI against their names: it serves another matching or the default certificate` },
  IC4303: { severity: 'error', title: 'CORS on a canary route in Traefik', text: (a) => `the route ${v(a, 'path')} of Ingress ${v(a, 'ingress')} has both CORS and a canary: Traefik's CORS routers and canary decision routers cannot be combined on one route; compile for another target or move CORS to a route without a canary` },
  IC4304: { severity: 'error', title: 'session affinity on a canary route in Traefik', text: (a) => `the route ${v(a, 'path')} of Ingress ${v(a, 'ingress')} has both cookie affinity and a canary: Traefik's sticky cookie belongs to a service, and the canary's weighted split chooses between plain services; compile for another target or drop one of them` },
  // ---- emit: gateway-api (IC45xx) ----
  IC4080: { severity: 'error', title: 'upstream Host with a port in Gateway API', text: (a) => `upstream-vhost ${v(a, 'host')} on ${v(a, 'path')}: Gateway API sets the upstream Host with a URLRewrite hostname, which takes a host name without a port; drop the port or compile for another target` },
  IC4501: { severity: 'error', title: 'Service port number unknown', text: (a) => `Gateway API backendRefs name a Service port by number, and port ${v(a, 'port')} of Service ${v(a, 'service')} is a name: add the Service manifest to the inputs (or use the port number in the Ingress)` },
  IC4502: { severity: 'warning', title: 'Gateway API wildcard matches deeper names', text: (a) => `host ${v(a, 'host')}: a Gateway API wildcard hostname matches one or more labels, an Ingress wildcard exactly one; requests for deeper names (like ${v(a, 'example')}) get this host's routes instead of ${v(a, 'instead')}` },
  IC4503: { severity: 'warning', title: 'Gateway API 404 depends on the implementation', text: (a) => `host ${v(a, 'host')} has no rule for every path and Gateway API cannot answer 404 itself: implementations that select one route set per hostname (Envoy Gateway) answer 404 as the Ingress does, but a request for an unmatched path may go to the less specific ${v(a, 'other')} on others` },
  IC4504: { severity: 'error', title: 'Gateway API limit exceeded', text: (a) => `host ${v(a, 'host')} cannot be expressed in Gateway API: ${v(a, 'detail')}` },
  IC4506: { severity: 'error', title: 'path too long for Gateway API', text: (a) => `path of ${v(a, 'length')} characters: Gateway API path matches hold at most ${v(a, 'max')}` },
  IC4505: { severity: 'info', title: 'backend overrides not in Gateway API output', text: () => 'the Gateway API output names Services, not endpoints: --backend and EndpointSlice addresses only change how ingressc itself evaluates routes' },
  IC4507: { severity: 'error', title: 'rewrite not expressible in Gateway API', text: (a) => `annotation nginx.ingress.kubernetes.io/rewrite-target ${v(a, 'target')} on path ${v(a, 'path')}: ${v(a, 'detail')}`, help: 'Gateway API rewrites the whole path (ReplaceFullPath) or the PathPrefix a rule matched (ReplacePrefixMatch): a rewrite-target without capture references, or "/$2" on a path "<prefix>(/|$)(.*)", is expressible' },
  IC4508: { severity: 'warning', title: 'RegularExpression path matches are implementation-specific', text: (a) => `host ${v(a, 'host')}: ${v(a, 'why')} become RegularExpression path matches (RE2, matched against the whole path, as Envoy Gateway does); Gateway API leaves their syntax and precedence to the implementation: the rules are listed in ingress-nginx's order and each pattern is longer than the next (Envoy Gateway ranks RegularExpression matches by length, after Exact and before PathPrefix)${v(a, 'extra')}` },
  // ---- family: redirects (IC2200–2219 provider, IC3100–3109 lower, IC4100–4109 emit) ----
  IC2200: { severity: 'error', title: 'redirect code without Location', text: (a) => `annotation ${v(a, 'key')}: ${v(a, 'detail')}` },
  IC2201: { severity: 'warning', title: 'app-root ignored', text: (a) => `annotation ${v(a, 'key')}: ${v(a, 'detail')}` },
  IC3100: { severity: 'warning', title: 'app-root of another Ingress', text: (a) => `host ${v(a, 'host')}: app-root ${v(a, 'value')} of ${v(a, 'ingress')} is not used; ${v(a, 'other')} sets app-root ${v(a, 'otherValue')} for this host first (${v(a, 'why')})` },
  IC3102: { severity: 'warning', title: 'server alias ignored', text: (a) => `server-alias ${v(a, 'alias')} of ${v(a, 'ingress')} (host ${v(a, 'host')}) is ignored: ${v(a, 'why')}, as in ingress-nginx` },
  IC3103: { severity: 'warning', title: 'from-to-www redirect not created', text: (a) => `from-to-www-redirect of ${v(a, 'ingress')}: no redirect from ${v(a, 'from')} to ${v(a, 'host')}, because a rule (or another redirect) already serves ${v(a, 'from')}, as in ingress-nginx` },

  // ---- family: backends (IC2220–2239 provider, IC3110–3119 lower, IC4110–4119 emit) ----
  IC2220: { severity: 'error', title: 'FCGI backends not supported', text: (a) => `annotation ${v(a, 'key')}: ${v(a, 'detail')}` },
  IC3110: { severity: 'error', title: 'proxy-ssl-secret not in inputs', text: (a) => `Secret ${v(a, 'secret')} (proxy-ssl-secret of ${v(a, 'ingress')}) is not in the inputs, and ingress-nginx answers 503 on these routes without it: add the Secret manifest (ca.crt, optionally tls.crt and tls.key) to the inputs, or pass --certs DIR with ${v(a, 'id')}.ca.crt in DIR` },
  IC3111: { severity: 'error', title: 'backend verification without a CA', text: (a) => `annotation ${v(a, 'key')} of ${v(a, 'ingress')} asks to verify the backend certificate, but ${v(a, 'why')}: ingress-nginx would connect without verifying; add ca.crt to the Secret named by proxy-ssl-secret (or set proxy-ssl-verify: "off" to accept any certificate knowingly)` },
  IC3112: { severity: 'warning', title: 'proxy-ssl annotation without effect', text: (a) => `annotation ${v(a, 'key')} of ${v(a, 'ingress')} has no effect: ${v(a, 'why')}` },
  IC3113: { severity: 'warning', title: 'backend certificate name is upstream_balancer', text: (a) => `${v(a, 'ingress')}: without proxy-ssl-name, ingress-nginx ${v(a, 'what')} the name "upstream_balancer" (its upstream's name), and so does ingressc; set proxy-ssl-name to the name in the backend certificate` },
  IC3114: { severity: 'warning', title: 'service-upstream decided by another Ingress', text: (a) => `service-upstream of ${v(a, 'ingress')} is not applied to Service ${v(a, 'service')}: ingress-nginx keeps one upstream per Service port, created by the first Ingress that names it (${v(a, 'other')}), which ${v(a, 'otherValue')}` },
  IC3115: { severity: 'warning', title: 'service-upstream without a ClusterIP', text: (a) => `service-upstream of ${v(a, 'ingress')}: Service ${v(a, 'service')} has no ClusterIP (${v(a, 'why')}), so ingress-nginx uses its endpoints instead, and so does ingressc` },
  IC3116: { severity: 'warning', title: 'gRPC written in lower case', text: (a) => `backend-protocol ${v(a, 'found')} of ${v(a, 'ingress')}: ingress-nginx proxies it over gRPC but writes its grpc_*_timeout and grpc_set_header lines only for "GRPC"/"GRPCS" in capitals: ${v(a, 'timeouts')}, and it sends the :authority "upstream_balancer" without X-Forwarded-* headers, where ingressc forwards the client's Host and X-Forwarded-* as for "GRPC"; write it in capitals` },
  IC3117: { severity: 'warning', title: 'proxy-ssl applied to a gRPC backend', text: (a) => `${v(a, 'ingress')}: ingress-nginx ignores the proxy-ssl-* annotations for GRPCS backends (nginx's grpc_pass reads grpc_ssl_*, so it neither verifies the backend nor sends SNI nor a client certificate); ingressc applies them, as written` },
  IC4111: { severity: 'error', title: 'canary with a backend protocol of its own', text: (a) => `${v(a, 'ingress')} splits the route ${v(a, 'path')} with a canary whose Service is reached with a backend protocol or backend TLS settings of its own, and the route's backend-protocol is ${v(a, 'protocol')}: ingress-nginx sends the canary's requests with the main location's protocol and ignores the canary Ingress's; remove the canary Ingress's backend-protocol / proxy-ssl-* annotations` },
  IC4110: { severity: 'error', title: 'backend protocol beyond Gateway API', text: (a) => `${v(a, 'what')}: ${v(a, 'detail')}` },
  IC3119: { severity: 'error', title: 'proxy-ssl-secret unusable', text: (a) => `Secret ${v(a, 'secret')} (proxy-ssl-secret of ${v(a, 'ingress')}): ${v(a, 'detail')}; ingress-nginx answers 503 on these routes` },
  IC3118: { severity: 'error', title: 'proxy-ssl-secret in another namespace', text: (a) => `proxy-ssl-secret ${v(a, 'secret')} of ${v(a, 'ingress')} is in another namespace: ingress-nginx refuses it ("cross namespace secrets are not supported") and answers 503 on these routes; use a Secret in namespace ${v(a, 'namespace')}` },

  // ---- family: canary (IC2240–2259 provider, IC3120–3129 lower, IC4120–4129 emit) ----
  IC2240: { severity: 'warning', title: 'canary setting on a non-canary Ingress', text: (a) => `annotation ${v(a, 'key')} has no effect: the Ingress does not set nginx.ingress.kubernetes.io/canary: "true" (ingress-nginx ignores every canary-* setting then, and routes this Ingress as a normal one)` },
  IC2241: { severity: 'warning', title: 'canary header setting without canary-by-header', text: (a) => `annotation ${v(a, 'key')} has no effect without nginx.ingress.kubernetes.io/canary-by-header (ingress-nginx ignores it)` },
  IC2242: { severity: 'warning', title: 'canary-by-header-pattern ignored', text: (a) => `annotation ${v(a, 'key')} has no effect: canary-by-header-value is also set, and ingress-nginx then compares the header with that value only` },
  IC2243: { severity: 'error', title: 'canary header pattern not portable', text: (a) => `annotation ${v(a, 'key')}: ${v(a, 'detail')}` },
  IC2244: { severity: 'warning', title: 'canary-weight-total below 100', text: (a) => `annotation ${v(a, 'key')}: ingress-nginx draws canary weights out of 100 when canary-weight-total is 100 or less, so ${v(a, 'value')} has no effect (weights are read out of 100)` },
  IC3120: { severity: 'warning', title: 'annotation of a canary Ingress ignored', text: (a) => `annotation ${v(a, 'key')} has no effect on the canary Ingress ${v(a, 'ingress')}: canary requests go through the main Ingress's location and get its settings (ingress-nginx honours only load-balance, upstream-hash-by and the session affinity keys on a canary)` },
  IC3121: { severity: 'warning', title: 'canary without a main Ingress', text: (a) => `canary ${v(a, 'ingress')}: no non-canary Ingress serves ${v(a, 'host')}${v(a, 'path')} (${v(a, 'pathType')}) with another Service, so this canary path has no effect (ingress-nginx drops it: a canary never creates a host or path of its own)` },
  IC3122: { severity: 'warning', title: 'second canary ignored', text: (a) => `canary ${v(a, 'ingress')} for Service ${v(a, 'primary')} is ignored: ${v(a, 'other')} is already its canary, and ingress-nginx uses only one canary per main backend` },
  IC3123: { severity: 'info', title: 'canary applies to every route of the main Service', text: (a) => `canary ${v(a, 'ingress')} also splits ${v(a, 'routes')}: ingress-nginx attaches a canary to the main Service's backend, so every path served by ${v(a, 'primary')} gets it` },
  IC3124: { severity: 'error', title: 'canary of a default backend', text: (a) => `canary ${v(a, 'ingress')} would also split ${v(a, 'where')} on ingress-nginx (a canary hangs on the main backend, wherever it serves); ingressc cannot split a default backend: give the default backend another Service, or pass --skip-annotation nginx.ingress.kubernetes.io/canary` },
  IC3125: { severity: 'error', title: 'canary defaultBackend', text: (a) => `canary ${v(a, 'ingress')} has a spec.defaultBackend: ingress-nginx would make it the canary of the catch-all backend, which ingressc cannot split; remove it from the canary Ingress` },
  IC3126: { severity: 'warning', title: 'path to a canary Service dropped', text: (a) => `path ${v(a, 'path')} of ${v(a, 'ingress')} is not served: its Service ${v(a, 'service')} is the backend of canary ${v(a, 'canary')}, and ingress-nginx gives no location to a path whose backend is a canary's` },
  IC3127: { severity: 'warning', title: 'canary without canary settings', text: (a) => `canary ${v(a, 'ingress')} has no effect: its Service ${v(a, 'service')} is also named by ${v(a, 'other')}, which comes first, and ingress-nginx keeps the canary settings of the first Ingress naming a Service port only (none, for a non-canary Ingress); the main Service still cannot take another canary` },
  IC4120: { severity: 'error', title: 'canary split to a Service without endpoints', text: (a) => `canary ${v(a, 'ingress')}: ${v(a, 'target')} cannot split requests by weight when the main or the canary Service has no ready endpoints (its weighted service needs two services); give both Services endpoints, or set canary-weight to 0 or to canary-weight-total` },
  IC4121: { severity: 'error', title: 'canary to a Service without endpoints behind a source range', text: (a) => `canary ${v(a, 'ingress')}: on ${v(a, 'target')} a route with a source range whose main or canary Service has no ready endpoints would answer 503 before refusing a client with 403; give both Services endpoints` },

  // ---- family: auth, basic and external (IC2260–2279 provider, IC3130–3139 lower, IC4130–4139 emit) ----
  IC2260: { severity: 'error', title: 'invalid authentication annotation', text: (a) => `annotation ${v(a, 'key')}: ${v(a, 'detail')}` },
  IC2261: { severity: 'error', title: 'invalid htpasswd Secret', text: (a) => `Secret ${v(a, 'name')} (auth-secret of ${v(a, 'ingress')}): ${v(a, 'detail')}; expected ${v(a, 'expected')}` },
  IC2262: { severity: 'warning', title: 'htpasswd user who cannot sign in', text: (a) => `Secret ${v(a, 'name')}, ${v(a, 'where')} (user ${v(a, 'user')}): no password hash, so this user can never sign in (as in ingress-nginx); the line is left out` },
  IC3130: { severity: 'error', title: 'authentication Secret missing', text: (a) => `annotation ${v(a, 'key')}: Secret ${v(a, 'name')} is not in the inputs (or has no usable data): add it, so that ${v(a, 'ingress')}'s routes are not compiled without their authentication (ingress-nginx answers 503 there)` },
  IC3131: { severity: 'error', title: 'basic authentication incomplete', text: (a) => `annotation ${v(a, 'key')}: ${v(a, 'detail')} (ingress-nginx denies the location: 503)` },
  IC3132: { severity: 'error', title: 'password hash the target cannot check', text: (a) => `Secret ${v(a, 'name')}, ${v(a, 'line')} (user ${v(a, 'user')}): a ${v(a, 'scheme')} hash, which ${v(a, 'target')} cannot check (it checks ${v(a, 'schemes')}); re-hash the password, or compile for another target` },
  IC3134: { severity: 'error', title: 'satisfy any with external authentication', text: (a) => `annotation ${v(a, 'key')}: ${v(a, 'target')} runs the auth-url check on its own after the other checks, so it cannot let the source ranges or the password admit a request the auth service refuses (satisfy any); use satisfy all, or compile for nginx` },
  IC3133: { severity: 'warning', title: 'authentication setting without effect', text: (a) => `annotation ${v(a, 'key')} has no effect without ${v(a, 'needs')} (as in ingress-nginx)` },

  // ---- family: traffic, CORS and affinity (IC2280–2299 provider, IC3140–3149 lower, IC4140–4149 emit) ----
  IC2280: { severity: 'warning', title: 'CORS origin entries skipped', text: (a) => `annotation ${v(a, 'key')}: entries not used, as in ingress-nginx: ${v(a, 'detail')}` },
  IC3141: { severity: 'warning', title: 'affinity through a Service DNS name', text: (a) => `${v(a, 'ingress')} asks for session affinity, but Service ${v(a, 'service')} is reached by its cluster DNS name: its ClusterIP spreads requests over the pods, so the cookie cannot keep a session on one pod. Give its endpoints (EndpointSlices in the inputs, or --backend with the pod addresses)` },
  IC4140: { severity: 'error', title: 'nginx affinity needs endpoint addresses', text: (a) => `upstream ${v(a, 'upstream')} has session affinity over several endpoints, and nginx output names each endpoint in the cookie by its address: give them as IP addresses (EndpointSlices in the inputs, or --backend with IP addresses), not DNS names` },
  IC3140: { severity: 'error', title: 'CORS or affinity on a regex path', text: (a) => `path "${v(a, 'path')}" of ${v(a, 'ingress')} is a regex route (its host uses use-regex or rewrite-target), and ingressc does not apply ${v(a, 'what')} to regex routes on ${v(a, 'target')} yet: compile without it on that host (--skip-annotation) or drop the regex annotations` },
  IC3142: { severity: 'warning', title: 'affinity on a regex path without session-cookie-path', text: (a) => `path "${v(a, 'path')}" of ${v(a, 'ingress')} is a regex route with cookie affinity and no session-cookie-path: as ingress-nginx ("session-cookie-path should be set when use-regex is true"), the cookie's Path is the regex text, which browsers compare literally, so most requests do not send the cookie back`, help: 'set nginx.ingress.kubernetes.io/session-cookie-path to the path prefix the cookie is for' },

  // ---- family: limits (IC2320–2339 provider, IC3160–3169 lower, IC4160–4169 emit) ----
  IC2320: { severity: 'error', title: 'invalid limit', text: (a) => `annotation ${v(a, 'key')}: ${v(a, 'detail')}` },
  IC2321: { severity: 'error', title: 'invalid limit-whitelist', text: (a) => `annotation ${v(a, 'key')}: ${v(a, 'detail')}; an unreadable exemption list is not compiled (it would change who is limited)` },
  IC3160: { severity: 'error', title: 'request limits on a defaultBackend', text: (a) => `Ingress ${v(a, 'ingress')} sets limit-rps, limit-rpm or limit-connections and has a spec.defaultBackend: ingressc cannot yet apply the limits to the fallback it would serve, so it refuses to serve it unlimited. Move the backend into a rule path (path "/", pathType Prefix)` },
  IC4160: { severity: 'error', title: 'request rate the target cannot refill', text: (a) => `Ingress ${v(a, 'ingress')}: ${v(a, 'key')} ${v(a, 'rate')} with a burst of ${v(a, 'burst')}: ${v(a, 'target')}'s token bucket refills in whole milliseconds, at least every 50 ms (here ${v(a, 'tokens')} requests every ${v(a, 'fill')}), more than the ${v(a, 'burst')} + 1 requests ingress-nginx admits at once, so the bucket could not hold what it refills; raise limit-burst-multiplier (at least 1), or compile for nginx` },

  // ---- family: client certificates (IC2340–2359 provider, IC3170–3179 lower, IC4170–4179 emit) ----
  IC2340: { severity: 'error', title: 'invalid client-certificate annotation', text: (a) => `annotation ${v(a, 'key')}: ${v(a, 'detail')}` },
  IC2341: { severity: 'error', title: 'invalid CA Secret', text: (a) => `Secret ${v(a, 'name')}: ${v(a, 'detail')}` },
  IC3170: { severity: 'error', title: 'client-certificate Secret not found', text: (a) => `annotation ${v(a, 'key')}: Secret ${v(a, 'secret')} with a "ca.crt" key is not in the inputs${v(a, 'why')}; ingress-nginx denies the Ingress's locations without it, and ingressc does not compile them open. Add the Secret to the inputs` },
  IC3171: { severity: 'error', title: 'client certificates on a host without TLS redirect', text: (a) => `Ingress ${v(a, 'ingress')} requires client certificates for host "${v(a, 'host')}", which ${v(a, 'why')}: plain HTTP would reach the host without a certificate. Give the host a tls section and keep ssl-redirect on` },
  IC3172: { severity: 'error', title: 'auth-tls-* without auth-tls-secret', text: (a) => `annotation ${v(a, 'key')} has no effect without auth-tls-secret (ingress-nginx ignores it): the routes of ${v(a, 'ingress')} would look protected and be open. Add auth-tls-secret or remove the annotation` },
  IC3173: { severity: 'warning', title: 'client certificates decided by another Ingress', text: (a) => `Ingress ${v(a, 'ingress')}'s auth-tls-* annotations for host "${v(a, 'host')}" have no effect: client certificates are decided per host, by ${v(a, 'other')} (the first Ingress of the host with auth-tls-secret, as ingress-nginx)` },
  IC3174: { severity: 'error', title: 'cross-namespace CA Secret', text: (a) => `annotation ${v(a, 'key')}: Secret ${v(a, 'secret')} is in another namespace than Ingress ${v(a, 'ingress')} (ingress-nginx refuses cross-namespace references unless allow-cross-namespace-resources is set)` },

  // ---- family: errors, default-backend and custom-http-errors (IC2360–2379 provider, IC3180–3189 lower, IC4180–4189 emit) ----
  IC3180: { severity: 'error', title: 'default-backend Service unusable', text: (a) => `default-backend names Service ${v(a, 'service')}, and ${v(a, 'why')}: ingress-nginx sends to the Service's first port, so ingressc needs the Service manifest among its inputs`, help: 'add the Service manifest to the inputs, or remove the annotation' },
  IC3181: { severity: 'warning', title: 'default-backend Service without endpoints', text: (a) => `default-backend Service ${v(a, 'service')} of ${v(a, 'ingress')} has no ready endpoint (EndpointSlices in the inputs): as ingress-nginx, ingressc does not use it; error pages of its routes come from ${v(a, 'global')}` },

  // ---- family: ssl-passthrough (IC2380–2399 provider, IC3190–3199 lower, IC4190–4199 emit) ----
  IC3190: { severity: 'info', title: 'ssl-passthrough host', text: (a) => `ssl-passthrough: TLS connections whose SNI is ${v(a, 'host')} go undecrypted to ${v(a, 'backend')} (the backend terminates TLS with its own certificate); ${v(a, 'ignored')}plain HTTP to the host is routed as before. ingress-nginx does this only when started with --enable-ssl-passthrough` },
  IC3191: { severity: 'error', title: 'access restriction bypassed by ssl-passthrough', text: (a) => `host ${v(a, 'host')} is passed through (ssl-passthrough, Ingress ${v(a, 'ingress')}), so TLS connections to it never reach the HTTP routes, and route ${v(a, 'path')} of Ingress ${v(a, 'route')} restricts access (${v(a, 'what')}) that would not apply to them (ingress-nginx ignores it there too)`, help: 'remove the restriction (the backend must enforce it) or the ssl-passthrough annotation' },
  IC3192: { severity: 'warning', title: 'ssl-passthrough without a "/" path', text: (a) => `host ${v(a, 'host')} has ssl-passthrough but no Prefix path "/": ingress-nginx passes TLS to the backend of its "/" location, ${v(a, 'what')}` },
  IC3193: { severity: 'warning', title: 'ssl-passthrough of a later Ingress ignored', text: (a) => `ssl-passthrough=${v(a, 'value')} of Ingress ${v(a, 'ingress')} is ignored for host ${v(a, 'host')}: as ingress-nginx, the first Ingress of the host (${v(a, 'first')}, ${v(a, 'why')}) decides, and it ${v(a, 'firstSays')}` },
  IC3194: { severity: 'warning', title: 'ssl-passthrough without effect', text: (a) => `ssl-passthrough on ${v(a, 'host')} (Ingress ${v(a, 'ingress')}) has no effect: ingress-nginx matches the SNI against exact host names only` },
  IC4190: { severity: 'error', title: 'TLS passthrough not expressible', text: (a) => `ssl-passthrough of host ${v(a, 'host')} (Ingress ${v(a, 'ingress')}) cannot be emitted for ${v(a, 'target')}: ${v(a, 'why')}` },
  // ---- family: upstream tuning (IC2400–2419 provider, IC3200–3209 lower, IC4200–4209 emit) ----
  IC2400: { severity: 'error', title: 'invalid upstream tuning value', text: (a) => `annotation ${v(a, 'key')}: ${v(a, 'detail')}` },
  IC3200: { severity: 'error', title: 'buffer sizes nginx refuses', text: (a) => `${v(a, 'what')}: ${v(a, 'detail')}; ingress-nginx's nginx refuses this configuration (its admission check rejects the Ingress), so ingressc does too`, help: 'raise proxy-buffers-number or lower proxy-busy-buffers-size / raise proxy-max-temp-file-size (see nginx proxy_busy_buffers_size, proxy_max_temp_file_size)' },
  // ---- family: controller ConfigMap (IC2300–2319 provider, IC3150–3159 lower, IC5030–5039 cli) ----
  IC2300: { severity: 'error', title: 'invalid ConfigMap value', text: (a) => `controller ConfigMap ${v(a, 'configmap')}, key ${v(a, 'key')}: ${v(a, 'detail')}` },
  IC2301: { severity: 'warning', title: 'unknown ConfigMap key', text: (a) => `controller ConfigMap key ${v(a, 'key')} is not a key ingress-nginx v1.15.1 reads${v(a, 'hint')}: it is not interpreted` },
  IC2302: { severity: 'error', title: 'snippet in the controller ConfigMap', text: (a) => `controller ConfigMap key ${v(a, 'key')} injects raw nginx configuration and is refused: ingressc cannot tell what it does (it may restrict access); pass --allow-snippets to compile without it at your own risk` },
  IC2303: { severity: 'warning', title: 'ConfigMap snippet not emitted', text: (a) => `controller ConfigMap key ${v(a, 'key')} is accepted by --allow-snippets but not emitted: ingressc never copies raw proxy text into an output` },
  IC2304: { severity: 'error', title: 'ConfigMap value not a string', text: (a) => `controller ConfigMap data ${v(a, 'key')} must be a string, found ${v(a, 'found')}: ConfigMap values are strings (kubectl refuses the object); quote it` },
  IC2305: { severity: 'error', title: 'not a controller ConfigMap', text: (a) => `--controller-config ${v(a, 'path')}: ${v(a, 'detail')}` },
  IC2306: { severity: 'info', title: 'snippet annotations allowed by the ConfigMap', text: () => `the controller ConfigMap allows *-snippet annotations: ingressc never emits raw nginx text, so an Ingress using one is still refused (IC2080) unless --allow-snippets, which compiles it without the snippet` },
  IC2307: { severity: 'error', title: 'controller ConfigMap ambiguous', text: (a) => `ConfigMap ${v(a, 'id')} is also defined at ${v(a, 'other')}: --controller-config cannot tell which one the controller reads; keep one` },
  IC3150: { severity: 'error', title: 'ConfigMap access control not enforced', text: (a) => `controller ConfigMap key ${v(a, 'key')} (${v(a, 'family')}) restricts who may reach ${v(a, 'what')}, and ingressc cannot enforce it on ${v(a, 'target')}${why(a, ':')} the output would serve them to everyone. Compile for a target that enforces it (ingressc annotations), or remove the key` },
  IC3151: { severity: 'error', title: 'ConfigMap routing key not honoured', text: (a) => `controller ConfigMap key ${v(a, 'key')} (${v(a, 'family')}) changes how ingress-nginx routes or answers requests, and ${v(a, 'target')} output cannot reproduce it${v(a, 'why')} (ingressc annotations --target ${v(a, 'target')}); remove the key, or set it to ingress-nginx's default` },
  IC3152: { severity: 'warning', title: 'ConfigMap key has no effect on target', text: (a) => `controller ConfigMap key ${v(a, 'key')} (${v(a, 'family')}) is not applied on ${v(a, 'target')}: the proxy keeps its own default for it` },
  IC3153: { severity: 'error', title: 'ConfigMap value beyond the target', text: (a) => `controller ConfigMap key ${v(a, 'key')}: ${v(a, 'target')} cannot express this value (${v(a, 'why')})` },
  IC3154: { severity: 'info', title: "ingress-nginx default not modelled", text: (a) => `the controller ConfigMap does not set ${v(a, 'key')}: ingress-nginx then applies its default ${v(a, 'value')} (${v(a, 'effect')}), which the ${v(a, 'target')} output does not apply; ${v(a, 'fix')}` },
  IC3155: { severity: 'warning', title: 'Ingress dropped by the word blocklist', text: (a) => `Ingress ${v(a, 'ingress')} is left out: annotation ${v(a, 'key')} contains "${v(a, 'word')}", a word of the controller ConfigMap's annotation-value-word-blocklist (${v(a, 'at')}), and ingress-nginx drops such an Ingress` },
  IC5030: { severity: 'error', title: 'controller ConfigMap not found', text: (a) => `--controller-config ${v(a, 'value')}: ${v(a, 'detail')}`, help: 'Pass a file holding one ConfigMap, or NAMESPACE/NAME of a ConfigMap among the inputs (kubectl get configmap -n ingress-nginx ingress-nginx-controller -o yaml).' },

  // ---- cli ----
  IC5001: { severity: 'error', title: 'invalid option', text: (a) => `invalid option ${v(a, 'option')}: ${v(a, 'detail')}` },
  IC5002: { severity: 'error', title: 'output needs a directory', text: (a) => `the ${v(a, 'target')} output has ${v(a, 'count')} files (certificates, maps...): pass --out DIR to write them` },
  IC5003: { severity: 'error', title: 'cannot write output', text: (a) => `cannot write ${v(a, 'path')}: ${v(a, 'detail')}` },
  IC5004: { severity: 'error', title: 'output path not written by ingressc', text: (a) => `--out: ${v(a, 'path')} ${v(a, 'why')}; ingressc replaces only what it wrote itself, so nothing was changed. Move it away, choose a new or empty --out directory, or pass --move-aside to have ingressc move it to a new sibling "<dir>.ingressc-kept-N" (kept, never deleted)` },
  IC5005: { severity: 'warning', title: 'output moved aside', text: (a) => `--move-aside: moved ${v(a, 'moved')} to ${v(a, 'to')} (kept, not deleted)` },
  IC5020: { severity: 'info', title: 'TLS Secret not in the inputs', text: (a) => `TLS Secret ${v(a, 'secret')} is not in the inputs (Secrets are rarely kept in git): compile needs it as a kubernetes.io/tls Secret manifest among its inputs, or as ${v(a, 'id')}.crt and ${v(a, 'id')}.key in a --certs DIR` },
  IC5021: { severity: 'info', title: 'cluster DNS backends', text: (a) => `backends are cluster DNS names (${v(a, 'example')}), which the output resolves at run time through ${v(a, 'resolver')}; outside the cluster pass --backend NS/SVC:PORT=HOST:PORT for each of them` },
  IC5022: { severity: 'error', title: 'cannot list git files', text: (a) => `--git-context: cannot list the repository's files: ${v(a, 'detail')}`, help: 'Run inside a git work tree, or drop --git-context.' },
  // ---- lint / diff / routes / match (IC51xx) ----
  IC5101: { severity: 'error', title: 'target not available', text: (a) => `target ${v(a, 'target')} is not implemented in this version of ingressc; available: ${v(a, 'available')}`, help: 'Choose one of the available targets, or drop --target.' },
  IC5102: { severity: 'error', title: 'invalid request URL', text: (a) => `cannot read the request ${JSON.stringify(v(a, 'value'))}: ${v(a, 'detail')}`, help: 'Give a URL like http://cafe.example.com/tea, or a path like /tea with --header "Host: cafe.example.com".' },
  IC5103: { severity: 'error', title: 'invalid header', text: (a) => `--header ${JSON.stringify(v(a, 'value'))}: expected "Name: value"` },
  IC5104: { severity: 'error', title: 'cannot read git revision', text: (a) => `cannot read ${v(a, 'path')} at revision ${v(a, 'ref')}: ${v(a, 'detail')}`, help: 'Check that the revision exists (git fetch it first in CI) and that the command runs inside the git work tree.' },
  IC5105: { severity: 'info', title: 'template not checked', text: () => 'this file is a template (Helm or Go, "{{ }}" markers) and is not checked: lint the rendered output, e.g. helm template . | ingressc lint -' },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;
