import { tlsSecretYaml } from '../helpers/tls-secret.js';
import { ROUTE_TABLE, serviceWithoutEndpoints, type TableCase } from './route-table.js';
import { runRouteTable } from './run-table.js';

runRouteTable('caddy', ROUTE_TABLE);

// Caddy-specific risks the shared table does not reach: Caddy looks certificates up by the names
// they carry, while the Ingress pairs hosts and Secrets (connection policies with tags and
// fallback_sni); a trailing-dot Host (Caddy's host matcher does not drop the dot); 503.
const secret = (name: string, hosts: string[]): string => tlsSecretYaml(name, { hosts });
const path = (p: string, svc: string): string => `      - {path: ${p}, pathType: Prefix, backend: {service: {name: ${svc}, port: {number: 80}}}}\n`;

const CADDY_CASES: TableCase[] = [
  {
    name: 'certificates follow the Ingress pairing, also where a certificate does not name its host; unknown or no SNI gets the default',
    sources: () => [
      {
        path: 'tls.yaml',
        text: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: tls}
spec:
  tls:
  - hosts: [a.test]
    secretName: a-tls
  - hosts: ["*.w.test"]
    secretName: w-tls
  - hosts: [b.test]
    secretName: other-tls
  rules:
  - host: a.test
    http:
      paths:
${path('/', 'a-svc')}  - host: "*.w.test"
    http:
      paths:
${path('/', 'w-svc')}  - host: b.test
    http:
      paths:
${path('/', 'b-svc')}  - http:
      paths:
${path('/', 'any-svc')}`,
      },
      { path: 'a-tls.yaml', text: secret('a-tls', ['a.test']) },
      { path: 'w-tls.yaml', text: secret('w-tls', ['*.w.test']) },
      { path: 'other-tls.yaml', text: secret('other-tls', ['other.example']) },
    ],
    services: { 'default/a-svc:80': 'a-svc', 'default/w-svc:80': 'w-svc', 'default/b-svc:80': 'b-svc', 'default/any-svc:80': 'any-svc' },
    requests: [
      { host: 'a.test', path: '/x', https: true, expect: { status: 200, service: 'a-svc', certCN: 'a.test' } },
      { host: 'x.w.test', path: '/x', https: true, expect: { status: 200, service: 'w-svc', certCN: '*.w.test' } },
      { host: 'X.W.TEST:8443', path: '/x', https: true, sni: 'x.w.test', expect: { status: 200, service: 'w-svc' } },
      { host: 'x.w.test', path: '/x', expect: { status: 308, location: 'https://x.w.test' } },
      // b.test's Secret names another host: the Ingress pairing still serves it for b.test (as nginx does).
      { host: 'b.test', path: '/x', https: true, expect: { status: 200, service: 'b-svc', certCN: 'other.example' } },
      // A deeper name is an unknown host: default certificate (the first by id), unknown-host routing.
      { host: 'y.x.w.test', path: '/x', https: true, expect: { status: 200, service: 'any-svc', certCN: 'a.test' } },
      { host: 'y.x.w.test', path: '/x', expect: { status: 200, service: 'any-svc' } },
      // Routing follows Host, not SNI; an unknown SNI, or none, gets the default certificate.
      { host: 'x.w.test', path: '/x', https: true, sni: 'a.test', expect: { status: 200, service: 'w-svc', certCN: 'a.test' } },
      { host: 'other.test', path: '/x', https: true, expect: { status: 200, service: 'any-svc', certCN: 'a.test' } },
      { host: 'other.test', path: '/x', https: true, sni: '', expect: { status: 200, service: 'any-svc', certCN: 'a.test' } },
    ],
  },
  {
    name: 'a trailing-dot Host is the host; a Service without ready endpoints answers 503',
    sources: () => [
      {
        path: 'gone.yaml',
        text: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: gone}
spec:
  rules:
  - host: gone.test
    http:
      paths:
${path('/gone', 'gone-svc')}${path('/ok', 'ok-svc')}  - host: "*.dot.test"
    http:
      paths:
${path('/', 'ok-svc')}---
${serviceWithoutEndpoints('gone-svc')}`,
      },
    ],
    services: { 'default/ok-svc:80': 'ok-svc' },
    requests: [
      { host: 'gone.test', path: '/gone/x', expect: { status: 503 } },
      { host: 'gone.test', path: '/ok', expect: { status: 200, service: 'ok-svc' } },
      { host: 'gone.test.', path: '/ok', expect: { status: 200, service: 'ok-svc' } },
      { host: 'Gone.Test.:80', path: '/ok', expect: { status: 200, service: 'ok-svc' } },
      { host: 'a.dot.test.', path: '/x', expect: { status: 200, service: 'ok-svc' } },
      { host: 'a.b.dot.test.', path: '/x', expect: { status: 404 } },
    ],
  },
  {
    // 240 exact hosts become a tree of host lists, the longer ones bisected by Caddy (> 100 names):
    // case, port and trailing dot must still be ignored there, and unknown names must fall through.
    name: 'many hosts: grouped host lists still ignore case, port and a trailing dot; unknown names fall through',
    sources: () => [
      {
        path: 'many.yaml',
        text: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: many}
spec:
  rules:
${Array.from({ length: 240 }, (_, i) => `  - host: h${i}.many.test\n    http:\n      paths:\n${path('/', i % 2 ? 'odd-svc' : 'even-svc')}`).join('')}  - host: "*.w.many.test"
    http:
      paths:
${path('/', 'wild-svc')}  - host: "*.v.many.test"
    http:
      paths:
${path('/', 'odd-svc')}  - http:
      paths:
${path('/any', 'any-svc')}`,
      },
    ],
    services: { 'default/odd-svc:80': 'odd-svc', 'default/even-svc:80': 'even-svc', 'default/wild-svc:80': 'wild-svc', 'default/any-svc:80': 'any-svc' },
    requests: [
      { host: 'h0.many.test', path: '/x', expect: { status: 200, service: 'even-svc' } },
      { host: 'h239.many.test', path: '/x', expect: { status: 200, service: 'odd-svc' } },
      { host: 'H117.MANY.Test:8080', path: '/x', expect: { status: 200, service: 'odd-svc' } },
      { host: 'h200.many.test.', path: '/x', expect: { status: 200, service: 'even-svc' } },
      { host: 'a.w.many.test', path: '/x', expect: { status: 200, service: 'wild-svc' } },
      // The two wildcards share the group *.*.many.test: a name it takes that neither matches goes on.
      { host: 'B.V.many.test:80', path: '/x', expect: { status: 200, service: 'odd-svc' } },
      { host: 'a.x.many.test', path: '/any', expect: { status: 200, service: 'any-svc' } },
      { host: 'a.x.many.test', path: '/x', expect: { status: 404 } },
      { host: 'h240.many.test', path: '/any', expect: { status: 200, service: 'any-svc' } },
      { host: 'h240.many.test', path: '/x', expect: { status: 404 } },
      { host: 'many.test', path: '/x', expect: { status: 404 } },
    ],
  },
  {
    // The annotation matrix says Caddy honours ssl-redirect per host (support.ts): prove it live.
    name: 'nginx.ingress.kubernetes.io/ssl-redirect: "false" keeps a TLS host on plain HTTP',
    sources: () => [
      {
        path: 'noredirect.yaml',
        text: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: noredirect
  annotations: {nginx.ingress.kubernetes.io/ssl-redirect: "false"}
spec:
  tls:
  - hosts: [plain.test]
    secretName: plain-tls
  rules:
  - host: plain.test
    http:
      paths:
${path('/', 'plain-svc')}---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: redirect}
spec:
  tls:
  - hosts: [secure.test]
    secretName: plain-tls
  rules:
  - host: secure.test
    http:
      paths:
${path('/', 'plain-svc')}`,
      },
      { path: 'plain-tls.yaml', text: secret('plain-tls', ['plain.test', 'secure.test']) },
    ],
    services: { 'default/plain-svc:80': 'plain-svc' },
    requests: [
      { host: 'plain.test', path: '/x', expect: { status: 200, service: 'plain-svc' } },
      { host: 'plain.test', path: '/x', https: true, expect: { status: 200, service: 'plain-svc', certCN: 'plain.test' } },
      { host: 'secure.test', path: '/x', expect: { status: 308, location: 'https://secure.test' } },
    ],
  },
];

runRouteTable('caddy', CADDY_CASES);
