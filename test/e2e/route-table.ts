import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompileOptions, SourceFile } from '../../src/index.js';
import { repoRoot } from '../harness/proxies.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';

/**
 * The end-to-end route table every target must pass: Ingress inputs, the Services that get an
 * echo backend, and requests with what the Ingress spec says must happen. Expectations come from
 * the spec (semantics.md §2), never from what a proxy happened to do.
 */
export interface TableCase {
  name: string;
  sources: () => SourceFile[];
  /** "ns/svc:port" as written in the Ingress → echo backend service name it reports. */
  services: Record<string, string>;
  options?: Partial<CompileOptions>;
  requests: TableRequest[];
}

export interface TableRequest {
  host?: string;
  path: string;
  method?: string;
  https?: boolean;
  /** SNI; defaults to the host without port. */
  sni?: string;
  expect: Expectation;
}

export interface Expectation {
  status: number;
  /** Echo backend that must answer (omit for proxy-generated responses). */
  service?: string;
  /** Path the backend must see; defaults to the request path when `service` is set. */
  backendPath?: string;
  /** Host header the backend must see; defaults to the request's Host. */
  backendHost?: string;
  /** Redirect target must start with this (scheme + host; the runner appends the port rule). */
  location?: string;
  /** Subject CN of the certificate served over TLS. */
  certCN?: string;
}

const file = (rel: string): SourceFile => ({ path: rel, text: readFileSync(join(repoRoot(), rel), 'utf8') });
const inline = (name: string, text: string): SourceFile => ({ path: `${name}.yaml`, text });

const v1 = (name: string, spec: string, extra = ''): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
${extra}spec:
${spec}`;

const be = (svc: string, port = 80): string => `backend:
              service:
                name: ${svc}
                port:
                  number: ${port}`;

const pathEntry = (path: string, type: string, svc: string): string => `          - path: ${path}
            pathType: ${type}
            ${be(svc)}
`;

const rule = (host: string | undefined, paths: string): string => `  - ${host ? `host: ${host}\n    ` : ''}http:
      paths:
${paths}`;

/** A Service whose EndpointSlice has no ready endpoint: requests routed to it get 503. */
export const serviceWithoutEndpoints = (svc: string): string => `apiVersion: v1
kind: Service
metadata: {name: ${svc}}
spec:
  ports: [{port: 80}]
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: ${svc}-1
  labels: {kubernetes.io/service-name: ${svc}}
addressType: IPv4
ports: [{port: 8080}]
endpoints:
- addresses: ["10.255.255.1"]
  conditions: {ready: false}
