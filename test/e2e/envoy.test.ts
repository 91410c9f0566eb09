import { tlsSecretYaml } from '../helpers/tls-secret.js';
import { serviceWithoutEndpoints, type TableCase } from './route-table.js';
import { runRouteTable } from './run-table.js';

runRouteTable('envoy');

// Envoy-specific risks the shared table does not reach: SNI chains for several certificates,
// a wildcard TLS host (redirect and deeper names), and a Service without ready endpoints.
const secret = (name: string, hosts: string[]): string => tlsSecretYaml(name, { hosts });
const path = (p: string, svc: string): string => `      - {path: ${p}, pathType: Prefix, backend: {service: {name: ${svc}, port: {number: 80}}}}\n`;

const ENVOY_CASES: TableCase[] = [
  {
    name: 'several certificates by SNI; a wildcard TLS host redirects one label only; deeper names are unknown hosts',
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
  rules:
  - host: a.test
    http:
      paths:
${path('/', 'a-svc')}  - host: "*.w.test"
    http:
      paths:
${path('/', 'w-svc')}  - http:
      paths:
${path('/', 'any-svc')}`,
      },
      { path: 'a-tls.yaml', text: secret('a-tls', ['a.test']) },
      { path: 'w-tls.yaml', text: secret('w-tls', ['*.w.test']) },
    ],
    services: { 'default/a-svc:80': 'a-svc', 'default/w-svc:80': 'w-svc', 'default/any-svc:80': 'any-svc' },
    requests: [
      { host: 'a.test', path: '/x', https: true, expect: { status: 200, service: 'a-svc', certCN: 'a.test' } },
      { host: 'x.w.test', path: '/x', https: true, expect: { status: 200, service: 'w-svc', certCN: '*.w.test' } },
      { host: 'X.W.TEST:8443', path: '/x', https: true, sni: 'x.w.test', expect: { status: 200, service: 'w-svc' } },
      { host: 'x.w.test', path: '/x', expect: { status: 308, location: 'https://x.w.test' } },
      // A deeper name is an unknown host: the *.w.test certificate does not name it, so Envoy serves the
      // default certificate (as nginx does), and routing is the unknown-host one.
      { host: 'y.x.w.test', path: '/x', https: true, expect: { status: 200, service: 'any-svc', certCN: 'a.test' } },
      { host: 'y.x.w.test', path: '/x', expect: { status: 200, service: 'any-svc' } },
      // Routing follows Host, not SNI; an unknown SNI gets the default (first) certificate.
      { host: 'x.w.test', path: '/x', https: true, sni: 'a.test', expect: { status: 200, service: 'w-svc', certCN: 'a.test' } },
      { host: 'other.test', path: '/x', https: true, expect: { status: 200, service: 'any-svc', certCN: 'a.test' } },
    ],
  },
  {
    name: 'a Service without ready endpoints answers 503',
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
${path('/gone', 'gone-svc')}${path('/ok', 'ok-svc')}---
${serviceWithoutEndpoints('gone-svc')}`,
      },
    ],
    services: { 'default/ok-svc:80': 'ok-svc' },
    requests: [
      { host: 'gone.test', path: '/gone/x', expect: { status: 503 } },
      { host: 'gone.test', path: '/ok', expect: { status: 200, service: 'ok-svc' } },
    ],
  },
];

runRouteTable('envoy', ENVOY_CASES);