`;

const tlsWildcard = (name: string, suffix: string, svc: string): SourceFile[] => [
  inline(name, v1(name, `  tls:\n  - hosts: ["*.${suffix}"]\n    secretName: ${name}-tls\n  rules:\n${rule(`"*.${suffix}"`, pathEntry('/', 'Prefix', svc))}`)),
  inline(`${name}-tls`, tlsSecretYaml(`${name}-tls`, { hosts: [`*.${suffix}`] })),
];

const cafeRequests = (): TableRequest[] => [
  { host: 'cafe.example.com', path: '/tea', https: true, expect: { status: 200, service: 'tea-svc', certCN: 'cafe.example.com' } },
  { host: 'cafe.example.com', path: '/coffee', https: true, expect: { status: 200, service: 'coffee-svc' } },
  { host: 'cafe.example.com', path: '/teapot', https: true, expect: { status: 404 } },
  { host: 'cafe.example.com', path: '/tea/green', https: true, expect: { status: 200, service: 'tea-svc', backendPath: '/tea/green' } },
  { host: 'cafe.example.com', path: '/tea/green?cup=2', https: true, expect: { status: 200, service: 'tea-svc' } },
  { host: 'cafe.example.com', path: '/tea/', https: true, expect: { status: 200, service: 'tea-svc' } },
  { host: 'cafe.example.com', path: '/', https: true, expect: { status: 404 } },
  { host: 'cafe.example.com', path: '/tea', expect: { status: 308, location: 'https://cafe.example.com' } },
  { host: 'cafe.example.com', path: '/coffee/x', expect: { status: 308, location: 'https://cafe.example.com' } },
  { host: 'CAFE.Example.COM:8443', path: '/coffee', https: true, sni: 'cafe.example.com', expect: { status: 200, service: 'coffee-svc' } },
  { host: 'other.example.com', path: '/tea', expect: { status: 404 } },
];

export const ROUTE_TABLE: TableCase[] = [
  {
    name: 'cafe example (extensions/v1beta1, serviceName/servicePort) with TLS',
    sources: () => ['fixtures/cafe/cafe-ingress.yaml', 'fixtures/cafe/cafe-services.yaml', 'fixtures/cafe/cafe-secret.yaml'].map(file),
    services: { 'default/tea-svc:80': 'tea-svc', 'default/coffee-svc:80': 'coffee-svc' },
    requests: cafeRequests(),
  },
  {
    name: 'cafe example (networking.k8s.io/v1) with TLS',
    sources: () => ['fixtures/cafe-v1/cafe-ingress.yaml', 'fixtures/cafe/cafe-services.yaml', 'fixtures/cafe/cafe-secret.yaml'].map(file),
    services: { 'default/tea-svc:80': 'tea-svc', 'default/coffee-svc:80': 'coffee-svc' },
    requests: cafeRequests(),
  },
  {
    name: 'one-label wildcard host',
    sources: () => [inline('wild', v1('wild', `  rules:\n${rule('"*.foo.com"', pathEntry('/', 'Prefix', 'wild-svc'))}${rule('bar.foo.com', pathEntry('/', 'Prefix', 'bar-svc'))}`))],
    services: { 'default/wild-svc:80': 'wild-svc', 'default/bar-svc:80': 'bar-svc' },
    requests: [
      { host: 'a.foo.com', path: '/x', expect: { status: 200, service: 'wild-svc' } },
      { host: 'A.Foo.Com:80', path: '/x', expect: { status: 200, service: 'wild-svc' } },
      { host: 'bar.foo.com', path: '/x', expect: { status: 200, service: 'bar-svc' } },
      { host: 'a.b.foo.com', path: '/x', expect: { status: 404 } },
      { host: 'foo.com', path: '/x', expect: { status: 404 } },
      { host: 'afoo.com', path: '/x', expect: { status: 404 } },
    ],
  },
  {
    name: 'wildcard does not capture deeper names: they go to the host-less rules',
    sources: () => [inline('wild-any', v1('wild-any', `  rules:\n${rule('"*.foo.com"', pathEntry('/', 'Prefix', 'wild-svc'))}${rule(undefined, pathEntry('/', 'Prefix', 'any-svc'))}`))],
    services: { 'default/wild-svc:80': 'wild-svc', 'default/any-svc:80': 'any-svc' },
    requests: [
      { host: 'a.foo.com', path: '/', expect: { status: 200, service: 'wild-svc' } },
      { host: 'a.b.foo.com', path: '/', expect: { status: 200, service: 'any-svc' } },
      { host: 'foo.com', path: '/y', expect: { status: 200, service: 'any-svc' } },
    ],
  },
  {
    name: 'a name deeper than a wildcard gets the default backend, not the wildcard\'s routes',
    sources: () => [inline('wild-default', v1('wild-default', `  rules:\n${rule('"*.foo.com"', pathEntry('/app', 'Prefix', 'app-svc'))}`))],
    options: { defaultBackend: 'default/fallback-svc:8080' },
    services: { 'default/app-svc:80': 'app-svc', 'default/fallback-svc:8080': 'fallback-svc' },
    requests: [
      { host: 'a.foo.com', path: '/app/1', expect: { status: 200, service: 'app-svc' } },
      { host: 'a.foo.com', path: '/other', expect: { status: 200, service: 'fallback-svc' } },
      { host: 'a.b.foo.com', path: '/app/1', expect: { status: 200, service: 'fallback-svc' } },
      { host: 'A.B.Foo.Com:80', path: '/app?x=1', expect: { status: 200, service: 'fallback-svc' } },
      { host: 'a.b.foo.com', path: '/app', method: 'POST', expect: { status: 200, service: 'fallback-svc' } },
      { host: 'c.b.a.foo.com', path: '/', expect: { status: 200, service: 'fallback-svc' } },
      { host: 'foo.com', path: '/app', expect: { status: 200, service: 'fallback-svc' } },
    ],
  },
  {
    name: 'nested wildcards: the longer suffix takes its one label, deeper names are unknown, exact names win',
    sources: () => [inline('nested', v1('nested', `  rules:\n${rule('"*.foo.test"', pathEntry('/', 'Prefix', 'foo-wild'))}${rule('"*.a.foo.test"', pathEntry('/', 'Prefix', 'a-wild'))}${rule('e.foo.test', pathEntry('/', 'Prefix', 'exact-svc'))}`))],
    services: { 'default/foo-wild:80': 'foo-wild', 'default/a-wild:80': 'a-wild', 'default/exact-svc:80': 'exact-svc' },
    requests: [
      { host: 'b.foo.test', path: '/', expect: { status: 200, service: 'foo-wild' } },
      { host: 'a.foo.test', path: '/x', expect: { status: 200, service: 'foo-wild' } },
      { host: 'x.a.foo.test', path: '/x', expect: { status: 200, service: 'a-wild' } },
      { host: 'y.x.a.foo.test', path: '/x', expect: { status: 404 } },
      { host: 'z.b.foo.test', path: '/x', expect: { status: 404 } },
      { host: 'e.foo.test', path: '/x', expect: { status: 200, service: 'exact-svc' } },
      { host: 'x.e.foo.test', path: '/x', expect: { status: 404 } },
      { host: 'foo.test', path: '/x', expect: { status: 404 } },
    ],
  },
  {
    name: 'TLS wildcard redirects one label only; a deeper name over HTTP gets the default backend, not a 308',
    sources: () => tlsWildcard('sec', 'sec.test', 'sec-svc'),
    options: { defaultBackend: 'default/fallback-svc:8080' },
    services: { 'default/sec-svc:80': 'sec-svc', 'default/fallback-svc:8080': 'fallback-svc' },
    requests: [
      { host: 'a.sec.test', path: '/x', expect: { status: 308, location: 'https://a.sec.test' } },
      { host: 'a.sec.test', path: '/x', https: true, expect: { status: 200, service: 'sec-svc', certCN: '*.sec.test' } },
      { host: 'a.b.sec.test', path: '/x', expect: { status: 200, service: 'fallback-svc' } },
      { host: 'a.b.sec.test', path: '/x', method: 'POST', expect: { status: 200, service: 'fallback-svc' } },
      { host: 'a.b.sec.test', path: '/x', https: true, expect: { status: 200, service: 'fallback-svc' } },
      { host: 'sec.test', path: '/x', expect: { status: 200, service: 'fallback-svc' } },
    ],
  },
  {
    name: 'TLS wildcard without a default backend: a deeper name over HTTP gets 404, not a 308',
    sources: () => tlsWildcard('sec404', 'sec404.test', 'sec-svc'),
    services: { 'default/sec-svc:80': 'sec-svc' },
    requests: [
      { host: 'a.sec404.test', path: '/x', expect: { status: 308, location: 'https://a.sec404.test' } },
      { host: 'a.sec404.test', path: '/x', https: true, expect: { status: 200, service: 'sec-svc' } },
      { host: 'a.b.sec404.test', path: '/x', expect: { status: 404 } },
      { host: 'a.b.sec404.test', path: '/x', https: true, expect: { status: 404 } },
    ],
  },
  {
    name: 'a default backend without ready endpoints: deeper names get 503 like unknown hosts',
    sources: () => [inline('wild-gone', v1('wild-gone', `  rules:\n${rule('"*.foo.com"', pathEntry('/', 'Prefix', 'wild-svc'))}`)), inline('gone', serviceWithoutEndpoints('gone-svc'))],
    options: { defaultBackend: 'default/gone-svc:80' },
    services: { 'default/wild-svc:80': 'wild-svc' },
    requests: [
      { host: 'a.foo.com', path: '/x', expect: { status: 200, service: 'wild-svc' } },
      { host: 'a.b.foo.com', path: '/x', expect: { status: 503 } },
      { host: 'unknown.test', path: '/x', expect: { status: 503 } },
    ],
  },
  {
    name: 'with host-less path rules, names deeper than a wildcard are routed by those paths',
    sources: () => [inline('wild-paths', v1('wild-paths', `  rules:\n${rule('"*.foo.com"', pathEntry('/', 'Prefix', 'wild-svc'))}${rule(undefined, pathEntry('/api', 'Prefix', 'api-svc') + pathEntry('/exact', 'Exact', 'exact-svc'))}`))],
    options: { defaultBackend: 'default/fallback-svc:8080' },
    services: { 'default/wild-svc:80': 'wild-svc', 'default/api-svc:80': 'api-svc', 'default/exact-svc:80': 'exact-svc', 'default/fallback-svc:8080': 'fallback-svc' },
    requests: [
      { host: 'a.foo.com', path: '/api', expect: { status: 200, service: 'wild-svc' } },
      { host: 'a.b.foo.com', path: '/api/v1', expect: { status: 200, service: 'api-svc' } },
      { host: 'a.b.foo.com', path: '/exact', expect: { status: 200, service: 'exact-svc' } },
      { host: 'a.b.foo.com', path: '/other', expect: { status: 200, service: 'fallback-svc' } },
      { host: 'unknown.test', path: '/api', expect: { status: 200, service: 'api-svc' } },
    ],
  },
  {
    name: 'Exact beats Prefix at equal length; Exact is exact and case-sensitive',
    sources: () => [inline('mixed', v1('mixed', `  rules:\n${rule('mixed.test', pathEntry('/foo', 'Exact', 'exact-svc') + pathEntry('/foo', 'Prefix', 'prefix-svc'))}`))],
    services: { 'default/exact-svc:80': 'exact-svc', 'default/prefix-svc:80': 'prefix-svc' },
    requests: [
      { host: 'mixed.test', path: '/foo', expect: { status: 200, service: 'exact-svc' } },
      { host: 'mixed.test', path: '/foo/', expect: { status: 200, service: 'prefix-svc' } },
      { host: 'mixed.test', path: '/foo/bar', expect: { status: 200, service: 'prefix-svc' } },
      { host: 'mixed.test', path: '/foo?q=1', expect: { status: 200, service: 'exact-svc' } },
      { host: 'mixed.test', path: '/FOO', expect: { status: 404 } },
      { host: 'mixed.test', path: '/foobar', expect: { status: 404 } },
    ],
  },
  {
    name: 'longest path wins; Prefix is element-wise',
    sources: () => [inline('longest', v1('longest', `  rules:\n${rule('long.test', pathEntry('/aaa', 'Prefix', 'short-svc') + pathEntry('/aaa/bbb', 'Prefix', 'long-svc') + pathEntry('/', 'Prefix', 'root-svc'))}`))],
    services: { 'default/short-svc:80': 'short-svc', 'default/long-svc:80': 'long-svc', 'default/root-svc:80': 'root-svc' },
    requests: [
      { host: 'long.test', path: '/aaa/bbb/ccc', expect: { status: 200, service: 'long-svc' } },
      { host: 'long.test', path: '/aaa/bbb', expect: { status: 200, service: 'long-svc' } },
      { host: 'long.test', path: '/aaa/bbbxyz', expect: { status: 200, service: 'short-svc' } },
      { host: 'long.test', path: '/aaa', expect: { status: 200, service: 'short-svc' } },
      { host: 'long.test', path: '/aaaccc', expect: { status: 200, service: 'root-svc' } },
      { host: 'long.test', path: '/', expect: { status: 200, service: 'root-svc' } },
    ],
  },
  {
    name: 'trailing slashes: Prefix ignores them, Exact does not',
    sources: () => [inline('slashes', v1('slashes', `  rules:\n${rule('slash.test', pathEntry('/foo/', 'Prefix', 'foo-svc') + pathEntry('/bar/', 'Exact', 'bar-svc') + pathEntry('/baz', 'Prefix', 'baz-svc'))}`))],
    services: { 'default/foo-svc:80': 'foo-svc', 'default/bar-svc:80': 'bar-svc', 'default/baz-svc:80': 'baz-svc' },
    requests: [
      { host: 'slash.test', path: '/foo', expect: { status: 200, service: 'foo-svc' } },
      { host: 'slash.test', path: '/foo/', expect: { status: 200, service: 'foo-svc' } },
      { host: 'slash.test', path: '/foo/x', expect: { status: 200, service: 'foo-svc' } },
      { host: 'slash.test', path: '/bar/', expect: { status: 200, service: 'bar-svc' } },
      { host: 'slash.test', path: '/bar', expect: { status: 404 } },
      { host: 'slash.test', path: '/baz/', expect: { status: 200, service: 'baz-svc' } },
      { host: 'slash.test', path: '/bazz', expect: { status: 404 } },
    ],
  },
  {
    name: 'no fall-through from a host to host-less rules',
    sources: () => [inline('fallthrough', v1('fallthrough', `  rules:\n${rule('a.test', pathEntry('/x', 'Prefix', 'a-svc'))}${rule(undefined, pathEntry('/', 'Prefix', 'any-svc'))}`))],
    services: { 'default/a-svc:80': 'a-svc', 'default/any-svc:80': 'any-svc' },
    requests: [
      { host: 'a.test', path: '/x/1', expect: { status: 200, service: 'a-svc' } },
      { host: 'a.test', path: '/y', expect: { status: 404 } },
      { host: 'b.test', path: '/y', expect: { status: 200, service: 'any-svc' } },
    ],
  },
  {
    name: 'default backends: rule-less Ingress for unknown hosts, an Ingress defaultBackend for its own hosts',
    sources: () => [
      inline('global-default', v1('global-default', '  defaultBackend:\n    service:\n      name: global-svc\n      port:\n        number: 80\n')),
      inline('own-default', v1('own-default', `  defaultBackend:\n    service:\n      name: own-svc\n      port:\n        number: 80\n  rules:\n${rule('own.test', pathEntry('/app', 'Prefix', 'app-svc'))}`)),
      inline('plain', v1('plain', `  rules:\n${rule('plain.test', pathEntry('/app', 'Prefix', 'app-svc'))}`)),
    ],
    services: { 'default/global-svc:80': 'global-svc', 'default/own-svc:80': 'own-svc', 'default/app-svc:80': 'app-svc' },
    requests: [
      { host: 'own.test', path: '/app/1', expect: { status: 200, service: 'app-svc' } },
      { host: 'own.test', path: '/other', expect: { status: 200, service: 'own-svc' } },
      { host: 'plain.test', path: '/other', expect: { status: 200, service: 'global-svc' } },
      { host: 'unknown.test', path: '/', method: 'POST', expect: { status: 200, service: 'global-svc' } },
    ],
  },
  {
    name: 'an Ingress with a host-less rule and a defaultBackend does not hide a rule-less catch-all (ingress-nginx "_")',
    sources: () => [
      inline('zzz-rules', v1('zzz-rules', `  defaultBackend:\n    service:\n      name: own-svc\n      port:\n        number: 80\n  rules:\n${rule('own.test', pathEntry('/app', 'Prefix', 'app-svc'))}${rule(undefined, pathEntry('/hl', 'Prefix', 'hl-svc'))}`)),
      inline('aaa-catchall', v1('aaa-catchall', '  defaultBackend:\n    service:\n      name: catchall-svc\n      port:\n        number: 80\n')),
    ],
    services: { 'default/own-svc:80': 'own-svc', 'default/app-svc:80': 'app-svc', 'default/hl-svc:80': 'hl-svc', 'default/catchall-svc:80': 'catchall-svc' },
    requests: [
      { host: 'other.test', path: '/x', expect: { status: 200, service: 'catchall-svc' } },
      { host: 'other.test', path: '/hl/1', expect: { status: 200, service: 'hl-svc' } },
      { host: 'own.test', path: '/x', expect: { status: 200, service: 'own-svc' } },
      { host: 'own.test', path: '/app', expect: { status: 200, service: 'app-svc' } },
    ],
  },
  {
    name: 'a missing creationTimestamp is the oldest: it wins a duplicate route over a dated Ingress',
    sources: () => [
      inline('aa-undated', v1('aa-undated', `  rules:\n${rule('ts.test', pathEntry('/x', 'Prefix', 'undated-svc'))}`)),
      inline('zz-dated', v1('zz-dated', `  rules:\n${rule('ts.test', pathEntry('/x', 'Prefix', 'dated-svc'))}`, '  creationTimestamp: "1970-01-01T00:00:00Z"\n')),
    ],
    services: { 'default/undated-svc:80': 'undated-svc', 'default/dated-svc:80': 'dated-svc' },
    requests: [{ host: 'ts.test', path: '/x/1', expect: { status: 200, service: 'undated-svc' } }],
  },
  {
    name: '--default-backend serves unknown hosts',
    sources: () => [inline('flagdefault', v1('flagdefault', `  rules:\n${rule('known.test', pathEntry('/', 'Prefix', 'known-svc'))}`))],
    options: { defaultBackend: 'default/fallback-svc:8080' },
    services: { 'default/known-svc:80': 'known-svc', 'default/fallback-svc:8080': 'fallback-svc' },
    requests: [
      { host: 'known.test', path: '/z', expect: { status: 200, service: 'known-svc' } },
      { host: 'nope.test', path: '/z', expect: { status: 200, service: 'fallback-svc' } },
    ],
  },
  {
    name: 'ImplementationSpecific of an ingress-nginx Ingress is a plain string prefix (ingress-nginx path matching)',
    sources: () => [
      inline('isprefix', v1('isprefix', `  ingressClassName: nginx\n  rules:\n${rule('is.test', pathEntry('/api', 'ImplementationSpecific', 'is-svc') + pathEntry('/api', 'Prefix', 'prefix-svc') + pathEntry('/docs/', 'ImplementationSpecific', 'docs-svc'))}`)),
    ],
    services: { 'default/is-svc:80': 'is-svc', 'default/prefix-svc:80': 'prefix-svc', 'default/docs-svc:80': 'docs-svc' },
    requests: [
      { host: 'is.test', path: '/apiv2', expect: { status: 200, service: 'is-svc' } },
      { host: 'is.test', path: '/api', expect: { status: 200, service: 'prefix-svc' } },
      { host: 'is.test', path: '/api/x', expect: { status: 200, service: 'prefix-svc' } },
      { host: 'is.test', path: '/docs/a', expect: { status: 200, service: 'docs-svc' } },
      { host: 'is.test', path: '/docs', expect: { status: 404 } },
      { host: 'is.test', path: '/doc', expect: { status: 404 } },
    ],
  },
  {
    name: 'regex mode: host-wide, longest path text first, first match wins, rewrites with captures',
    sources: () => [
      inline('plain', v1('plain', `  ingressClassName: nginx\n  rules:\n${rule('rx.test', pathEntry('/foo/bar/bar', 'Prefix', 'plain-svc') + pathEntry('/exact', 'Exact', 'exact-svc'))}`)),
      inline(
        'regex',
        v1(
          'regex',
          `  ingressClassName: nginx\n  rules:\n${rule('rx.test', pathEntry('"/foo/bar/[a-z]{3}"', 'ImplementationSpecific', 'regex-svc') + pathEntry('"/app(/|$)(.*)"', 'ImplementationSpecific', 'app-svc'))}`,
          '  annotations:\n    nginx.ingress.kubernetes.io/use-regex: "true"\n    nginx.ingress.kubernetes.io/rewrite-target: /$2\n',
        ),
      ),
    ],
    services: { 'default/plain-svc:80': 'plain-svc', 'default/exact-svc:80': 'exact-svc', 'default/regex-svc:80': 'regex-svc', 'default/app-svc:80': 'app-svc' },
    requests: [
      { host: 'rx.test', path: '/foo/bar/bar', expect: { status: 200, service: 'regex-svc', backendPath: '/' } },
      { host: 'rx.test', path: '/foo/bar/b1', expect: { status: 404 } },
      { host: 'rx.test', path: '/exactly', expect: { status: 200, service: 'exact-svc', backendPath: '/exactly' } },
      { host: 'rx.test', path: '/app/a/b?q=1', expect: { status: 200, service: 'app-svc', backendPath: '/a/b?q=1' } },
      { host: 'rx.test', path: '/APP', expect: { status: 200, service: 'app-svc', backendPath: '/' } },
      { host: 'rx.test', path: '/apple', expect: { status: 404 } },
    ],
  },
];
